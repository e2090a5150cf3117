using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Every trigger match becomes a candidate event, placed in the clause that holds its anchor, with
/// the category, mode and CAMEO code of its pattern. A predicate noun ("it was a tense meeting")
/// describes an event already reported and is no new one; a pattern of refusal ("will not allow") needs its clause negated,
/// a verb of saying coded as criticism ("said the US envoy had 'made a serious mistake'") words of criticism in
/// what is said, an intransitive sense ("demonstrated in the capital") a clause with no object, and a verb of saying
/// coded as a demand ("says the country should improve its rights record") an obligation laid on another party in what is said,
/// and an order coded as an expulsion ("orders two UK diplomats to leave Iran") the one it orders out; that reading then stands
/// alone, the order being the expulsion rather than a demand too.
/// </summary>
public sealed class Candidates : ICodingPass
{
    public string Name => "candidates";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        foreach (var found in s.Matches)
        {
            // (The readings of one verb, criticism and demand said, a departure ordered, share its words and so its clause.)
            var clause = ClauseOf(d, s.Clauses, found, s.Syntax.Words);
            // An order to leave, where it holds, is the expulsion and not a demand too.
            var expulsion = false;
            foreach (var match in found.Readings)
                if (match.Trigger.OnlyDeparture) expulsion |= AddCandidate(s, match, clause);
            if (expulsion) continue;
            foreach (var match in found.Readings)
                if (!match.Trigger.OnlyDeparture) AddCandidate(s, match, clause);
        }
    }

    /// <summary>The match's candidate, unless its pattern's condition fails in the clause; whether it was added.</summary>
    static bool AddCandidate(SentenceCoding s, TriggerMatch match, Clause? clause)
    {
        var d = s.Document;
        if (match.Trigger.Class == AnchorClass.Noun && clause is not null && d.LemmaOf(clause.Head) == "be" && clause.Object.Contains(match.Anchor))
            return false;
        // "will not allow": a refusal only when negated ("allowed aid in" is no refusal).
        if (match.Trigger.OnlyNegated && clause is not { Negated: true }) return false;
        // "protesters demonstrated in the capital": an intransitive sense, not "the samples demonstrate the presence of sarin in".
        if (match.Trigger.OnlyIntransitive && clause is { } acting && (acting.Passive || !acting.Object.IsEmpty)) return false;
        var criticism = match.Trigger.OnlyCritical ? CriticismIn(s, clause) : 0;
        if (match.Trigger.OnlyCritical && criticism == 0) return false;
        var obligation = match.Trigger.OnlyObligation ? ObligationIn(s, clause) : null;
        if (match.Trigger.OnlyObligation && obligation is null) return false;
        if (match.Trigger.OnlyDeparture && !OrdersOut(s, clause)) return false;
        var e = new CodedEvent
        {
            Match = match, Clause = clause, Category = match.Trigger.Category, Mode = match.Trigger.Mode, Cameo = match.Trigger.Cameo,
            First = match.First, Last = match.Last, CriticismWords = criticism, Obligation = obligation,
        };
        e.Reasons.Add($"trigger {match.Trigger}");
        s.Events.Add(e);
        s.Candidates.Add(e);
        return true;
    }

    /// <summary>
    /// Whether an order tells the one it names to leave (data/words/departure-verbs.txt): "orders the UNHCR to leave the country",
    /// "was ordered to leave Iran"; not "ordered not to leave the country", which keeps someone in, nor an order to one's own
    /// people ("The Biden administration orders U.S. government personnel to leave Haiti", "Annan orders all UN personnel to
    /// leave Iraq"): they are withdrawn, not expelled.
    /// </summary>
    static bool OrdersOut(SentenceCoding s, Clause? order)
    {
        if (order is not { Negated: false } || (order.Passive ? order.Subject.IsEmpty : order.Object.IsEmpty)) return false;
        if (!s.Clauses.Any(k => k.Governor == order && k.Infinitive && !k.Negated && s.Syntax.Words.DepartureVerbs.Contains(s.Document.LemmaOf(k.Head))
                                && !(k.First > s.Sentence.FirstToken && s.Document.LowerOf(k.First - 1) is "not" or "never")))
            return false;
        var orderer = order.Passive ? order.AgentPhrase ?? TokenRange.None : order.Subject;
        var ordered = order.Passive ? order.Subject : order.Object;
        if (orderer.IsEmpty) return true;
        var own = s.ActorsIn(orderer).Select(m => m.Entity!.Code).OfType<string>().ToHashSet();
        return !s.ActorsIn(ordered).Any(m => m.Entity!.Code is { } code && own.Contains(code));
    }

    /// <summary>
    /// How many words of criticism (data/words/criticism-words.txt) a statement carries: the sentence's words outside the
    /// speaker's subject ("Erdoğan said the US envoy had 'made a serious mistake'", "“... reckless ...,” he said").
    /// </summary>
    static int CriticismIn(SentenceCoding s, Clause? speech)
    {
        var d = s.Document;
        var count = 0;
        for (var t = s.Sentence.FirstToken; t < s.Sentence.EndToken; t++)
        {
            if (speech is not null && speech.Subject.Contains(t)) continue;
            if (s.Syntax.Words.CriticismWords.Contains(d.LowerOf(t)) || s.Syntax.Words.CriticismWords.Contains(d.LemmaOf(t))) count++;
        }
        return count;
    }

    /// <summary>
    /// The clause a statement governs that lays an obligation on another party: "should" or "must", not in a condition, with
    /// a subject that names a party other than the speaker ("the case should drive home the need" is no demand) or, when a
    /// pronoun, stands for the person addressed ("told the United States it should close the prisons"). What is
    /// said may come first, with the speaker after a comma: "“The Americans must leave Syria,” Velayati said".
    /// </summary>
    static Clause? ObligationIn(SentenceCoding s, Clause? speech)
    {
        if (speech is null || speech.Negated) return null;
        var d = s.Document;
        var dated = !speech.Object.IsEmpty && d.MentionsOf(s.Sentence).Any(m => m is DateMention && m.First == speech.Object.First);
        var reportsBefore = speech.Governor is null && (speech.Object.IsEmpty || dated) && speech.Start > s.Sentence.FirstToken
                            && d.TagOf(speech.Start - 1) is PosTag.Comma or PosTag.Quote;
        foreach (var c in s.Clauses)
        {
            var said = c.Governor == speech || reportsBefore && c.Governor is null && c.End <= speech.Start;
            if (!said || c.Modal is not ("should" or "must") || Syntax.InCondition(c)) continue;
            if (c.Subject.IsEmpty || c.Subject.First == speech.Subject.First) continue;
            if (d.TagOf(c.Subject.First) is PosTag.PRP or PosTag.PRPS)
            {
                var addressed = !speech.Object.IsEmpty && !speech.Object.Contains(c.Subject.First);
                if (!addressed || s.Syntax.Words.FirstPersonWords.Contains(d.LowerOf(c.Subject.First))) continue;
            }
            else if (!s.ActorsIn(c.Subject).Any()) continue;
            return c;
        }
        return null;
    }

    /// <summary>The clause of a trigger: the one that holds its anchor; for an adjective, the copula just before it;
    /// for a noun, the clause whose object or prepositional phrase holds it, else whose subject does.</summary>
    static Clause? ClauseOf(Document d, IReadOnlyList<Clause> clauses, TriggerMatch match, WordLists words)
    {
        var a = match.Anchor;
        // ("Close to 8,000 protesters rally": the people named act in the clause of the verb after them.)
        if (match.AnchorIsActor && clauses.FirstOrDefault(c => c.Head == match.Tokens[0]) is { } acting) return acting;
        foreach (var c in clauses) if (a >= c.First && a < c.End) return c;
        if (match.Trigger.Class == AnchorClass.Adjective
            && clauses.LastOrDefault(c => c.End <= a && a - c.End <= 3 && words.Copulas.Contains(d.LemmaOf(c.Head))) is { } copula)
            return copula;
        foreach (var c in clauses)
            if (c.Object.Contains(a) || c.Preps.Any(p => p.Object.Contains(a))) return c;
        foreach (var c in clauses) if (c.Subject.Contains(a)) return c;
        return null;
    }
}
