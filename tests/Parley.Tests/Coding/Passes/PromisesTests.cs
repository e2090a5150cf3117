using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>What an actor says it will or will not do is the speech act PLOVER codes.</summary>
public sealed class PromisesTests
{
    [Fact]
    public void Announcing_one_will_step_down_is_a_concession_made_now()
    {
        var coded = Coded.Of("Jean Chrétien, the Prime Minister of Canada, announces he will step down in February 2004.", "2002-08-22");
        var concession = coded.Event(PloverCategory.Concede);
        Assert.Equal(EventStatus.Asserted, concession.Status);
        Assert.True(Coded.Decided(concession, "promises"));
        // Made the day it is announced: February 2004 is when he will go.
        Assert.Equal(new EventDate(new DateOnly(2002, 8, 22), DatePrecision.Day), concession.Date);
    }

    [Theory]
    // Current Events items: what a party announces it will do "in the coming weeks" or "next week" it announces today.
    [InlineData("Pakistan announces that it will execute 500 militants in the coming weeks.", "2014-12-22", PloverCategory.Threaten)]
    [InlineData("French President Emmanuel Macron announces that France will send radar and air defense systems to Ukraine \"in the coming weeks\".", "2022-10-12", PloverCategory.Agree)]
    [InlineData("President Bashar al-Assad announces that the 48-year-old state of emergency law will be lifted next week.", "2011-04-16", PloverCategory.Concede)]
    public void An_act_announced_for_later_is_a_speech_act_made_now(string text, string date, PloverCategory category)
    {
        var announced = Coded.Of(text, date).Candidate(category);
        Assert.True(Coded.Decided(announced, "promises"));
        Assert.Equal(EventStatus.Asserted, announced.Status);
        Assert.Equal(DateOnly.Parse(date), announced.Date?.Date);
    }

    // Current Events (real-text dev set): a blow its actor declares itself prepared to strike is a threat, made now, against
    // the one whose attack it answers ("respond" was no act, and "prepared" spoke for nobody).
    [Theory]
    [InlineData("Thailand states that it is prepared to respond militarily if attacked by Cambodia after Cambodia issues an ultimatum to withdraw from disputed border areas.", "2008-10-14", "THA", "KHM")]
    [InlineData("The South Korean military states that it is prepared to respond if North Korea launches an attack as it threatened yesterday.", "2013-03-06", "KOR", "PRK")]
    public void Declaring_oneself_prepared_to_strike_back_is_a_threat(string text, string date, string actor, string recipient)
    {
        var threat = Coded.Of(text, date).Kept.Single(e => e.Category == PloverCategory.Threaten && Coded.Codes(e.Actor).SequenceEqual([actor]));
        Assert.Equal(EventStatus.Asserted, threat.Status);
        Assert.Equal([recipient], Coded.Codes(threat.Recipient));
    }

    [Fact]
    public void Preparations_under_way_are_no_declared_readiness()
    {
        // Guardian (real-text dev set): "are preparing to enter" reports preparations, not a threat made.
        var coded = Coded.Of("Turkish forces are preparing to enter Idlib province to support rebel forces opposing both the Syrian regime and jihadist insurgents, the Turkish president has said.", "2017-10-07");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Threaten);
    }

    [Fact]
    public void Saying_one_would_not_visit_is_a_refusal_to_meet()
    {
        var coded = Coded.Of("South Korean President-elect Roh Moo-hyun states that he will visit Washington after receiving an invitation from President George W. Bush. During his campaign, Roh stated he would not visit simply for a White House \"photo op.\"", "2002-12-21");
        var refusal = coded.Candidate(PloverCategory.Reject);
        Assert.True(Coded.Decided(refusal, "promises"));
        Assert.Equal(PloverMode.Meet, refusal.Mode);
        Assert.Equal(EventStatus.Asserted, refusal.Status);
    }

    [Fact]
    public void A_withdrawal_its_actor_plans_is_a_concession_made_known_now()
    {
        // Guardian, December 2018.
        var concession = Coded.Of("Donald Trump plans to withdraw all US troops from Syria, according to multiple reports.", "2018-12-19").Event(PloverCategory.Concede);
        Assert.Equal(EventStatus.Asserted, concession.Status);
        Assert.Equal(["USA"], Coded.Codes(concession.Actor));
        Assert.True(Coded.Decided(concession, "promises"));
    }

    [Theory]
    // Guardian, 2019 (real-text dev set): the withdrawal was announced, not yet carried out.
    [InlineData("A suicide bombing has killed four Americans, just weeks after Donald Trump announced he was withdrawing American forces.", "announced")]
    [InlineData("But the US withdrawal from Syria, announced by Donald Trump against the wishes of Mattis, has been delayed.", "announced by")]
    public void A_retreat_announced_is_a_concession(string text, string how)
    {
        var concession = Coded.Of(text, "2019-01-17").Candidate(PloverCategory.Concede);
        Assert.Equal(EventStatus.Asserted, concession.Status);
        Assert.Contains("USA", Coded.Codes(concession.Actor));
        Assert.Contains(concession.Reasons, r => r.Pass == "promises" && r.Text.Contains($"'{how}'"));
    }

    [Fact]
    public void A_withdrawal_carried_out_stays_a_retreat()
    {
        var retreat = Coded.Of("The United States withdrew its troops from northern Syria on Sunday.", "2019-10-14").Candidate(PloverCategory.Retreat);
        Assert.False(Coded.Decided(retreat, "promises"));
    }

    [Fact]
    public void An_assault_its_actor_says_it_will_mount_is_a_threat_made_by_saying_so()
    {
        // Guardian, 2018.
        var coded = Coded.Of("Turkey, a Nato member, said it would shortly mount an assault on the Kurdish-held Syrian town of Afrin, close to the Turkish border.", "2018-01-15");
        var threat = coded.Candidate(PloverCategory.Threaten);
        Assert.Equal(EventStatus.Asserted, threat.Status);
        Assert.Equal(PloverMode.Violence, threat.Mode);
        Assert.Equal(["TUR"], Coded.Codes(threat.Actor));
        Assert.True(Coded.Decided(threat, "promises"));
        Assert.Empty(coded.Candidates(PloverCategory.Assault));
    }

    [Fact]
    public void A_sanction_made_to_hang_on_a_condition_is_a_threat()
    {
        // Current Events, real-text dev set: walking out of talks unless a deal is reached is threatened, not done.
        var threat = Coded.Of("Sudanese President Omar al-Bashir says the government will withdraw from peace talks with rebels from Darfur unless a deal is reached this week.", "2010-12-30")
            .Candidate(PloverCategory.Threaten);
        Assert.Equal(EventStatus.Asserted, threat.Status);
        Assert.Equal(["SDN"], Coded.Codes(threat.Actor));
    }

    // Current Events (real-text dev set, labelled REJECT GBR -> USA): choosing not to meet is a refusal, and the one not met
    // is its recipient (it was a negated CONSULT, and refusals to meet kept the one refused among the actors).
    [Fact]
    public void Opting_not_to_meet_refuses_the_one_not_met()
    {
        var refusal = Coded.Of("David Cameron opts not to meet four United States senators to discuss allegations BP lobbied for the release of the terminally ill Abdelbaset al-Megrahi.", "2010-07-19")
                           .Event(PloverCategory.Reject);
        Assert.Equal(EventStatus.Asserted, refusal.Status);
        Assert.Equal(["GBR"], Coded.Codes(refusal.Actor));
        Assert.Equal(["USA"], Coded.Codes(refusal.Recipient));
    }
}
