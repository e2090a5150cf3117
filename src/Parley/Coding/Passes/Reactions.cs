using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Putin ordered a ceasefire, a proposal Kyiv dismissed as a ploy", "a move Tehran vowed to avenge": a
/// reaction in an apposition to the main event is aimed at that event's actor.
/// </summary>
public sealed class Reactions : ICodingPass
{
    public string Name => "reactions";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) AimAtPrevious(s, e);
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
