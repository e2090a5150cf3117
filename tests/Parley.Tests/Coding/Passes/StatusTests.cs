using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>PLOVER's auxiliary modes from the clause: future, hypothetical, negated.</summary>
public sealed class StatusTests
{
    [Fact]
    public void An_expected_meeting_is_future()
    {
        var coded = Coded.Of("US Trade Representative Catherine Tai is also expected to meet Chinese Minister of Commerce Wang Wentao at an APEC trade meeting in Detroit this month.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal(EventStatus.Future, meeting.Status);
        Assert.True(Coded.Decided(meeting, "status"));
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
}
