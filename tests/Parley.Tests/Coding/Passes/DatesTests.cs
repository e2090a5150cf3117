using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Dates resolved against the publication date; historical and future from them.</summary>
public sealed class DatesTests
{
    [Fact]
    public void Early_February_is_February_of_the_year_of_publication()
    {
        var coded = Coded.Of("Early efforts to initiate high-level dialogue in the aftermath of the Bali meeting were derailed after a suspected Chinese spy balloon flew over North America before being shot down by the United States off the coast of South Carolina in early February.", "2023-05-12");
        var attack = coded.Event(PloverCategory.Assault);
        Assert.Equal(EventDate.Month(2023, 2), attack.Date);
        Assert.True(Coded.Decided(attack, "dates"));
    }

    [Fact]
    public void A_meeting_named_for_November_26_is_still_to_come()
    {
        var coded = Coded.Of("Screenwriters announce they will resume negotiations with movie studios on November 26.", "2007-11-18");
        Assert.All(coded.Kept, e => Assert.Equal(new DateOnly(2007, 11, 26), e.Date?.Date));
    }
}
