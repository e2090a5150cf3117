namespace Parley.Coding.Passes;

/// <summary>
/// "She was asked which country posed the biggest threat", "asked on the Today programme whether Labour would back
/// intervention", "asks the Bank of England whether it needs more power": asking followed by a question word, with no
/// infinitive before it, puts a question; it requests nothing ("asked Russia to withdraw" does).
/// </summary>
public sealed class Questions : ICodingPass
{
    public string Name => "questions";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        s.DropWhere(e => e.Category == Model.PloverCategory.Request && e.Match.Tokens.Length == 0 && e.Clause is { } c
                         && words.QuestionVerbs.Contains(d.LemmaOf(e.Match.Anchor)) && QuestionAfter(s, e.Match.Anchor, c.Limit) is { } word
            ? $"dropped: '{d.LowerOf(e.Match.Anchor)} ... {word}' puts a question, it requests nothing" : null);
    }

    /// <summary>The question word that follows the verb of asking before any infinitive, within its clause.</summary>
    static string? QuestionAfter(SentenceCoding s, int anchor, int limit)
    {
        var d = s.Document;
        for (var t = anchor + 1; t < limit && t < s.Sentence.EndToken; t++)
        {
            if (d.TagOf(t) == Model.PosTag.TO) return null;
            // "asked the OPCW, which is investigating, to publish": after a comma the word opens a relative clause.
            if (s.Syntax.Words.QuestionWords.Contains(d.LowerOf(t)) && d.LowerOf(t - 1) != ",") return d.LowerOf(t);
        }
        return null;
    }
}
