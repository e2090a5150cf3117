using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>What a claim or an allegation holds is not an act the text reports; what a party claims with the verb is its account.</summary>
public sealed class ClaimedContentsTests
{
    [Fact]
    public void An_alleged_arms_supply_is_the_reason_for_a_sanction_not_an_aid_event()
    {
        // Current Events (real-text dev set): the supply of arms was coded as asserted aid.
        var coded = Coded.Of("Peru suspends free trade talks with Chile due to allegations that Chile supplied arms to Ecuador during that nation's 1995 war with Peru.", "2005-05-04");
        var sanction = coded.Event(PloverCategory.Sanction);
        Assert.Equal(["PER"], Coded.Codes(sanction.Actor));
        Assert.Equal("claimed-contents", coded.DroppedBy(PloverCategory.Aid));
    }

    [Fact]
    public void The_claim_a_visitor_rejects_is_no_accusation_of_his_own()
    {
        // Guardian (real-text dev set): the rejected claim's content was coded as Iran accusing Syria of the attack.
        var coded = Coded.Of("Ali Akbar Velayati, a top foreign policy aide to Ayatollah Ali Khamenei, visited eastern Ghouta earlier in the week and rejected claims that the Syrian government was behind Saturday’s suspected chemical attack in the town of Douma.", "2018-04-10");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Consult);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Accuse);
        Assert.Equal("claimed-contents", coded.DroppedBy(PloverCategory.Accuse));
    }

    [Fact]
    public void A_party_that_claims_with_the_verb_gives_its_account_of_what_happened()
    {
        // Current Events (real-text dev set): "claims" after the subject is the verb, and the killings stay asserted.
        var coded = Coded.Of("The Nigerian Red Cross claims that 185 people have been killed in Borno State in the north of country over the past few days as a result of fighting between militants and government state forces.", "2013-04-22");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Assault && e.Status == EventStatus.Asserted);
        Assert.DoesNotContain(coded.Dropped, e => e.DropDecision?.Pass == "claimed-contents");
    }
}
