using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>PLOVER's auxiliary modes from the clause: future, hypothetical, negated.</summary>
public sealed class StatusTests
{
    [Theory]
    // Current Events and Guardian (real-text dev set): "is to" before the act tells what is arranged to happen.
    [InlineData("Japan is to freeze assets linked to the removed Iraqi regime based on a United Nations resolution.", "2003-09-10", PloverCategory.Sanction, EventStatus.Future)]
    [InlineData("The Home Office is to suspend cooperation with the US over the possible prosecution of two alleged Isis executioners.", "2018-07-23", PloverCategory.Sanction, EventStatus.Future)]
    // ("is to blame" says who is responsible, now.)
    [InlineData("UK prime minister David Cameron admits that Britain and its empire is to blame for many of the world's problems.", "2011-04-07", PloverCategory.Accuse, EventStatus.Asserted)]
    public void Is_to_before_the_act_tells_what_is_arranged(string text, string date, PloverCategory category, EventStatus status)
    {
        Assert.Equal(status, Coded.Of(text, date).Event(category).Status);
    }

    [Theory]
    // Current Events and Guardian (real-text dev set): an act that is what a verb of planning has as its object is still to come.
    [InlineData("India plans a new offensive against Maoist Naxalite rebels active in parts of the country.", "2009-10-09")]
    [InlineData("But as Russia and its allies prepare a devastating military offensive in Idlib, in north-west Syria, those days are gone.", "2018-09-01")]
    public void An_offensive_planned_or_prepared_is_future(string text, string date)
    {
        var offensive = Coded.Of(text, date).Candidate(PloverCategory.Assault);
        Assert.Equal(EventStatus.Future, offensive.Status);
        Assert.True(Coded.Decided(offensive, "status"));
    }

    [Fact]
    public void An_expected_meeting_is_future()
    {
        var coded = Coded.Of("US Trade Representative Catherine Tai is also expected to meet Chinese Minister of Commerce Wang Wentao at an APEC trade meeting in Detroit this month.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal(EventStatus.Future, meeting.Status);
        Assert.True(Coded.Decided(meeting, "status"));
    }

    [Fact]
    public void An_attempted_attack_is_the_attack()
    {
        // Current Events, 2006.
        var coded = Coded.Of("The U.S. CIA attempts to kill Ayman al-Zawahiri by bombing Damadola, Pakistan, a village near the Afghanistan border.", "2006-01-13");
        Assert.Contains(coded.Candidates(PloverCategory.Assault), e => e.Status == EventStatus.Asserted && Coded.Codes(e.Actor).Contains("USA"));
    }

    [Fact]
    public void An_attempt_still_going_on_is_future()
    {
        // The seed article: the trips are being arranged, not made.
        var coded = Coded.Of("Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo are also trying to arrange trips to Beijing.", "2023-05-12");
        Assert.All(coded.Kept.Concat(coded.Dropped), e => Assert.NotEqual(EventStatus.Asserted, e.Status));
        Assert.NotEmpty(coded.Kept.Concat(coded.Dropped));
    }

    [Theory]
    // Current Events items of the real-text dev set: what was thwarted, averted or stopped from being done did not happen.
    [InlineData("China's Navy and Denmark's Navy thwart Somali pirate attacks on Italian and Chinese merchant vessels in the Gulf of Aden.", "2009-02-27", PloverCategory.Assault)]
    [InlineData("An assassination attempt on President of the Chechen Republic Ramzan Kadyrov is averted.", "2009-10-24", PloverCategory.Assault)]
    [InlineData("United States embassy guards in Tel Aviv, Israel, stopped a suicide bomber from setting off a bomb in a crowded beachfront cafe.", "2002-10-11", PloverCategory.Assault)]
    public void A_prevented_act_is_negated(string sentence, string date, PloverCategory category)
    {
        var prevented = Coded.Of(sentence, date).Candidate(category);
        Assert.Equal(EventStatus.Negated, prevented.Status);
    }

    [Fact]
    public void An_act_in_an_if_clause_opened_by_a_determiner_that_is_hypothetical()
    {
        // A real Guardian sentence of the dev set: "that" after "if" is the determiner of "that army", and "if" opens the clause.
        var neutralized = Coded.Of("Rojava’s defenders are perfectly capable of fending off the Turkish army if that army’s high tech advantage is neutralized.", "2019-10-10")
            .Candidate(PloverCategory.Assault);
        Assert.Equal(EventStatus.Hypothetical, neutralized.Status);
    }

    [Theory]
    // Real sentences of the dev set: what is denied, with "that" or without, is reported as not having happened.
    [InlineData("Ismail’s protestations to Isis led nowhere, as the militants denied they had detained her husband.", "2019-03-01", PloverCategory.Coerce)]
    [InlineData("Prime Minister Ehud Olmert denies reports that Israel is negotiating with Hamas.", "2009-02-15", PloverCategory.Consult)]
    [InlineData("Iran denies that one of its drones was shot down by the United States on July 18, saying all of their drones \"returned to their bases.\"", "2019-07-19", PloverCategory.Assault)]
    public void A_denied_act_is_negated(string sentence, string date, PloverCategory category) =>
        Assert.Equal(EventStatus.Negated, Coded.Of(sentence, date).Candidate(category).Status);

    [Theory]
    // Current Events items: a verb of denial whose clause is no denied content leaves the act asserted.
    [InlineData("Hong Kong Immigration Department denied entry and deported a Taiwanese rights activist intending to support the Occupy Central campaign.", "2014-06-29", PloverCategory.Coerce)]
    [InlineData("He denies the offences and the case is transferred to the Old Bailey.", "2018-05-01", PloverCategory.Cooperate)]
    public void An_act_beside_a_denial_stays_asserted(string sentence, string date, PloverCategory category) =>
        Assert.Equal(EventStatus.Asserted, Coded.Of(sentence, date).Candidate(category).Status);

    [Theory]
    // Current Events items of the real-text dev set: a subject that names nobody negates its verb.
    [InlineData("Members of Parliament said no one was wounded while a Taliban spokesperson claims it caused heavy casualties.", "2016-03-28", PloverCategory.Assault)]
    [InlineData("No perpetrators are apprehended, but police suspect terrorism.", "2025-02-24", PloverCategory.Coerce)]
    [InlineData("However, neither missile hits the base, with one of the missiles failing in-flight.", "2026-03-21", PloverCategory.Assault)]
    public void An_act_done_to_or_by_nobody_is_negated(string sentence, string date, PloverCategory category) =>
        Assert.Equal(EventStatus.Negated, Coded.Of(sentence, date).Candidate(category).Status);

    [Fact]
    public void No_fewer_than_a_number_is_a_count_not_nobody()
    {
        var killed = Coded.Of("No fewer than 20 people were killed in the blast in Kabul.", "2016-03-28").Candidate(PloverCategory.Assault);
        Assert.Equal(EventStatus.Asserted, killed.Status);
    }

    [Fact]
    public void An_act_not_prevented_or_stopped_once_begun_is_no_negation()
    {
        var tanks = Coded.Of("German Foreign Affairs Minister Annalena Baerbock says that Germany will not prevent Poland from sending Leopard 2 main battle tanks to Ukraine.", "2023-01-22")
            .Candidate(PloverCategory.Aid);
        Assert.NotEqual(EventStatus.Negated, tanks.Status);
        var protest = Coded.Of("On one occasion, police stopped their protest, concerned it would escalate to violence.", "2019-01-01").Candidate(PloverCategory.Protest);
        Assert.Equal(EventStatus.Asserted, protest.Status);
    }

    [Fact]
    public void An_agreement_that_failed_to_come_is_negated()
    {
        var coded = Coded.Of("But the two sides failed to come to an agreement, unless Sullivan negotiated with Wang in Vienna.", "2023-05-12");
        Assert.All(coded.Kept.Where(e => e.Category == PloverCategory.Agree), e => Assert.Equal(EventStatus.Negated, e.Status));
    }

    [Theory]
    [InlineData("Turkey has said it will not let large numbers of new refugees across its now fortified border.", "2019-02-14", "TUR")]
    [InlineData("The European Union says that it will not currently recognize a Taliban government in Afghanistan.", "2021-08-20", "EU")]
    public void A_refusal_told_by_negation_is_a_rejection_that_happened(string text, string date, string actor)
    {
        var refusal = Coded.Of(text, date).Candidate(PloverCategory.Reject);
        Assert.Equal(EventStatus.Asserted, refusal.Status);
        Assert.Equal([actor], Coded.Codes(refusal.Actor));
    }

    [Fact]
    public void Allowing_is_no_refusal()
    {
        var coded = Coded.Of("Turkey has said it will let large numbers of new refugees across its border.", "2019-02-14");
        Assert.Empty(coded.Candidates(PloverCategory.Reject));
    }

    [Fact]
    public void A_negation_before_an_infinitives_to_negates_it()
    {
        // Current Events: "not" before "to" belonged to no clause, so the joining was coded as done. (Voting not to join is
        // now a refusal, as the real-text labels code "votes in a referendum not to pull out" and "decide not to offer".)
        var coded = Coded.Of("The Pakistani parliament votes not to join the coalition in Yemen.", "2015-04-10");
        Assert.Empty(coded.Candidates(PloverCategory.Support));
        Assert.Equal(EventStatus.Asserted, coded.Event(PloverCategory.Reject).Status);
    }

    [Fact]
    public void A_pattern_that_holds_the_negation_is_not_negated_by_it()
    {
        // Current Events: "warn/V not to" reads the negation as part of the warning.
        var coded = Coded.Of("The U.S. and Germany both issue advisories warning nationals not to travel to the Hamid Karzai International Airport in Kabul.", "2021-08-21");
        Assert.Equal(EventStatus.Asserted, coded.Candidate(PloverCategory.Request).Status);
    }
}
