using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// A prison sentence is both a conviction and a detention (PLOVER manual, SANCTION: convictions that
/// result in imprisonment are also COERCE arrest): a detention anchored on "sentence", "jail" or
/// "imprison" gains a SANCTION convict twin, and a conviction anchored on "sentence" whose "to" phrase
/// names a prison term the pattern did not reach ("sentences a former army officer, Tran Anh Kim, to five
/// years in prison") gains a COERCE arrest twin. A death sentence, or one whose penalty is not stated, is
/// the conviction alone.
/// </summary>
public sealed class PrisonSentences : ICodingPass
{
    public string Name => "prison-sentences";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.ToList())
        {
            if (e.Category == PloverCategory.Coerce && e.Mode == PloverMode.Arrest && s.Syntax.Words.ImprisonVerbs.Contains(s.Document.LemmaOf(e.Match.Anchor)))
                s.Events.Add(Twin(e, PloverCategory.Sanction, PloverMode.Convict, new("116"), "a prison sentence is also a conviction"));
            else if (e.Category == PloverCategory.Sanction && e.Mode == PloverMode.Convict && s.Document.LemmaOf(e.Match.Anchor) == "sentence"
                     && PrisonTerm(s, e) is { } term && !s.Events.Any(o => o.Category == PloverCategory.Coerce && o.Match.Anchor == e.Match.Anchor))
                s.Events.Add(Twin(e, PloverCategory.Coerce, PloverMode.Arrest, new("173"), $"a sentence to '{term}' is also a detention"));
        }
    }

    /// <summary>The other half of a prison sentence, on the same words.</summary>
    static CodedEvent Twin(CodedEvent e, PloverCategory category, PloverMode mode, CameoCode cameo, string reason) => new()
    {
        Match = e.Match, Clause = e.Clause, Category = category, Mode = mode, Cameo = cameo, First = e.First, Last = e.Last, Reasons = { reason },
    };

    /// <summary>The prison term in the sentence's "to" phrase: "to five years in prison", "to life imprisonment".</summary>
    static string? PrisonTerm(SentenceCoding s, CodedEvent e)
    {
        if (e.Clause is not { } clause) return null;
        foreach (var p in clause.Preps.Where(p => p.Preposition == "to"))
            for (var t = p.Object.First; t < p.Object.End; t++)
                if (s.Syntax.Words.PrisonTerms.Contains(s.Document.LowerOf(t))) return s.Document.LowerOf(t);
        return null;
    }
}
