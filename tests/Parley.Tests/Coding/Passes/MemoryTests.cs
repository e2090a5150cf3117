using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>The parties named together are remembered for "the two sides" in the sentences that follow.</summary>
public sealed class MemoryTests
{
    const string Talks = "US National Security Adviser Jake Sullivan and senior Chinese diplomat Wang Yi held talks in Vienna in an effort to stabilize relations between the two countries. "
                         + "The two sides agreed to maintain this important strategic channel of communication.";

    [Fact]
    public void The_two_sides_are_the_parties_of_the_talks_before()
    {
        var coded = Coded.Of(Talks, "2023-05-12");
        Assert.Equal(["CHN", "USA"], Coded.Codes(coded.Event(PloverCategory.Agree).Actor).Order());
    }

    [Fact]
    public void Without_memory_the_two_sides_are_nobody()
    {
        var analyses = new List<SentenceAnalysis>();
        new Pipeline(Shared.Pipeline.Models, ["memory"]).Analyze(new Article("test", Talks, new DateOnly(2023, 5, 12)), out _, keepAnalyses: true, analyses);
        Assert.Contains(analyses[1].Events.Concat(analyses[1].Dropped), e => e.Category == PloverCategory.Agree);
        Assert.DoesNotContain(analyses[1].Events, e => e.Category == PloverCategory.Agree && e.Actor.Count == 2);
    }
}
