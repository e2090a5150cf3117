using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "six days after a huge explosion that killed 160 people", "after 11 days of fighting in which 250 were
/// killed": a relative clause on a background phrase (after "after", "since", "amid" ...) is background too.
/// </summary>
public sealed class BackgroundClauses : ICodingPass
{
    public string Name => "background-clauses";

    public void Apply(SentenceCoding s) => s.DropWhere(e => OnBackgroundPhrase(s, e));

    static string? OnBackgroundPhrase(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        if (e.Clause is not { Subordinator: "that" or "which" or "who" } rel) return null;
        // "that" only as a relative pronoun, not "said after talks that Iran had agreed".
        if (rel.Subordinator == "that" && !Enumerable.Range(Math.Max(first, rel.First - 3), Math.Min(3, rel.First - first))
                .Any(t => d.LowerOf(t) == "that" && d.TagOf(t) == PosTag.WDT)) return null;
        for (var t = rel.First - 1; t >= first && t >= rel.First - 14; t--)
        {
            if (d.TagOf(t).IsFiniteVerb() || d.TagOf(t) is PosTag.Punct or PosTag.Colon) return null;
            if (s.Syntax.Words.BackgroundConjunctions.Contains(d.LowerOf(t)) && d.TagOf(t) == PosTag.IN)
                return $"dropped: a relative clause on the background phrase after '{d.TextOf(t)}'";
        }
        return null;
    }
}
