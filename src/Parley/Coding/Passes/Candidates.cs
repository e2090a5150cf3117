using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Every trigger match becomes a candidate event, placed in the clause that holds its anchor, with
/// the category, mode and CAMEO code of its pattern. A predicate noun ("it was a tense meeting")
/// describes an event already reported and is no new one; a pattern of refusal ("will not allow") needs its clause negated,
/// a verb of saying coded as criticism ("said the US envoy had 'made a serious mistake'") words of criticism in
/// what is said, and an intransitive sense ("demonstrated in the capital") a clause with no object.
/// </summary>
public sealed class Candidates : ICodingPass
{
    public string Name => "candidates";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        foreach (var match in s.Matches)
        {
            var clause = ClauseOf(d, s.Clauses, match, s.Syntax.Words);
            if (match.Trigger.Class == AnchorClass.Noun && clause is not null && d.LemmaOf(clause.Head) == "be" && clause.Object.Contains(match.Anchor))
                continue;
            // "will not allow": a refusal only when negated ("allowed aid in" is no refusal).
            if (match.Trigger.OnlyNegated && clause is not { Negated: true }) continue;
            // "protesters demonstrated in the capital": an intransitive sense, not "the samples demonstrate the presence of sarin in".
            if (match.Trigger.OnlyIntransitive && clause is { } acting && (acting.Passive || !acting.Object.IsEmpty)) continue;
            var criticism = match.Trigger.OnlyCritical ? CriticismIn(s, clause) : 0;
            if (match.Trigger.OnlyCritical && criticism == 0) continue;
            var e = new CodedEvent
            {
                Match = match, Clause = clause, Category = match.Trigger.Category, Mode = match.Trigger.Mode, Cameo = match.Trigger.Cameo,
                First = match.First, Last = match.Last, CriticismWords = criticism,
            };
            e.Reasons.Add($"trigger {match.Trigger}");
            s.Events.Add(e);
            s.Candidates.Add(e);
        }
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

    /// <summary>The clause of a trigger: the one that holds its anchor; for an adjective, the copula just before it;
    /// for a noun, the clause whose object or prepositional phrase holds it, else whose subject does.</summary>
    static Clause? ClauseOf(Document d, IReadOnlyList<Clause> clauses, TriggerMatch match, WordLists words)
    {
        var a = match.Anchor;
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
