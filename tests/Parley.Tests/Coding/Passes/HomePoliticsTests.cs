using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Words aimed at no one named, said at home where no other state is named, are about the speaker's own state.</summary>
public sealed class HomePoliticsTests
{
    [Fact]
    public void An_opposition_alleging_fraud_in_its_own_election_accuses_its_own_state()
    {
        // Current Events, 2005 (real-text dev set).
        var allegation = Coded.Of("Azerbaijani citizens go to the polls in the Azerbaijan parliamentary election, 2005. Opposition parties have alleged that there is voting fraud.", "2005-11-06")
            .Candidate(PloverCategory.Accuse);
        Assert.Equal(["AZE"], Coded.Codes(allegation.Actor));
        Assert.Equal(["AZE"], Coded.Codes(allegation.Recipient));
        Assert.True(Coded.Decided(allegation, "home-politics"));
    }

    [Fact]
    public void A_complaint_filed_at_the_United_Nations_is_not_about_home()
    {
        // Current Events, 2013 (real-text dev set): the complaint is before an international body, about another state's act.
        var complaint = Coded.Of("Bolivia files a complaint at the United Nations over what is called the \"kidnapping\" of its president.", "2013-07-03")
            .Candidate(PloverCategory.Accuse);
        Assert.Equal(["BOL"], Coded.Codes(complaint.Actor));
        Assert.DoesNotContain("BOL", Coded.Codes(complaint.Recipient));
        Assert.False(Coded.Decided(complaint, "home-politics"));
    }
}
