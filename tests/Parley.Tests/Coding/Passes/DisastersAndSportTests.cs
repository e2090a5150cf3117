using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Accidents, disasters and sport are not political violence.</summary>
public sealed class DisastersAndSportTests
{
    [Theory]
    [InlineData("A Turkish Air Force Eurocopter AS532 Cougar helicopter crashes in Şırnak Province after hitting an electricity line, killing all 13 soldiers on board.", "2017-05-31")]
    [InlineData("At least 14 Indian Army soldiers and four civilians are killed in a series of avalanches near the Line of Control in Jammu and Kashmir.", "2017-01-26")]
    public void Soldiers_killed_in_a_crash_or_an_avalanche_are_no_assault(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.Reasons[e.Reasons.Count - 1].Pass == "disasters-and-sport");
    }

    [Fact]
    public void The_verb_storm_does_not_make_a_sentence_about_a_storm()
    {
        var coded = Coded.Of("On Friday night, up to 10 Isis fighters on motorbikes attempted to storm a US military base near the al-Omar oilfield, 60km (37 miles) from the frontline.", "2018-12-29");
        Assert.DoesNotContain(coded.Dropped, e => e.Reasons.Any(r => r.Pass == "disasters-and-sport"));
        Assert.NotEmpty(coded.Candidates(PloverCategory.Assault));
    }

    [Fact]
    public void Rocket_fire_is_an_attack_not_nature()
    {
        // Current Events, 2026-03-24 (real-text dev set): the fire is the trigger's own word.
        var coded = Coded.Of("Hezbollah rocket fire kills a woman and injures two others in northern Israel.", "2026-03-24");
        var attack = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal(["Hezbollah"], attack.Actor.Select(a => a.Entity.Org));
        Assert.Equal(["ISR"], Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void A_disaster_word_used_as_a_verb_makes_no_disaster()
    {
        // "flood" is a verb here and no trigger: the killing stays.
        var coded = Coded.Of("Protesters flood the capital as security forces kill three demonstrators.", "2026-02-04");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Assault && e.Status == EventStatus.Asserted);
        Assert.DoesNotContain(coded.Dropped, e => e.Reasons.Any(r => r.Pass == "disasters-and-sport"));
    }

    [Theory]
    // Current Events items of the real-text dev set: emergency rule against floods, an epidemic, an earthquake.
    [InlineData("Namibia declares a state of emergency after floods kill 92 people and render 25,000 homeless.", "2009-03-19")]
    [InlineData("Honduras declares a state of emergency after an outbreak of dengue fever kills 16 people and sickens 12,000.", "2013-07-30")]
    [InlineData("California Governor Arnold Schwarzenegger declares a state of emergency in San Luis Obispo County, following an earthquake in that county on the previous day.", "2003-12-23")]
    public void An_emergency_declared_against_a_disaster_is_no_repression(string text, string date) =>
        Assert.Equal("disasters-and-sport", Coded.Of(text, date).DroppedBy(PloverCategory.Coerce));

    [Fact]
    public void A_curfew_after_protesters_set_fire_to_buildings_is_still_coded()
    {
        // Current Events, 2024 (real-text dev set): the fire is the protesters' act, no disaster.
        var coded = Coded.Of("Police in Dhaka, Bangladesh, ban all public rallies and protests in the city and impose a nationwide curfew, one day after protestors set fire to government buildings in the city.", "2024-07-19");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Coerce && e.Mode == PloverMode.Curfew);
    }
}
