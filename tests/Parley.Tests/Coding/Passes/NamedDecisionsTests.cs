using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A decision named as the topic of a sentence reports no act; a decision made or announced does.</summary>
public sealed class NamedDecisionsTests
{
    [Theory]
    // Guardian sentences of the real-text dev set, none of which reports the act decided.
    [InlineData("Donald Trump remains determined to take US troops out of Syria as rapidly as possible despite his decision last week to launch missile strikes against government targets, a senior Republican senator has said.", "2018-04-16", PloverCategory.Assault)]
    [InlineData("One month after Trump's surprise announcement, the US decision to pull out still resonates in the region.", "2019-01-19", PloverCategory.Retreat)]
    public void A_decision_named_as_a_topic_is_no_act(string text, string date, PloverCategory category) =>
        Assert.Equal("named-decisions", Coded.Of(text, date).DroppedBy(category));

    [Fact]
    public void A_decision_announced_is_still_the_concession_it_makes()
    {
        var withdrawal = Coded.Of("Donald Trump announced his decision to withdraw all US troops from Syria.", "2018-12-19").Candidate(PloverCategory.Concede);
        Assert.False(Coded.Decided(withdrawal, "named-decisions"));
    }
}
