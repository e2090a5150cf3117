using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Iranian truck owners and drivers start striking in seven provinces", "Thousands of teachers strike in Chicago": workers
/// who strike, with nothing struck, stop work in protest (PROTEST `strike`); the verb is not an attack.
/// </summary>
public sealed class LabourStrikes : ICodingPass
{
    public string Name => "labour-strikes";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Assault && e.Match.Trigger.Anchor == "strike" && e.Match.Tokens.Length == 0 && ByWorkers(s, e))
            {
                e.Recode(PloverCategory.Protest, PloverMode.Strike, new("143"), "PROTEST strike: workers striking, with nothing struck");
                e.Recipient.Clear();
            }
    }

    /// <summary>Whether the verb has no object and its subject's head is a word of data/words/worker-nouns.txt.</summary>
    static bool ByWorkers(SentenceCoding s, CodedEvent e)
    {
        if (e.Clause is not { Passive: false, Object.IsEmpty: true, Subject.IsEmpty: false } c) return false;
        var d = s.Document;
        // ("truck owners and drivers": any head of a subject joined by "and".)
        for (var t = c.Subject.First; t < c.Subject.End; t++)
            if (d.TagOf(t) is PosTag.NN or PosTag.NNS && s.Syntax.Words.WorkerNouns.Contains(d.LemmaOf(t))
                && (t + 1 == c.Subject.End || d.TagOf(t + 1) is not (PosTag.NN or PosTag.NNS)))
                return true;
        return false;
    }
}
