using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Two verbs of one sentence naming the same act are one event.</summary>
public sealed class MergingTests
{
    [Fact]
    public void The_same_accusation_made_twice_is_one_event()
    {
        var coded = Coded.Of("Venezuelan news website El Pitazo blames failures at Simón Bolívar hydroelectric plant; state TV blames anti-government saboteurs.", "2019-03-07");
        Assert.Single(coded.Kept, e => e.Category == PloverCategory.Accuse);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Accuse && e.Reasons[e.Reasons.Count - 1].Pass == "merging");
    }

    [Fact]
    public void Injuries_beside_an_attack_are_its_outcome()
    {
        var coded = Coded.Of("A suicide bomber kills at least 53 people and injures 130 at a Shia pilgrimage in Basra.", "2012-01-14");
        var attack = coded.Event(PloverCategory.Assault);
        Assert.Equal("kill", attack.Match.Trigger.Anchor);
        Assert.Contains(coded.Dropped, e => e.Match.Trigger.Anchor == "injure" && Coded.Decided(e, "merging"));
    }

    [Fact]
    public void An_attack_takes_its_attacker_and_place_from_the_injuries_merged_into_it()
    {
        // Current Events, real-text dev set: the attacker and the place are said only with the injuries.
        var attack = Coded.Of("Two people, including a 4-year-old child, are killed and three others are injured in a Russian KN-23 ballistic missile attack in Kyiv, Ukraine.", "2024-02-07")
            .Event(PloverCategory.Assault);
        Assert.Equal("kill", attack.Match.Trigger.Anchor);
        Assert.Equal(["RUS"], Coded.Codes(attack.Actor));
        Assert.Equal("UKR", attack.Location?.Place.Country);
    }

    [Fact]
    public void A_killing_whose_noun_names_the_attacker_takes_it_but_not_from_an_attack_it_answers()
    {
        var killing = Coded.Of("The Syrian Observatory for Human Rights reports that 57 people have been killed and 28 others injured in at least 18 Israeli airstrikes.", "2019-01-21").Event(PloverCategory.Assault);
        Assert.Equal("kill", killing.Match.Trigger.Anchor);
        Assert.Equal(["ISR"], Coded.Codes(killing.Actor));
        var answer = Coded.Of("Two Palestinians were killed on Sunday in response to Hamas rocket attacks.", "2019-01-21").Candidates(PloverCategory.Assault);
        Assert.DoesNotContain(answer, e => e.Match.Trigger.Anchor == "kill" && Coded.Codes(e.Actor).Contains("Hamas"));
    }
}
