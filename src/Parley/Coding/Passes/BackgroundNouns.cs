using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// A noun that names an event as the topic or background of another is not itself reported as
/// happening: "relief from sanctions", "the anniversary of Russia's invasion", "after 11 days of
/// fighting", "imposed sanctions over the killing of". So is an event noun that is the subject of a
/// description ("the Opec meeting was likely to be ...") or that restates an event already coded from a
/// verb ("their first meeting since"). A meeting named as the occasion of the main event is kept.
/// </summary>
public sealed class BackgroundNouns : ICodingPass
{
    public string Name => "background-nouns";

    public void Apply(SentenceCoding s) => s.DropWhere(e => e.IsNominal(s.Document) ? Judge(s, e) : null);

    static string? Judge(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        if (e.Clause is { } described && described.Subject.Contains(e.Match.Anchor) && words.Copulas.Contains(d.LemmaOf(described.Head)))
            return "dropped: the event noun is the subject of a description";
        if (s.Events.Any(o => o != e && !o.IsNominal(d) && o.Category == e.Category))
            return "dropped: restates an event already coded from a verb";
        var np = s.Syntax.NounPhraseAround(e.Match.Anchor);
        if (s.Syntax.MeetingOccasion(e) is { } circumstance)
        {
            e.Reasons.Add($"kept: '{circumstance} {d.TextOf(np.First, e.Match.Anchor)}' is a meeting the sentence reports as its occasion");
            return null;
        }
        return AfterBackgroundPreposition(s, e, np.First - 1) ?? InClauseOfVerbEvent(s, e);
    }

    /// <summary>"since the invasion", "after 11 days of fighting": the noun (or its measure) follows a background preposition.</summary>
    static string? AfterBackgroundPreposition(SentenceCoding s, CodedEvent e, int before)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        var first = s.Sentence.FirstToken;
        bool IsBackground(int t) => t >= first && words.BackgroundPrepositions.Contains(d.LowerOf(t)) && d.TagOf(t) is PosTag.IN or PosTag.TO;
        // "two days of talks", "a second round of strikes": a measure of the event, not its background.
        var measured = before - 1 >= first && d.LowerOf(before) == "of" && words.MeasureNouns.Contains(d.LemmaOf(before - 1));
        if (measured)
        {
            var measure = s.Syntax.NounPhraseAround(before - 1).First - 1;
            return IsBackground(measure) && d.LowerOf(measure) != "of" ? $"dropped: '{d.TextOf(measure, e.Match.Anchor)}' is background" : null;
        }
        var np = s.Syntax.NounPhraseAround(e.Match.Anchor);
        return IsBackground(before) ? $"dropped: '{d.LowerOf(before)} {d.TextOf(np.First, e.Match.Anchor)}' is background" : null;
    }

    /// <summary>
    /// "imposed sanctions over the killing of", "agreed a truce after weeks of fighting": a noun in the clause of a
    /// verb event is that event's topic or background; "resigned in protest at a ceasefire" is how the subject acts.
    /// </summary>
    static string? InClauseOfVerbEvent(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var anchor = e.Match.Anchor;
        if (anchor > s.Sentence.FirstToken && d.LowerOf(anchor - 1) == "in" && d.LemmaOf(anchor) == "protest") return null;
        var governing = s.Events.FirstOrDefault(other => other != e && !other.IsNominal(d) && other.Clause is { } c
                                                         && other.Match.Anchor < anchor && anchor < c.Limit && c.Head == other.Match.Anchor);
        return governing is null ? null
            : $"dropped: a noun in the clause of '{d.TextOf(governing.Match.Anchor, governing.Match.Last)}', its topic or background";
    }
}
