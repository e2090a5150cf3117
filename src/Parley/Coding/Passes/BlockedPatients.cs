using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "A video released by the Syrian American Medical Society", "No further details have yet been released", "Newly released
/// cables": what a verb is done to, named before it as a passive's subject or as the noun its participle describes, blocks
/// the event as a blocking pattern's object does after it ("release a video", data/triggers/none.tsv). A video released is
/// no one freed.
/// </summary>
public sealed class BlockedPatients(TriggerLexicon triggers) : ICodingPass
{
    public string Name => "blocked-patients";

    public void Apply(SentenceCoding s) => s.DropWhere(e => Patient(s, e) is { } patient && Blocking(s, e, patient) is { } pattern
        ? $"dropped: '{s.Document.TextOf(patient)}' is what is {s.Document.LowerOf(e.Match.Anchor)}, which {pattern.Source} says is no event" : null);

    /// <summary>The blocking pattern of the verb whose one following word is the patient's, or null.</summary>
    Trigger? Blocking(SentenceCoding s, CodedEvent e, int patient)
    {
        var d = s.Document;
        foreach (var t in triggers.For(e.Match.Trigger.Anchor, AnchorClass.Verb))
            if (t.Blocks && t.Following.Count == 1 && (t.Following[0].Contains(d.LowerOf(patient)) || t.Following[0].Contains(d.LemmaOf(patient))))
                return t;
        return null;
    }

    /// <summary>
    /// The head noun of what a verb with no object after it undergoes: a passive's subject ("details have been released"), the
    /// noun a participle follows ("a video released by", "The images, released on Monday") or comes before ("newly released
    /// cables").
    /// </summary>
    static int? Patient(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var a = e.Match.Anchor;
        // ("The images, released on Monday by AFP": a participle the tagger read as a past tense has no subject.)
        if (e.Match.Trigger.Class != AnchorClass.Verb || e.Match.Tokens.Length > 0
            || d.TagOf(a) != PosTag.VBN && !(d.TagOf(a) == PosTag.VBD && e.Clause is { Subject.IsEmpty: true }))
            return null;
        if (e.Clause is { Passive: true } c && !c.Subject.IsEmpty) return s.Syntax.HeadNoun(c.Subject);
        var before = a - 1;
        while (before >= s.Sentence.FirstToken && (d.TagOf(before).IsAdverb() || d.TagOf(before) == PosTag.Comma)) before--;
        if (before >= s.Sentence.FirstToken && d.TagOf(before).IsNoun() && !d.TagOf(before).IsProperNoun()) return before;
        // ("newly released cables": the participle before its noun.)
        if (a + 1 < s.Sentence.EndToken && d.TagOf(a + 1) is PosTag.NN or PosTag.NNS
            && (before < s.Sentence.FirstToken || d.TagOf(before) is PosTag.DT or PosTag.JJ || d.TagOf(a - 1).IsAdverb()))
            return a + 1;
        return null;
    }
}
