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

    [Fact]
    public void A_sentence_to_years_in_prison_past_an_apposition_is_also_a_detention()
    {
        // Current Events, 2009: the name between the verb and "to five years in prison" kept the detention pattern from matching.
        var coded = Coded.Of("A Vietnamese court sentences a former dissident army officer, Tran Anh Kim, to five years in prison on charges of subverting the government.", "2009-12-28");
        Assert.Equal(PloverMode.Convict, coded.Candidate(PloverCategory.Sanction).Mode);
        var detention = coded.Candidate(PloverCategory.Coerce);
        Assert.Equal(PloverMode.Arrest, detention.Mode);
        Assert.True(Coded.Decided(detention, "prison-sentences"));
    }

    [Fact]
    public void A_death_sentence_is_a_conviction_only()
    {
        // Current Events, 2009 (death sentences: SANCTION convict only, by the labelling conventions).
        var coded = Coded.Of("A Chinese court sentences 37 people to death for their roles in the Xinjiang riots.", "2009-12-04");
        Assert.NotEmpty(coded.Candidates(PloverCategory.Sanction));
        Assert.Empty(coded.Candidates(PloverCategory.Coerce));
    }
}
