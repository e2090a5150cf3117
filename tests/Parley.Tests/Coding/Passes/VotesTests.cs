using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Voters' votes as such are no event.</summary>
public sealed class VotesTests
{
    [Theory]
    // Current Events (real-text dev set): referendums decided by voters.
    [InlineData("Voters in Switzerland resoundingly reject a proposed law change that would have given that country the world's highest minimum wage.", "2014-05-18")]
    [InlineData("California special election: voters reject all eight statewide ballot propositions, including four backed by Governor Arnold Schwarzenegger.", "2005-11-09")]
    public void Voters_rejecting_a_measure_is_no_event(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Reject);
        Assert.Equal("votes", coded.DroppedBy(PloverCategory.Reject));
    }

    [Fact]
    public void A_legislature_rejecting_is_not_a_vote_of_voters()
    {
        // Current Events, 2005 (real-text dev set): the Senate rejects; only voters' votes are this pass's.
        var coded = Coded.Of("The United States Senate rejects the extension of the PATRIOT Act.", "2005-12-16");
        var rejection = coded.Kept.Concat(coded.Dropped).Single(e => e.Category == PloverCategory.Reject);
        Assert.False(Coded.Decided(rejection, "votes"));
    }
}
