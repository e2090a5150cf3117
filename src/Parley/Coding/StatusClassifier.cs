using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Decides an event's PLOVER auxiliary mode from its clause: negation ("did not meet", "failed to
/// agree", "no intention of lifting"), future ("will meet", "is expected to", "plans to", "is trying
/// to arrange"), hypothetical ("if", "unless", "could", "the possibility of"). Historical status is
/// decided later, from the resolved date.
/// </summary>
public sealed class StatusClassifier(WordLists words)
{
    public EventStatus Classify(Document d, Clause? clause, int anchor, int sentenceStart, out string reason)
    {
        // Words just before a nominal or gerund event: "no intention of lifting", "the possibility of China providing".
        for (var t = anchor - 1; t >= sentenceStart && t >= anchor - 5; t--)
        {
            var lower = d.LowerOf(t);
            if (lower is "no" && words.IntentionNouns.Contains(d.LowerOf(t + 1))) { reason = $"'no {d.LowerOf(t + 1)}' before the event"; return EventStatus.Negated; }
            if (lower is "without" && t == anchor - 1) { reason = "'without' before the event"; return EventStatus.Negated; }
            if (clause is null || clause.Head != anchor || clause.NonFinite)
            {
                if (words.HypotheticalMarkers.Contains(lower) && lower != "any") { reason = $"'{lower}' before the event"; return EventStatus.Hypothetical; }
                if (words.PlannedAdjectives.Contains(lower)) { reason = $"'{lower}' before the event"; return EventStatus.Future; }
            }
            if (d.TagOf(t).IsFiniteVerb() || d.TagOf(t) is PosTag.Comma or PosTag.Punct) break;
        }
        if (clause is null) { reason = "no clause: asserted"; return EventStatus.Asserted; }

        if (clause.Negated) { reason = $"'{d.TextOf(clause.First, clause.End - 1)}' is negated"; return EventStatus.Negated; }
        // "China's Navy and Denmark's Navy thwart Somali pirate attacks", "An assassination attempt on Kadyrov is averted": an
        // act named as what was prevented did not happen.
        if (clause.Head != anchor && words.PreventionVerbs.Contains(d.LemmaOf(clause.Head))
            && (clause.Passive ? clause.Subject.Contains(anchor) : clause.Object.Contains(anchor)))
        {
            reason = $"prevented: '{d.TextOf(clause.Head)}'";
            return EventStatus.Negated;
        }
        // "Russia is preparing an offensive on Idlib", "an attack is being planned": an act that is what is planned is still to come.
        if (clause.Head != anchor && words.PlanningVerbs.Contains(d.LemmaOf(clause.Head))
            && (clause.Passive ? clause.Subject.Contains(anchor) : clause.Object.Contains(anchor)))
        {
            reason = $"planned: '{d.TextOf(clause.Head)}'";
            return EventStatus.Future;
        }
        for (var c = clause; c is not null; c = c.Governor)
        {
            if (c.Subordinator is { } subordinator && words.ConditionalSubordinators.Contains(subordinator)) { reason = $"inside a '{c.Subordinator}' clause"; return EventStatus.Hypothetical; }
            if (c != clause && c.Governor is null && !c.NonFinite) break;
        }

        var status = EventStatus.Asserted;
        reason = "asserted";
        // "The official denied that Trump had expressed concern": what is denied is reported as not having happened (not what
        // "did not deny" leaves standing).
        if (clause is { Subordinator: "that" or null, Governor: { Negated: false } denier } && !clause.NonFinite && words.DenialVerbs.Contains(d.LemmaOf(denier.Head))
            && denier.Head < clause.First)
        {
            reason = $"denied by '{d.TextOf(denier.Head)}'";
            return EventStatus.Negated;
        }
        for (var c = clause; c is not null; c = c.NonFinite ? c.Governor : null)
        {
            var governor = c.Governor;
            if (c.Modal is { } future && words.FutureModals.Contains(future)) { reason = $"modal '{c.Modal}'"; return EventStatus.Future; }
            if (c.Modal is "would" && governor is not null && words.SpeechVerbs.Contains(d.LemmaOf(governor.Head))) { reason = "'would' in reported speech"; return EventStatus.Future; }
            if (c.Modal is { } possible && words.HypotheticalModals.Contains(possible)) { reason = $"modal '{c.Modal}'"; return EventStatus.Hypothetical; }
            if (c.Infinitive)
            {
                for (var t = c.First - 1; t >= sentenceStart && t >= c.First - 3; t--)
                    if (words.FutureMarkers.Contains(d.LowerOf(t))) { reason = $"'{d.LowerOf(t)} to'"; return EventStatus.Future; }
                // "Japan is to freeze and confiscate assets", "The Home Office is to suspend cooperation": the present of "be"
                // before an infinitive tells what is arranged to happen ("Britain is to blame" says who is responsible).
                if (c.First - 1 >= sentenceStart && d.LemmaOf(c.First - 1) == "be" && d.TagOf(c.First - 1) is PosTag.VBZ or PosTag.VBP
                    && d.LemmaOf(c.Head) != "blame")
                {
                    reason = $"'{d.LowerOf(c.First - 1)} to'";
                    return EventStatus.Future;
                }
            }
            if (!c.NonFinite || governor is null) break;
            var lemma = d.LemmaOf(governor.Head);
            if (words.FailVerbs.Contains(lemma)) { reason = $"governed by '{lemma}'"; return EventStatus.Negated; }
            // ("stopped a suicide bomber from setting off a bomb")
            // ("will not prevent Poland from sending tanks": not prevented, it may go ahead.)
            if (words.KeepFromVerbs.Contains(lemma) && !governor.Negated && c.First - 1 >= sentenceStart && d.LowerOf(c.First - 1) == "from")
            {
                reason = $"prevented: governed by '{lemma} from'";
                return EventStatus.Negated;
            }
            if (words.ConsiderVerbs.Contains(lemma)) { reason = $"governed by '{lemma}'"; return EventStatus.Hypothetical; }
            if (governor.Negated && words.IntentVerbs.Contains(lemma)) { reason = $"governed by negated '{lemma}'"; return EventStatus.Negated; }
            if (words.FutureVerbs.Contains(lemma) && c.Infinitive) { reason = $"governed by '{lemma} to'"; status = EventStatus.Future; break; }
            if (OngoingAttempt(words, d, c))
            {
                reason = $"governed by '{d.TextOf(governor.Head)} to'";
                status = EventStatus.Future;
                break;
            }
        }
        return status;
    }

    /// <summary>"is trying to arrange trips": the clause is what an attempt still going on aims at; "attempts to kill", "tried to block" are the act.</summary>
    public static bool OngoingAttempt(WordLists words, Document d, Clause clause) =>
        clause is { Infinitive: true, Governor: { NonFinite: false } attempt } && words.AttemptVerbs.Contains(d.LemmaOf(attempt.Head))
        && d.TagOf(attempt.Head) == PosTag.VBG;
}
