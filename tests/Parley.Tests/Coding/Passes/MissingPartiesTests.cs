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
}
