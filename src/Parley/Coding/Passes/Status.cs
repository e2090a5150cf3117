using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Each event's PLOVER auxiliary mode from its clause (see <see cref="StatusClassifier"/>): asserted,
/// future, hypothetical or negated. A meeting named as the occasion of the main event shares the
/// status of the sentence's main clause, not of a goal inside it, and one "ahead of" the main event is
/// still to come. A refusal told by negation ("will not allow") is made, not negated, and so is an act whose pattern holds
/// the negation ("warning nationals not to travel").
/// </summary>
public sealed class Status(StatusClassifier classifier) : ICodingPass
{
    public string Name => "status";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            var occasion = s.Syntax.MeetingOccasion(e);
            var clause = e.Clause;
            while (occasion is not null && clause is { NonFinite: true, Governor: not null }) clause = clause.Governor;
            var anchor = occasion is null || clause is null ? e.Match.Anchor : clause.Head;
            e.Status = classifier.Classify(s.Document, clause, anchor, s.Sentence.FirstToken, out var why);
            if (e.Status == EventStatus.Asserted && occasion is "ahead")
            {
                e.Status = EventStatus.Future;
                why = "a meeting still ahead when the main event happened";
            }
            // "Turkey will not allow ...": the negation is the refusal, which is made (unless only supposed: "if X does not allow").
            if (e.Match.Trigger.OnlyNegated && e.Status == EventStatus.Negated && clause is not null)
            {
                e.Status = Syntax.InCondition(clause) ? EventStatus.Hypothetical : EventStatus.Asserted;
                why = $"a refusal ('{s.Document.TextOf(clause.First, clause.End - 1)}'): its negation is the event";
            }
            // "warning nationals not to travel": a pattern that holds the negation (warn/V not to) reads it as part of its act.
            else if (e.Status == EventStatus.Negated && clause is { Negated: true } && NegationInside(s.Document, e.Match))
            {
                e.Status = classifier.Classify(s.Document, clause.Governor, anchor, s.Sentence.FirstToken, out why) is var governed
                           && governed != EventStatus.Negated ? governed : EventStatus.Asserted;
                why = $"the negation is part of its pattern; {why}";
            }
            e.Reasons.Add($"status {e.Status.Name()}: {why}");
        }
    }

    /// <summary>Whether the trigger's own words hold a negation: "warn/V not to".</summary>
    static bool NegationInside(Document d, TriggerMatch match)
    {
        for (var t = match.Anchor; t <= match.Last; t++)
            if (d.LowerOf(t) is "not" or "never") return true;
        return false;
    }
}
