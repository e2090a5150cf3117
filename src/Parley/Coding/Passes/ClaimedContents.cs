using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "Trump's claims that Isis had been defeated", "over accusations that they collaborated with the Syrian government": a
/// "that" clause right after a noun of claiming or suspecting (data/words/proposition-nouns.txt) is what someone holds to
/// be so, not an act the text reports; so are the clauses joined to it or governed by it ("claims that five US soldiers
/// raped an Iraqi woman and then murdered her"). The verb "claims that" is left alone: news reports what a party says
/// happened as the party's account.
/// </summary>
public sealed class ClaimedContents : ICodingPass
{
    public string Name => "claimed-contents";

    public void Apply(SentenceCoding s)
    {
        foreach (var (content, noun) in s.Clauses.Select(c => (c, Noun: PropositionBefore(s, c))).Where(x => x.Noun >= 0).ToList())
            s.DropWhere(e => e.Clause is { } c && (c == content || c.Governor == content || c.First > content.Head && !c.Subject.IsEmpty && c.Subject == content.Subject)
                ? $"dropped: what the '{s.Document.TextOf(noun)}' holds, not an act reported" : null);
    }

    /// <summary>The noun of claiming or suspecting a "that" clause follows, or -1.</summary>
    static int PropositionBefore(SentenceCoding s, Clause content)
    {
        var d = s.Document;
        if (content.Subordinator != "that") return -1;
        var that = content.Start - 1;
        var noun = that - 1;
        if (noun - 1 < s.Sentence.FirstToken || d.LowerOf(that) != "that" || !d.TagOf(noun).IsNoun()) return -1;
        // The noun takes a determiner, a possessive, an adjective, a preposition or a verb before it ("Trump's claims", "over
        // allegations", "investigate claims"); after a subject, a comma or "but" ("Human Rights Watch claims that", "an
        // Iranian diplomat claims that", "Chad denies the allegations but claims that") it is the verb, however tagged.
        var before = d.TagOf(noun - 1);
        if (!(before is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.IN or PosTag.TO or PosTag.CD || before.IsAdjective() || before.IsVerb())) return -1;
        var words = s.Syntax.Words;
        return words.PropositionNouns.Contains(d.LemmaOf(noun)) || words.PropositionNouns.Contains(d.LowerOf(noun)) ? noun : -1;
    }
}
