namespace Parley.Coding.Passes;

/// <summary>
/// "launched what it called anti-terrorist operations", "in what Putin called retaliation for": a verb
/// that names something ("call", "describe", "dub") is naming, not asking or accusing.
/// </summary>
public sealed class NamingWords : ICodingPass
{
    public string Name => "naming-words";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        s.DropWhere(e => e.Clause is { Subject.IsEmpty: false } named && named.Head == e.Match.Anchor && named.Subject.First > s.Sentence.FirstToken
                         && d.LowerOf(named.Subject.First - 1) == "what" && s.Syntax.Words.NamingVerbs.Contains(d.LemmaOf(named.Head))
            ? $"dropped: 'what ... {d.LowerOf(e.Match.Anchor)}' names a thing, it is not an act" : null);
    }
}
