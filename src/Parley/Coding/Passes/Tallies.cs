using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// War-long tallies: "At least half a million Syrians have already been killed because of this war", "25 journalists have
/// been killed since 1992", "with 910 killed in a conflict that has spared them no mercy". A killing or an expulsion with
/// no one acting, told in the perfect or by a bare participle, whose victims are counted, and which the words after it
/// (up to the next comma) frame by the whole war or by a span since a year (data/words/toll-frames.txt), is a statistic,
/// not an event (eval/README.md). A toll tied to a named actor or a named campaign ("the battle for Afrin displaced tens
/// of thousands"), a new toll ("three more soldiers have been killed") and a killing told in the past ("six aid workers
/// were killed in the worst single attack since civil war broke out") are events.
/// </summary>
public sealed class Tallies : ICodingPass
{
    public string Name => "tallies";

    public void Apply(SentenceCoding s) => s.DropWhere(e => Frame(s, e) is { } frame
        ? $"dropped: victims counted with no one acting, framed by '{s.Document.TextOf(frame)}': a tally, not an event" : null);

    /// <summary>The word that frames a counted, agentless toll as war-long, or null.</summary>
    static int? Frame(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Category is not (PloverCategory.Assault or PloverCategory.Sanction) || e.Category == PloverCategory.Sanction && e.Mode != PloverMode.Expel
            || e.Actor.Count > 0 || e.Match.Trigger.Class != AnchorClass.Verb || e.Clause is not { Perfect: true } and not { NonFinite: true }
            || !Counted(s, e.Clause, e.Match.Anchor))
            return null;
        var words = s.Syntax.Words.TollFrames;
        var end = s.Sentence.EndToken;
        for (var t = e.Match.Last + 1; t < end; t++)
        {
            var lower = d.LowerOf(t);
            if (d.TagOf(t) is PosTag.Comma or PosTag.Colon || ClauseAnalyzer.IsDash(d, t)) break;
            if (!words.Contains(lower) && !words.Contains(d.LemmaOf(t))) continue;
            if (lower == "since")
            {
                // "since 1992", "since the conflict began", not "since he left".
                for (var k = t + 1; k < end && k <= t + 3; k++)
                    if (d.TagOf(k) == PosTag.CD || k > t + 1 && words.Contains(d.LemmaOf(k)) && d.LowerOf(k) != "since") return t;
                continue;
            }
            // "because of this war", "in a brutal six-year conflict": the war itself, not "war monitors" or "the war's refugees".
            if (t + 1 < end && (d.TagOf(t + 1).IsNoun() || d.TagOf(t + 1) == PosTag.POS)) continue;
            return t;
        }
        return null;
    }

    /// <summary>
    /// Whether the victims are counted: a number, not a year, in the clause's subject or object, or just before the act ("910
    /// killed"); not a number of more ("three more soldiers"), which adds a new toll.
    /// </summary>
    static bool Counted(SentenceCoding s, Clause c, int anchor)
    {
        foreach (var range in new[] { c.Subject, c.Object })
            for (var t = range.First; t < range.End; t++)
                if (IsCount(s, t)) return true;
        return anchor - 1 >= s.Sentence.FirstToken && IsCount(s, anchor - 1);
    }

    static bool IsCount(SentenceCoding s, int t)
    {
        var d = s.Document;
        return d.TagOf(t) == PosTag.CD && !d.MentionsOf(s.Sentence).Any(m => m is DateMention && m.Contains(t))
               && !(t + 1 < s.Sentence.EndToken && d.LowerOf(t + 1) is "more" or "other");
    }
}
