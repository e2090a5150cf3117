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
}
