using Parley.Model;

namespace Parley.Knowledge;

/// <summary>
/// After recognition: words inside a recognised name are proper nouns ("South" in "South Korea" is no
/// adverb), date words are no verbs ("last month", "next week"), and neither is a lower-case word inside an actor's name
/// ("US service members"), so that clause analysis does not read them as verb groups.
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
            // "US service members", "the armed forces": a lower-case verb inside an actor's name, before its last word, modifies
            // that word ("US service members were killed" read 'service' as a verb with 'members' for its object).
            if (m is ActorMention)
                for (var t = m.First; t < m.End - 1; t++)
                    if (document.TagOf(t).IsVerb() && char.IsLower(document.TextOf(t)[0]))
                    {
                        document.SetTag(t, document.TagOf(t) is PosTag.VBN or PosTag.VBD or PosTag.VBG ? PosTag.JJ : PosTag.NN);
                        document.SetLemma(t, document.LowerOf(t));
                    }
            // "Egyptian border guards fatally shoot an Eritrean woman": the plural head of a group's name, read as a verb, is a
            // noun when a verb follows it.
            if (m is ActorMention { Entity.Kind: EntityKind.Group } && m.End - m.First >= 2 && document.TagOf(m.End - 1) == PosTag.VBZ
                && char.IsLower(document.TextOf(m.End - 1)[0]) && VerbFollows(document, sentence, m.End))
                document.SetTag(m.End - 1, PosTag.NNS);
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

    /// <summary>Whether a verb or modal comes next, after any adverbs.</summary>
    static bool VerbFollows(Document document, Sentence sentence, int t)
    {
        t = document.PastAdverbs(t, sentence.EndToken);
        return t < sentence.EndToken && (document.TagOf(t).IsVerb() || document.TagOf(t) == PosTag.MD);
    }
}
