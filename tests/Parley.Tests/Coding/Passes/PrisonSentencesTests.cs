using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A prison sentence is a conviction and a detention (PLOVER manual, SANCTION).</summary>
public sealed class PrisonSentencesTests
{
    [Fact]
    public void A_court_sentencing_a_reporter_to_prison_convicts_and_detains_him()
    {
        var coded = Coded.Of("Iranian Judiciary spokesman Gholamhossein Mohseni Ejei says an Iranian court sentenced Washington Post reporter Jason Rezaian to a prison term, length unspecified, for espionage.", "2015-11-22");
        Assert.Equal(PloverMode.Arrest, coded.Event(PloverCategory.Coerce).Mode);
        var conviction = coded.Event(PloverCategory.Sanction);
        Assert.Equal(PloverMode.Convict, conviction.Mode);
        Assert.True(Coded.Decided(conviction, "prison-sentences"));
    }
}
