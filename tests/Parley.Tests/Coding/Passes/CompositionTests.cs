using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Requests, refusals, threats and promises fold in the act they are about and take their mode from it.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void Refusing_to_support_is_one_refusal_moded_assist()
    {
        var coded = Coded.Of("A new Iraqi battalion refuses to support Coalition forces in the town of Falluja after a command failure which lead to miscommunication over their role in the area.", "2004-04-11");
        var refusal = coded.Event(PloverCategory.Reject);
        Assert.Equal(PloverMode.Assist, refusal.Mode);
        Assert.Equal(PloverCategory.Support, refusal.Absorbed?.Category);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Support);
        Assert.True(Coded.Decided(refusal, "composition"));
    }

    [Fact]
    public void What_a_court_rules_that_a_state_did_is_the_finding_not_an_act_of_its_own()
    {
        // Current Events (real-text dev set): "rules that" was no event, and the violation it found was coded as a refusal.
        var coded = Coded.Of("The International Court of Justice (ICJ) rules that the United States violated its 1955 friendship treaty with Iran when it allowed its domestic courts to freeze assets held by Iran's central bank.", "2023-03-30");
        var finding = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Sanction && e.Mode == PloverMode.Convict);
        Assert.Equal(["USA"], Coded.Codes(finding.Recipient));
        Assert.Equal("composition", coded.DroppedBy(PloverCategory.Reject));
    }

    [Fact]
    public void Urging_a_parliament_to_investigate_is_a_request_not_an_investigation()
    {
        var coded = Coded.Of("Former senior U.S. intelligence official and UNSCOM inspector Scott Ritter urges the Parliament of the United Kingdom to investigate the questionable way in which units of British secret intelligence agencies massaged public opinion prior to war with Iraq.", "2003-11-21");
        Assert.Equal(PloverMode.Change, coded.Event(PloverCategory.Request).Mode);
        Assert.Equal("composition", coded.DroppedBy(PloverCategory.Accuse));
    }

    [Fact]
    public void A_vow_not_to_recognise_a_state_if_it_acts_is_a_threat()
    {
        // Current Events (real-text dev set): the promise verb took a refusal as its content and was coded an agreement.
        var coded = Coded.Of("Sudanese president Omar al-Bashir vows not to recognise South Sudan if it tries to claim oil-producing Abyei.", "2011-04-28");
        var threat = coded.Candidate(PloverCategory.Threaten);
        Assert.Equal(EventStatus.Asserted, threat.Status);
        Assert.Equal(["SDN"], Coded.Codes(threat.Actor));
        Assert.Equal(["SSD"], Coded.Codes(threat.Recipient));
        Assert.Empty(coded.Candidates(PloverCategory.Agree));
    }

    [Fact]
    public void A_vow_to_reject_is_a_refusal()
    {
        var coded = Coded.Of("The Senate vows to reject the resolution.", "2011-09-23");
        Assert.True(Coded.Decided(coded.Candidate(PloverCategory.Reject), "composition"));
        Assert.Empty(coded.Candidates(PloverCategory.Agree));
    }

    [Fact]
    public void An_act_the_content_governs_is_part_of_the_warning()
    {
        // Current Events: "not to allow" became a refusal folded into the warning, and the attacks it would allow were coded done.
        var coded = Coded.Of("Iran's Islamic Revolutionary Guard Corps issues a statement warning regional countries not to allow the United States military to launch attacks on Iran from their territory.", "2020-01-08");
        Assert.Equal(EventStatus.Asserted, coded.Event(PloverCategory.Request).Status);
        Assert.Equal("composition", coded.DroppedBy(PloverCategory.Assault));
    }

    [Fact]
    public void A_second_act_joined_by_and_is_not_the_content_of_the_first()
    {
        // Current Events (real-text dev set): the rebuke after "and" was folded into the call for reform as what was asked.
        var coded = Coded.Of("In his first United Nations appearance, Libyan leader Muammar al-Gaddafi calls for reform of the Security Council and chastises the Council for failing to intervene or prevent some 65 wars since the U.N. was founded in 1945.", "2009-09-23");
        var call = coded.Event(PloverCategory.Request);
        Assert.Null(call.Absorbed);
        var rebuke = coded.Event(PloverCategory.Accuse);
        Assert.Equal(["LBY"], Coded.Codes(rebuke.Actor));
        Assert.Equal(["UN"], Coded.Codes(rebuke.Recipient));
    }

    [Fact]
    public void An_act_told_in_a_relative_clause_is_not_what_is_asked()
    {
        // Current Events (real-text dev set): the kidnapping was folded into the call for the workers' release.
        var coded = Coded.Of("Ireland's Minister for Foreign Affairs, Micheál Martin, calls for the immediate release of two aid workers who were kidnapped in Sudan's Darfur region.", "2009-07-04");
        Assert.Null(coded.Event(PloverCategory.Request).Absorbed);
        Assert.Equal(["SDN"], Coded.Codes(coded.Event(PloverCategory.Assault).Recipient));
    }

    [Fact]
    public void A_finite_verb_joined_after_an_infinitive_is_not_what_the_infinitive_reports()
    {
        // Current Events (real-text dev set, with the opposition named): "calls" was read as what "to acknowledge" reports.
        var coded = Coded.Of("The Venezuelan opposition refuses to acknowledge defeat and calls for a recount.", "2013-04-15");
        var call = coded.Event(PloverCategory.Request);
        Assert.Null(call.Clause!.Governor);
        Assert.Equal(["VEN"], Coded.Codes(call.Actor));
        Assert.NotNull(coded.Event(PloverCategory.Reject));
    }
}
