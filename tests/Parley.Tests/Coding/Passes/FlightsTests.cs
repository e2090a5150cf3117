using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Flight is an event as people displaced, not as one person's or armed men's escape.</summary>
public sealed class FlightsTests
{
    [Theory]
    // Guardian, 2019 (real-text dev set): a leader, and one woman, fleeing.
    [InlineData("According to regional and foreign intelligence officers, Baghdadi fled from Baghuz to the Syrian desert around 7 January.")]
    [InlineData("Six weeks ago, Muthana fled the village of Susa, not far from the current frontline in Baghuz.")]
    public void One_persons_escape_is_no_displacement(string text)
    {
        var coded = Coded.Of(text, "2019-02-20");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Sanction);
        Assert.Equal("flights", coded.DroppedBy(PloverCategory.Sanction));
    }

    [Fact]
    public void People_fleeing_are_displaced()
    {
        // Guardian, 2019 (real-text dev set).
        var flight = Coded.Of("Kurdish military leaders say as many as 2,000 people fled Baghuz on Tuesday, an exodus they claim brought them closer to victory.", "2019-02-20")
            .Candidate(PloverCategory.Sanction);
        Assert.Equal(PloverMode.Expel, flight.Mode);
        Assert.False(Coded.Decided(flight, "flights"));
    }
}
