using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Putin ordered a ceasefire, a proposal Kyiv dismissed as a ploy", "a move Tehran vowed to avenge": a
/// reaction in an apposition to the main event is aimed at that event's actor. "... France and Germany condemn the
/// attack", "Tehran welcomes the move": a condemnation, welcome or rejection of "the" act, naming no one, is aimed at the
/// actors of the last event of that kind told a few sentences before (of any kind, the sentence before).
/// </summary>
public sealed class Reactions : ICodingPass
{
    public string Name => "reactions";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) AimAtPrevious(s, e);
        foreach (var e in s.Events) AimAtEarlierSentence(s, e);
    }

    static void AimAtEarlierSentence(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Recipient.Count > 0 || e.Category is not (PloverCategory.Accuse or PloverCategory.Support or PloverCategory.Reject)
            || e.Clause is not { Passive: false, Object.IsEmpty: false } c || c.Head != e.Match.Anchor
            || s.Memory.Told.Count == 0)
            return;
        // "the attack", "this move", "the new measures": a definite act, nobody named in it, not a word of the trigger's own
        // ("closes the door to dialogue"); a common noun ("told the Guardian" names a newspaper, not an act).
        var o = c.Object;
        if (d.LowerOf(o.First) is not ("the" or "this" or "that" or "these" or "those") || o.End - o.First > 3 || d.TagOf(o.End - 1) is not (PosTag.NN or PosTag.NNS)
            || e.Match.Last >= o.First || s.Actors.Any(m => m.IsWithin(o))
            || o.End < s.Sentence.EndToken && d.LowerOf(o.End) is "of" or "by" or "that" or "which")
            return;
        // An act named by its kind ("the bombing") is the last of that kind told in the three sentences before; "the move",
        // "the decision" the last told in the sentence before.
        var kind = s.Matches.FirstOrDefault(m => m.Anchor == o.End - 1)?.Trigger.Category;
        var (_, actors, _) = s.Memory.Told.LastOrDefault(k => kind is null ? k.Sentence == s.Sentence.Index - 1 : k.Category == kind && k.Sentence >= s.Sentence.Index - 3);
        if (actors is null) return;
        foreach (var a in actors) if (!e.Actor.Any(x => EntityFinder.SameEntity(x, a))) e.Recipient.Add(a);
        if (e.Recipient.Count > 0) e.Reasons.Add($"recipient: the actors of the {kind?.Name() ?? "act"} told before, which '{d.TextOf(o.First, o.End - 1)}' refers to");
    }

    static void AimAtPrevious(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Recipient.Count > 0 || e.Clause is not { Subject.IsEmpty: false } c) return;
        // ", a proposal Kyiv dismissed": the determiner and noun may have been read into the subject.
        var noun = d.TagOf(c.Subject.First) == PosTag.DT && c.Subject.First + 1 < c.Subject.End ? c.Subject.First + 1 : c.Subject.First - 1;
        if (noun - 2 < s.Sentence.FirstToken || !d.TagOf(noun).IsNoun() || d.TagOf(noun - 1) != PosTag.DT || d.TagOf(noun - 2) != PosTag.Comma) return;
        if (!s.Actors.Any(m => m.First > noun && m.First < c.Head)) return;
        var previous = s.Events.LastOrDefault(o => o != e && o.Match.Anchor < noun - 2 && o.Actor.Count > 0);
        if (previous is null) return;
        foreach (var a in previous.Actor) if (!e.Actor.Any(x => EntityFinder.SameEntity(x, a))) e.Recipient.Add(a);
        if (e.Recipient.Count > 0) e.Reasons.Add($"recipient: the actor of '{d.TextOf(previous.Match.Anchor, previous.Match.Last)}', which '{d.TextOf(noun - 1, noun)}' refers to");
    }
}
