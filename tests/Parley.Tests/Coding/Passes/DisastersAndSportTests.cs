using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Accidents, disasters and sport are not political violence.</summary>
public sealed class DisastersAndSportTests
{
    [Theory]
    [InlineData("A Turkish Air Force Eurocopter AS532 Cougar helicopter crashes in Şırnak Province after hitting an electricity line, killing all 13 soldiers on board.", "2017-05-31")]
    [InlineData("At least 14 Indian Army soldiers and four civilians are killed in a series of avalanches near the Line of Control in Jammu and Kashmir.", "2017-01-26")]
    // Current Events (real-text dev set): a capsized boat, an accidental explosion, a grenade set off by accident.
    [InlineData("Four people are killed and ten others are missing after a boat carrying migrants toward Europe capsizes off the coast of Tobruk, Libya.", "2026-03-01")]
    [InlineData("The death toll of an accidental explosion in Aba, Nigeria, rises to 200.", "2018-10-16")]
    [InlineData("Authorities later state that a security guard accidentally set off a grenade.", "2005-05-03")]
    // Current Events (real-text dev set): collisions and vehicles overturning are accidents.
    [InlineData("A bus collides with a truck near Gualán, Guatemala, killing at least 21 people including seven children, according to the Guatemalan Public Ministry.", "2019-12-21")]
    [InlineData("Nine Egyptian military personnel are killed or injured when a transport truck carrying ammunition overturns in Sharqia Governorate, Egypt.", "2023-09-18")]
    public void Deaths_in_a_crash_an_avalanche_or_an_accident_are_no_assault(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.DropDecision?.Pass == "disasters-and-sport");
    }

    // Current Events (2008, 2011, 2007): harm done by accident by armed forces is still an attack, and "accidentally" said of
    // another act leaves the attack alone.
    [Theory]
    [InlineData("The United States military says that it accidentally killed nine Iraqi civilians in an operation targeting Al-Qaeda south of Baghdad.", "2008-02-04")]
    [InlineData("Turkish warplanes launch airstrikes aimed at Kurdish militants, accidentally killing 35 smugglers that were suspected as guerillas.", "2011-12-29")]
    [InlineData("Lucy Kibaki, the wife of Kenyan President Mwai Kibaki, slaps a government official during independence day celebrations after he accidentally referred to her as \"Mama Lucy Wambui\".", "2007-12-13")]
    public void Harm_by_accident_by_armed_forces_or_beside_the_accident_is_still_an_attack(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.NotEmpty(coded.Candidates(PloverCategory.Assault));
        Assert.DoesNotContain(coded.Dropped, e => e.DropDecision?.Text.Contains("accident", StringComparison.Ordinal) == true);
    }

    // (Current Events, real-text dev set: "gunmen storm villages" after "when", a verb with its object.)
    [Theory]
    [InlineData("On Friday night, up to 10 Isis fighters on motorbikes attempted to storm a US military base near the al-Omar oilfield, 60km (37 miles) from the frontline.", "2018-12-29")]
    [InlineData("At least 20 people are killed when a group of gunmen storm villages in Niger.", "2020-05-09")]
    public void The_verb_storm_does_not_make_a_sentence_about_a_storm(string text, string date)
    {
        var coded = Coded.Of(text, date);
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

    [Theory]
    // Current Events, 2016-03-19 and 2010-04-16 (real-text dev set): the disaster stands in a phrase that a
    // preposition adds to the subject, whose head is a man or the victims.
    [InlineData("Former United Nations official and head of the UN mission for the Ebola outbreak Anthony Banbury accuses the UN of “colossal mismanagement,” saying it had failed to uphold the principles for which it was established.", "2016-03-19", PloverCategory.Accuse)]
    [InlineData("Hundreds of flood victims in Sri Lanka protest over the alleged unfair distribution of emergency aid.", "2011-01-18", PloverCategory.Protest)]
    public void A_disaster_named_after_a_preposition_in_the_subject_does_not_make_nature_the_actor(string text, string date, PloverCategory category)
    {
        var coded = Coded.Of(text, date);
        Assert.Contains(coded.Kept, e => e.Category == category && e.Status == EventStatus.Asserted);
        Assert.DoesNotContain(coded.Dropped, e => e.Reasons.Any(r => r.Text.Contains("nature is no actor", StringComparison.Ordinal)));
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
