using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Fighting between sides puts every side in the actor and no one in the recipient; a fight "against" someone keeps its target.</summary>
public sealed class TwoSidedFightsTests
{
    [Fact]
    public void The_dead_of_clashes_between_protesters_and_police_are_no_recipient()
    {
        // Current Events, 2011.
        var coded = Coded.Of("Two people are killed in clashes between protesters and police on the edge of Cairo's Tahrir Square.", "2011-11-20");
        var fighting = coded.Event(PloverCategory.Assault);
        Assert.Equal(["EGY"], Coded.Codes(fighting.Actor));
        Assert.Empty(fighting.Recipient);
        Assert.True(Coded.Decided(fighting, "two-sided-fights"));
    }

    [Fact]
    public void The_side_named_after_with_fights_too()
    {
        // Current Events, 2013.
        var coded = Coded.Of("A third Palestinian died in clashes with Israeli troops at the border fence between the Gaza Strip and Israel.", "2013-04-04");
        var fighting = coded.Event(PloverCategory.Assault);
        Assert.True(Coded.Codes(fighting.Actor).SetEquals(["PSE", "ISR"]));
        Assert.Empty(fighting.Recipient);
    }

    [Theory]
    // Current Events, 2019 and 2013 (real-text dev set): protesters who clash with police fight them; the labels code
    // the clash as an attack by both sides, with a riot as the other reading, and no victim.
    [InlineData("After a week of fare-dodging protests in the Santiago Metro, thousands of protestors clash with police in different places across Santiago, Chile.", "2019-10-18", "CHL")]
    [InlineData("Supporters of the Islamist Muslim Brotherhood clash with police at Al-Azhar University in Cairo, Egypt.", "2013-12-28", "EGY")]
    public void Protesters_who_clash_with_police_fight_them(string text, string date, string country)
    {
        var coded = Coded.Of(text, date);
        var clash = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal([country], Coded.Codes(clash.Actor).Distinct());
        // Both sides: the police and the protesters (with the party whose supporters they are, where one is named).
        Assert.Contains(clash.Actor, a => a.Entity.Sector == Sector.COP);
        Assert.Contains(clash.Actor, a => a.Entity.Sector is Sector.CVL or Sector.PTY);
        Assert.Empty(clash.Recipient);
        Assert.True(Coded.Decided(clash, "two-sided-fights"));
    }

    [Fact]
    public void Clashes_that_kill_people_have_no_victim_as_recipient()
    {
        // Current Events, 2012: the fighting is the subject of the killing.
        var coded = Coded.Of("In Cairo, Egypt, clashes between police and fans of Zamalek SC kill 22 people.", "2012-02-01");
        var fighting = coded.Event(PloverCategory.Assault);
        Assert.Contains("EGY", Coded.Codes(fighting.Actor));
        Assert.Empty(fighting.Recipient);
    }

    [Fact]
    public void The_dead_of_a_shootout_that_names_no_attacker_are_no_recipient()
    {
        // Current Events, 2023: the shootout names no side, so it was not folded into the killing as its attacker.
        var coded = Coded.Of("Four soldiers and three Pakistani Taliban militants are killed during a shootout in Zhob, Khyber Pakhtunkhwa, Pakistan.", "2023-04-10");
        var fighting = coded.Candidates(PloverCategory.Assault).First();
        Assert.Contains("PAK", Coded.Codes(fighting.Actor));
        Assert.Empty(fighting.Recipient);
    }

    [Theory]
    // Current Events, 2010 and 2015 (real-text dev set): "fighting" that names no sides, and casualties of one side, is
    // violence against them; the labels have them as the recipient and no actor.
    [InlineData("7 American soldiers are killed in fighting in Afghanistan over the weekend.", "2010-08-29", "USA")]
    [InlineData("At least 17 PKK insurgents were also reportedly killed in the fighting.", "2015-10-17", "PKK")]
    public void The_dead_of_one_side_in_fighting_with_no_sides_named_are_its_target(string text, string date, string target)
    {
        var coded = Coded.Of(text, date);
        // (The killing, first in the text; "fighting" is a candidate of its own.)
        var killing = coded.Candidates(PloverCategory.Assault).First();
        Assert.Equal([target], Coded.Codes(killing.Recipient));
        Assert.DoesNotContain(target, Coded.Codes(killing.Actor));
        Assert.False(Coded.Decided(killing, "two-sided-fights"));
    }

    [Fact]
    public void The_dead_of_both_sides_in_fighting_are_its_sides()
    {
        // Current Events, 2006 (real-text dev set): soldiers and militants both died.
        var coded = Coded.Of("The Pakistani army announces that seven soldiers and fourteen suspected militants have been killed in fighting in the Waziristan area.", "2006-01-10");
        var killing = coded.Candidates(PloverCategory.Assault).First();
        Assert.Contains("PAK", Coded.Codes(killing.Actor));
        Assert.Empty(killing.Recipient);
    }

    [Fact]
    public void A_fight_against_someone_keeps_its_target()
    {
        // Guardian, 2018, without its "decades-long" (which makes it background, dropped by long-campaigns before roles).
        var coded = Coded.Of("Turkey views the YPG as an ally of the Kurdistan Workers Party (PKK), which has fought an insurgency against the Turkish state.", "2018-09-15");
        var fight = coded.Kept.Concat(coded.Dropped).Single(e => e.Category == PloverCategory.Assault);
        Assert.Equal(["TUR"], Coded.Codes(fight.Recipient));
        Assert.False(Coded.Decided(fight, "two-sided-fights"));
    }
}
