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
