using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "the PKK, which has fought a decades-long insurgency against the Turkish state", "rebels that have waged a three-decade
/// insurgency in Turkey": a campaign told in the perfect as lasting years is who a party is, background, not an act the
/// news reports (eval/README.md: generic or background statements). The modifier that gives the years ends in a word of
/// data/words/duration-heads.txt ("decades-long", "four-decade"); "are fighting a three-year war" is still an event.
/// </summary>
public sealed class LongCampaigns : ICodingPass
{
    public string Name => "long-campaigns";

    public void Apply(SentenceCoding s) => s.DropWhere(e => Duration(s, e) is { } duration
        ? $"dropped: a campaign of years told in the perfect ('{s.Document.TextOf(duration)}'): background, not an act" : null);

    /// <summary>The modifier of the act's object that makes it last years, when the act is told in the perfect.</summary>
    static int? Duration(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Clause is not { Perfect: true, Passive: false } c || c.Head != e.Match.Anchor || c.Object.IsEmpty) return null;
        for (var t = c.Object.First; t < c.Object.End; t++)
        {
            var parts = d.LowerOf(t).Split('-');
            if (parts.Length < 2) continue;
            var last = parts[^1] is "long" or "old" ? parts[^2] : parts[^1];
            if (s.Syntax.Words.DurationHeads.Contains(last)) return t;
        }
        return null;
    }
}
