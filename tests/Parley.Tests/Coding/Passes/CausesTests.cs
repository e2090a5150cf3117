using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A casualty reported in the passive takes its attacker from the attack the sentence names as its cause.</summary>
public sealed class CausesTests
{
    [Theory]
    // Current Events (real-text dev set and the Current Events file): a state's forces reporting another state's casualties,
    // with nobody else named who caused them, caused them.
    [InlineData("The Eritrean military claims at least 10 Ethiopian soldiers were killed and 2 captured when Ethiopia launched an armed incursion into Eritrea.", "2010-01-03", "ERI", "ETH")]
    [InlineData("Ukraine's military also says that 50 Russian soldiers have been killed in action.", "2022-02-24", "UKR", "RUS")]
    public void Casualties_of_another_state_reported_by_a_states_forces_are_their_act(string text, string date, string actor, string recipient)
    {
        var killing = Coded.Of(text, date).Kept.First(e => e.Category == PloverCategory.Assault);
        Assert.Equal([actor], Coded.Codes(killing.Actor));
        Assert.Equal([recipient], Coded.Codes(killing.Recipient));
    }

    [Theory]
    // Not its own dead, not an act another party is named with, and not an active clause the analysis read as a passive.
    [InlineData("The United States military in Iraq says a marine and nine soldiers have been killed in Iraq, including four in a roadside bombing near Baghdad.", "2006-10-17")]
    [InlineData("Saudi Arabia's Interior Ministry says five border guards have been killed following clashes with Houthi militants on the border with Yemen.", "2009-11-05")]
    [InlineData("Palestinian and Lebanese officials claim Israeli gunboats shelled Lebanon's largest Palestinian refugee camp near Sidon.", "2006-08-09")]
    public void A_reporter_is_not_made_the_attacker_of_its_own_dead_or_of_what_others_did(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Reasons.Any(r => r.Text.Contains("whose forces report")));
    }

    [Fact]
    public void People_killed_in_Boko_Haram_attacks_were_killed_by_Boko_Haram_in_one_event()
    {
        var coded = Coded.Of("At least 33 people are killed in Boko Haram attacks in northeastern Nigeria.", "2015-07-15");
        var killing = coded.Event(PloverCategory.Assault);
        Assert.Contains("Boko Haram", Coded.Codes(killing.Actor));
        Assert.Contains("NGA", Coded.Codes(killing.Recipient));
        Assert.True(Coded.Decided(killing, "causes"));
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && Coded.Decided(e, "causes"));
    }

    [Fact]
    public void Soldiers_killed_when_jihadists_attack_a_base_were_killed_by_the_jihadists()
    {
        var coded = Coded.Of("Seven soldiers are killed when al-Shabaab jihadists attack a military base in Hawadley, Somalia.", "2023-01-17");
        var killing = coded.Event(PloverCategory.Assault);
        Assert.Equal(["al-Shabaab"], Coded.Codes(killing.Actor));
    }

    [Fact]
    public void The_dead_when_Turkish_warplanes_hit_PKK_camps_were_killed_by_Turkey_among_the_PKK()
    {
        // Current Events, 2015 (real-text dev set): the warplanes, the subject of the "when" clause, are the pattern's last word.
        var killing = Coded.Of("At least 55 are killed when Turkish warplanes hit Kurdistan Workers Party (PKK) camps in northern Iraq, according to Turkey's security sources.", "2015-09-19")
            .Event(PloverCategory.Assault);
        Assert.Equal(["TUR"], Coded.Codes(killing.Actor));
        Assert.Equal(["PKK"], Coded.Codes(killing.Recipient));
    }

    // Current Events (real-text dev set, 2023, and the file beyond it): a state's forces announcing what an attack that names
    // nobody did to an armed group or another state announce their own act.
    [Theory]
    [InlineData("The United States Central Command announces that a MQ-9 Reaper drone strike killed a senior Islamic State leader, Usamah al-Muhajir, in eastern Syria two days ago.", "2023-07-09", "USA")]
    [InlineData("The Israel Defense Forces announce that airstrikes in the Gaza Strip have killed Murad Abu Murad, the head of Hamas's air operations.", "2023-10-14", "ISR")]
    public void Forces_announcing_what_an_unattributed_strike_did_are_its_attacker(string text, string date, string actor)
    {
        var killing = Coded.Of(text, date).Event(PloverCategory.Assault);
        Assert.Equal([actor], Coded.Codes(killing.Actor));
    }

    [Fact]
    public void The_state_modifying_an_air_raid_is_the_attacker()
    {
        var coded = Coded.Of("Up to 90 people were killed during a US air raid in Herat province, Afghanistan.", "2008-09-03");
        Assert.Equal(["USA"], Coded.Codes(coded.Event(PloverCategory.Assault).Actor));
    }

    // Current Events (real-text dev set, 2025 and 2007): the attacker named in a "by" phrase after the attack noun, or after the
    // participle describing it, is the casualty's actor.
    [Theory]
    [InlineData("Six people are killed and seven others are wounded in a mass shooting targeting Israelis by Palestinian assailants in Jerusalem.", "2025-09-08", "PSE", "ISR")]
    [InlineData("Twenty-five Palestinians are injured by tear gas fired by Israeli soldiers during the attack.", "2023-03-06", "ISR", "PSE")]
    [InlineData("Five Syrian soldiers are killed in missile strikes launched by the Israeli Air Force near Damascus.", "2022-09-17", "ISR", "SYR")]
    public void The_by_phrase_after_the_attack_names_the_attacker(string text, string date, string attacker, string victim)
    {
        var casualty = Coded.Of(text, date).Candidates(PloverCategory.Assault).First(e => e.Match.Trigger.Anchor is "kill" or "injure");
        Assert.Equal([attacker], Coded.Codes(casualty.Actor));
        Assert.Equal([victim], Coded.Codes(casualty.Recipient));
    }

    // Current Events, 2024 (real-text dev set): a headline with no auxiliary; the members were killed, they did not kill.
    [Fact]
    public void Members_killed_in_airstrikes_in_a_headline_are_the_victims()
    {
        var casualty = Coded.Of("Three Hezbollah members killed in Israeli airstrikes on Naqoura and Kauthariyet El Rez in southern Lebanon.", "2024-06-03").Candidate(PloverCategory.Assault);
        Assert.Equal(["ISR"], Coded.Codes(casualty.Actor));
        Assert.Equal(["Hezbollah"], Coded.Codes(casualty.Recipient));
    }

    [Theory]
    // Current Events, 2012: his captors killed him, not the forces that tried to free him.
    [InlineData("A German engineer taken hostage by gunmen in Kano, Nigeria, in January is killed by his captors during a failed rescue operation by Nigerian forces.", "2012-05-31")]
    // Guardian, 2018: those who backed the base did not attack with the assault on it.
    [InlineData("Dozens of Russian mercenaries and other Assad supporters were killed earlier this year after an ill-fated assault on a Kurdish base backed by US airpower.", "2018-05-01")]
    public void A_by_phrase_naming_a_killer_or_a_backer_is_no_attacker_of_the_cause(string text, string date)
    {
        var casualty = Coded.Of(text, date).Candidates(PloverCategory.Assault).First(e => e.Match.Trigger.Anchor == "kill");
        Assert.Empty(casualty.Actor);
    }

    [Fact]
    public void People_reported_or_confirmed_killed_are_the_victims_of_the_cause()
    {
        // Current Events, 2025: "are confirmed killed" is a passive of its own, whose subject was the dead.
        var coded = Coded.Of("Two unnamed high-ranking Pakistani Taliban leaders are confirmed killed in yesterday's Pakistani airstrikes in Kabul, Afghanistan.", "2025-10-10");
        var killing = coded.Candidate(PloverCategory.Assault);
        Assert.Equal(["PAK"], Coded.Codes(killing.Actor));
        Assert.Equal(["TTP"], Coded.Codes(killing.Recipient));
    }

    [Fact]
    public void Service_members_killed_in_an_explosion_are_the_victims()
    {
        // Guardian, 2019 (real-text dev set): 'service' inside the actor's name was read as a verb, and the dead were lost.
        var killing = Coded.Of("Acknowledging the attack, the US military said: “US service members were killed during an explosion while conducting a routine patrol in Syria today.", "2019-01-16")
            .Candidates(PloverCategory.Assault).Single(e => e.Mode == PloverMode.Explosives);
        Assert.Equal(["USA"], Coded.Codes(killing.Recipient));
    }

    // Current Events (the first in the real-text dev set): the subject is the weapon before its participle, not the last
    // place of the chain of places between them and the verb.
    [Theory]
    [InlineData("An IED planted by Al-Shabaab in a restaurant in Karan district, Mogadishu, Somalia, kills at least five people and injures at least five others.", "2024-10-26", "al-Shabaab")]
    [InlineData("An Israeli airstrike targeting a building in Damascus, Syria, kills five members of Iran's Islamic Revolutionary Guard Corps Quds Force.", "2024-01-20", "ISR")]
    public void A_weapon_described_before_a_chain_of_places_is_what_kills(string text, string date, string attacker)
    {
        var killing = Coded.Of(text, date).Candidates(PloverCategory.Assault).Single(e => e.Match.Trigger.Anchor == "kill");
        Assert.Equal([attacker], Coded.Codes(killing.Actor));
    }

    [Fact]
    public void Soldiers_killed_following_an_attack_were_killed_by_the_attacker_but_not_in_clashes()
    {
        // Current Events, 2015 (real-text dev set): "following" reads as a participle; its attack is the cause.
        var killing = Coded.Of("At least four Armenian soldiers are killed following an Azeri attack near the disputed Nagorno-Karabakh region.", "2015-09-26")
            .Candidate(PloverCategory.Assault);
        Assert.Equal(["AZE"], Coded.Codes(killing.Actor));
        Assert.Equal(["ARM"], Coded.Codes(killing.Recipient));
        // Fighting has two sides: the dead stay the victims, as after "killed in clashes with".
        var clash = Coded.Of("Two Saudi border guards, including a district commander, are killed following clashes with Yemeni forces near the border with Yemen.", "2015-09-26")
            .Candidates(PloverCategory.Assault).Single(e => e.Match.Trigger.Anchor == "kill");
        Assert.Contains("SAU", Coded.Codes(clash.Recipient));
    }

    [Fact]
    public void A_claim_of_responsibility_names_the_attacker()
    {
        var coded = Coded.Of("Islamic State claims responsibility for a Wednesday attack in Mozambique, which killed seven people.", "2019-07-06");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Assault && Coded.Codes(e.Actor).Contains("ISIS"));
    }

    [Fact]
    public void A_passive_killing_with_its_agent_keeps_that_agent()
    {
        var coded = Coded.Of("Five soldiers were killed by Taliban fighters in an ambush in Helmand.", "2010-05-01");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Assault && Coded.Codes(e.Actor).SetEquals(["Taliban"]));
    }

    [Fact]
    public void People_killed_in_fighting_between_two_sides_were_killed_by_both()
    {
        var coded = Coded.Of("More than 160 people have been killed in fighting between the Syrian Army and opposition forces in the suburbs of Damascus.", "2013-11-24");
        var killing = coded.Event(PloverCategory.Assault);
        Assert.Contains("SYR", Coded.Codes(killing.Actor));
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && Coded.Decided(e, "causes"));
    }

    [Fact]
    public void People_killed_during_a_named_sides_operation_were_killed_by_that_side()
    {
        // Current Events, 2004: "operation" is no word of the kill pattern, but an attack noun in the cause phrase.
        var killing = Coded.Of("Six Palestinians, including Nayef Abu Sharkh, head of the Nablus old city part of the Al Aqsa Brigades, and Jaafar Masri, the leader of Hamas' military wing in Nablus, are killed during an Israeli operation, according to Palestinian sources.", "2004-06-26")
            .Event(PloverCategory.Assault);
        Assert.Equal(["ISR"], Coded.Codes(killing.Actor));
        Assert.True(Coded.Decided(killing, "causes"));
    }

    [Fact]
    public void Who_made_the_weapon_did_not_fire_it()
    {
        // Current Events, 2024: the rockets were Iranian-made; the item names no one as firing them.
        var killing = Coded.Of("Twelve people, all children, are killed in Iranian-manufactured Falaq-1 rocket strikes on the Druze village of Majdal Shams in the Israeli-occupied Golan Heights.", "2024-07-27")
            .Event(PloverCategory.Assault);
        Assert.DoesNotContain("IRN", Coded.Codes(killing.Actor));
        Assert.NotEmpty(killing.Recipient);
    }

    [Fact]
    public void A_cause_phrase_after_joined_casualties_is_the_cause_of_both()
    {
        // Current Events (real-text dev set): "in at least 18 Israeli airstrikes" ends the injuries and says who killed.
        var killing = Coded.Of("The Syrian Observatory for Human Rights reports that 57 people have been killed and 28 others injured in at least 18 Israeli airstrikes.", "2024-05-01")
            .Candidate(PloverCategory.Assault);
        Assert.Equal(["ISR"], Coded.Codes(killing.Actor));
        Assert.True(Coded.Decided(killing, "causes"));
    }

    [Fact]
    public void The_subject_of_the_attack_verb_in_a_when_or_as_clause_attacked()
    {
        // Current Events, 2008 (real-text dev set): "aircraft bomb" is a subject and its verb, not a compound noun.
        var killing = Coded.Of("At least sixty people are killed as Pakistani aircraft bomb a bazaar in Epi village in North Waziristan.", "2008-01-10")
            .Candidate(PloverCategory.Assault);
        Assert.Equal(["PAK"], Coded.Codes(killing.Actor));
    }
    [Fact]
    public void Attackers_joined_by_and_before_the_attack_words_are_all_actors()
    {
        // Guardian, real-text dev set: the phrase "in Syrian and Russian air strikes" holds a conjunction.
        var killing = Coded.Of("In eastern Ghouta, scene of the 2013 sarin attack, at least 200 civilians were killed in Syrian and Russian air strikes in a few days last week.", "2018-02-25")
            .Candidates(PloverCategory.Assault).Single(e => e.Match.Trigger.Anchor == "kill");
        Assert.Equal(["RUS", "SYR"], Coded.Codes(killing.Actor).Order());
    }

    [Fact]
    public void An_attack_that_killed_is_one_event_with_the_blast_that_caused_it()
    {
        // Guardian (real-text dev set): the attack as the subject of "killed" is the act; the bombing after it is how.
        var coded = Coded.Of("The Manchester Arena attack in May 2017 killed 22 people after a suicide bomber detonated a device packed with shrapnel.", "2018-02-22");
        var attack = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal("kill", attack.Match.Trigger.Anchor);
        Assert.Contains(attack.Actor, a => a.Text == "a suicide bomber");
        Assert.Contains(coded.Dropped, e => e.Match.Trigger.Anchor == "detonate" && e.DropDecision?.Pass == "causes");
    }
}
