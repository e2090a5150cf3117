using Parley.Model;

namespace Parley.Knowledge;

/// <summary>
/// After recognition: words inside a recognised name are proper nouns ("South" in "South Korea" is no
/// adverb), and date words are no verbs ("last month", "next week"), so that clause analysis does not
/// read them as verb groups.
/// </summary>
public sealed class MentionRetagger
{
    public void Retag(Document document, Sentence sentence)
    {
        foreach (var m in document.MentionsOf(sentence))
        {
            if (m is DateMention)
            {
                for (var t = m.First; t < m.End; t++)
                    if (document.TagOf(t).IsVerb() || document.TagOf(t) == PosTag.MD)
                    {
                        document.SetTag(t, PosTag.JJ);
                        document.SetLemma(t, document.LowerOf(t));
                    }
                continue;
            }
            for (var t = m.First; t < m.End; t++)
            {
                var tag = document.TagOf(t);
                if (tag.IsNoun() || tag.IsAdjective() || tag is PosTag.DT or PosTag.POS or PosTag.IN or PosTag.CC or PosTag.CD or PosTag.PRPS) continue;
                if (!char.IsUpper(document.TextOf(t)[0])) continue;
                document.SetTag(t, PosTag.NNP);
                document.SetLemma(t, document.LowerOf(t));
            }
        }
    }
}
