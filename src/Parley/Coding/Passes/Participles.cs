using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Participles that describe rather than report: a participle phrase commenting on the main event
/// (", ending two decades of hostility", ", killing 14 people" after an attack), a past participle
/// describing a noun with no agent ("activists detained since May"), a present participle describing
/// the noun before it ("Kurdish forces fighting Isis"), and participles used as adjectives ("the
/// detained leader", "those detained in the protests"). A meeting named as the main event's occasion
/// is kept, and so is a protest described by its participle ("tear gas at people demonstrating against
/// the regime"): a protest under way is news, which the real-text labels code.
/// </summary>
public sealed class Participles : ICodingPass
{
    public string Name => "participles";

    public void Apply(SentenceCoding s) => s.DropWhere(e => s.Syntax.MeetingOccasion(e) is not null ? null
        : Commenting(s, e) ?? DescribingWithoutAgent(s, e) ?? DescribingNounBefore(s, e) ?? Attributive(s, e));

    static string? Commenting(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var events = s.Events;
        if (e.Clause is not { NonFinite: true } c || d.TagOf(c.Head) != PosTag.VBG || c.First <= s.Sentence.FirstToken) return null;
        // ", killing 14 people" after an attack (", accusing them of ..." after an investigation is an accusation of its own);
        // ", setting the building ablaze" after an attack.
        var commenting = s.Syntax.Words.CommentingVerbs.Contains(d.LemmaOf(c.Head))
                         || events.Any(o => o != e && o.Category == e.Category && o.Match.Anchor < e.Match.Anchor && (e.Category != PloverCategory.Accuse || o.Mode == e.Mode))
                         || e.Category == PloverCategory.Protest && events.Any(o => o.Category == PloverCategory.Assault && o.Match.Anchor < e.Match.Anchor);
        return commenting && d.TagOf(c.First - 1) == PosTag.Comma && events.Any(o => o != e && o.Match.Anchor < e.Match.Anchor)
            ? "dropped: a participle phrase commenting on the main event" : null;
    }

    static string? DescribingWithoutAgent(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        return e.Clause is { NonFinite: true, Passive: true } rel && d.TagOf(rel.Head) == PosTag.VBN && rel.First == rel.Head
               && rel.First > s.Sentence.FirstToken && d.TagOf(rel.First - 1).IsNoun() && rel.AgentPhrase is null
               && s.Events.Any(o => o != e && o.Clause is { NonFinite: false })
            ? "dropped: a participle describing a noun, without an agent" : null;
    }

    static string? DescribingNounBefore(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        return e.Category != PloverCategory.Protest && e.Clause is { NonFinite: true } described && described.First == described.Head && e.Match.Anchor == described.Head
               && d.TagOf(described.Head) == PosTag.VBG && described.First > s.Sentence.FirstToken
               && d.TagOf(described.First - 1) is PosTag.NNS or PosTag.NNPS or PosTag.NNP or PosTag.NN
               && !s.Syntax.AbsoluteWith(described)
               && !AuthoredText(s, described)
            ? "dropped: a participle describing the noun before it" : null;
    }

    /// <summary>
    /// "issued a statement urging Israel to", "have now written a letter to May demanding action", "sign a letter written by
    /// Manal al Sharif to Saudi King Abdullah urging him", "the report by former FBI head Louis Freeh accusing the university":
    /// a participle after a text (data/words/statement-nouns.txt) and the phrases that say whose and to whom is what the
    /// text does, its author's act.
    /// </summary>
    static bool AuthoredText(SentenceCoding s, Clause described)
    {
        var d = s.Document;
        for (var t = described.First - 1; t >= s.Sentence.FirstToken && t >= described.First - 12; t--)
        {
            var tag = d.TagOf(t);
            if (tag.IsNoun() && s.Syntax.Words.StatementNouns.Contains(d.LemmaOf(t))) return true;
            if (tag.IsFiniteVerb() || tag is PosTag.VBG or PosTag.MD or PosTag.Comma or PosTag.Punct or PosTag.Colon or PosTag.WDT or PosTag.WP) return false;
        }
        return false;
    }

    static string? Attributive(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Match.Trigger.Class != AnchorClass.Verb || d.TagOf(e.Match.Anchor) is not (PosTag.VBN or PosTag.JJ) || e.Match.Tokens.Length != 0) return null;
        var a = e.Match.Anchor;
        var first = s.Sentence.FirstToken;
        var attributive = a + 1 < s.Sentence.EndToken && d.TagOf(a + 1) is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS
                          && (a == first || d.TagOf(a - 1) is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.JJ or PosTag.CC or PosTag.IN);
        var afterThose = a > first && s.Syntax.Words.CollectiveHeads.Contains(d.LowerOf(a - 1));
        return attributive || afterThose ? $"dropped: '{d.TextOf(a)}' describes {(afterThose ? "the people before it" : "the noun after it")}" : null;
    }
}
