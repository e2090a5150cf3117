using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "despite his decision last week to launch missile strikes", "the US decision to pull out still resonates in the
/// region", "opposition to Donald Trump's decision to withdraw troops": an act named as the content of a decision noun
/// that no verb takes as its object is a decision taken before, the topic of the sentence; the sentence reports no act.
/// "made the decision to withdraw" and "announced its decision to leave" report the deciding (the noun is the object),
/// and Promises codes them.
/// </summary>
public sealed class NamedDecisions : ICodingPass
{
    public string Name => "named-decisions";

    public void Apply(SentenceCoding s) => s.DropWhere(e => DecisionNamed(s, e) is { } noun
        ? $"dropped: '{s.Document.TextOf(noun)} to {s.Document.LowerOf(e.Match.Anchor)}' names a decision as a topic; it reports no act" : null);

    /// <summary>The decision noun whose content the event's infinitive is, when no clause takes that noun as its object.</summary>
    static int? DecisionNamed(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        if (e.Clause is not { Infinitive: true } inf || d.TagOf(inf.First) != PosTag.TO || inf.Head != e.Match.Anchor) return null;
        // ("his decision last week to launch": a date between the noun and its infinitive is skipped over.)
        var before = s.Syntax.BeforeInfinitive(inf);
        // ("The UN Security Council votes to impose": a plural is more often a verb the tagger missed.)
        if (before <= first || d.TagOf(before) != PosTag.NN || !s.Syntax.Words.DecisionNouns.Contains(d.LemmaOf(before))) return null;
        if (d.LowerOf(before - 1) == "in" && d.LowerOf(before) == "order") return null; // "in order to free": an aim, the purposes' concern
        if (char.IsUpper(d.TextOf(before)[0])) return null; // "votes on Resolution 1483 to lift": a named document, voted on
        return s.Clauses.Any(c => c.Object.Contains(before)) ? null : before;
    }
}
