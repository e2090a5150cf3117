using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A statement needs someone making it; a deed by unknown hands is left to the eventness model.</summary>
public sealed class MissingPartiesTests
{
    [Fact]
    public void A_rejection_with_nobody_rejecting_or_rejected_is_not_coded()
    {
        var coded = Coded.Of("Early efforts to initiate high-level dialogue in the aftermath of the Bali meeting were derailed after a suspected Chinese spy balloon flew over North America.", "2023-05-12");
        Assert.Equal("missing-parties", coded.DroppedBy(PloverCategory.Reject));
    }

    [Fact]
    public void An_attack_by_unknown_hands_on_unnamed_targets_is_still_coded()
    {
        // A Guardian sentence on the bombing of hospitals in eastern Ghouta (labelled ASSAULT, asserted, no parties).
        var coded = Coded.Of("Another two facilities were hit on Tuesday.", "2018-02-20");
        var hit = coded.Event(PloverCategory.Assault);
        Assert.Empty(hit.Actor);
        Assert.Empty(hit.Recipient);
        Assert.Contains("missing-parties", hit.Objections);
    }

    // Current Events (real-text dev set, labelled CONSULT asserted with no parties): a meeting said to open or begin took
    // place, whoever attends; it was dropped as a statement with nobody making it.
    [Fact]
    public void A_meeting_that_opens_is_coded_with_nobody_named()
    {
        var coded = Coded.Of("A peace conference opens in New York City, United States, aimed at reviving the two-state solution and renewing diplomatic efforts to resolve the Israeli-Palestinian conflict.", "2025-07-28");
        var conference = coded.Event(PloverCategory.Consult);
        Assert.Equal(EventStatus.Asserted, conference.Status);
        Assert.Empty(conference.Actor);
    }
}
