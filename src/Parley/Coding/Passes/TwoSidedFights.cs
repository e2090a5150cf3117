using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Fighting between sides has no victim: "clashes between protesters and police", "49 soldiers were killed during
/// clashes with Azerbaijan", "fighting between the army and rebels in Abidjan". PLOVER codes two-sided violence with
/// every participant in the actor field and the recipient empty (manual, ASSAULT: "Requires recipient: No"), so the
/// parties the earlier passes put in the recipient (the other side, the dead of the fighting, the state it happens in)
/// join the actor, with the side named after "with". The fighting (a word of data/words/two-sided-fighting.txt, or a
/// noun followed by "between") is the event's trigger, a word of its pattern, the cause its casualty was coded with, or
/// its subject. A fight "against" someone is one-sided and keeps its target ("led the battle against Isis").
/// </summary>
public sealed class TwoSidedFights : ICodingPass
{
    public const string PassName = "two-sided-fights";
    public string Name => PassName;

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            if (e.Category != PloverCategory.Assault || Fighting(s, e) is not { } fighting || AimedAgainst(s, fighting)) continue;
            if (CasualtiesOfOneSide(s, e, fighting)) continue;
            var other = OtherSide(s, e, fighting);
            if (e.Recipient.Count == 0 && other.Count == 0) continue;
            EntityFinder.Add(e.Actor, e.Recipient);
            EntityFinder.Add(e.Actor, other);
            e.Recipient.Clear();
            e.Reasons.Add($"'{s.Document.TextOf(fighting, fighting)}' is fighting between sides: every party is an actor");
        }
    }

    /// <summary>
    /// The token of the two-sided fighting the event reports: its own trigger ("clashed"), a word of its pattern ("died in
    /// clashes"), the cause it was coded with ("killed during clashes"), or its subject ("clashes between police and fans kill 22").
    /// </summary>
    static int? Fighting(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (IsFighting(s, e.Match.Anchor)) return e.Match.Anchor;
        foreach (var t in e.Match.Tokens) if (IsFighting(s, t)) return t;
        if (e.Cause is { } cause && IsFighting(s, cause.Match.Anchor)) return cause.Match.Anchor;
        if (e.Clause is { Subject: { IsEmpty: false } subject } && !e.IsNominal(d) && s.Syntax.HeadNoun(subject) is { } head && IsFighting(s, head))
            return head;
        return null;
    }

    /// <summary>
    /// "7 American soldiers are killed in fighting in Afghanistan", "at least 17 PKK insurgents were also killed in the fighting":
    /// casualties of one side, killed, wounded or dead in "fighting" that names no sides (nothing "between" or "with" after it),
    /// are the target of the violence. Casualties of both sides ("seven soldiers and fourteen militants have been killed in
    /// fighting") are the fighting's sides, and so are casualties of clashes, a shootout or a battle, which always have two.
    /// </summary>
    static bool CasualtiesOfOneSide(SentenceCoding s, CodedEvent e, int fighting)
    {
        var d = s.Document;
        if (fighting == e.Match.Anchor || e.Recipient.Count != 1 || e.Actor.Count != 0 || d.LowerOf(fighting) != "fighting") return false;
        if (e.Clause is not { Subject.IsEmpty: false } c || !c.Passive && d.LemmaOf(e.Match.Anchor) != "die") return false;
        for (var t = fighting + 1; t < s.Sentence.EndToken && d.TagOf(t) is not (PosTag.Comma or PosTag.Colon) && !d.TagOf(t).IsFiniteVerb(); t++)
            if (d.LowerOf(t) is "between" or "with" or "among") return false;
        for (var t = c.Subject.First; t < c.Subject.End; t++)
            if (d.TagOf(t) == PosTag.CC) return false;
        return true;
    }

    /// <summary>A word of two-sided fighting ("clashes", "a shootout"), or violence "between" sides ("violence between Islamic terrorists and the military").</summary>
    static bool IsFighting(SentenceCoding s, int t)
    {
        var d = s.Document;
        return s.Syntax.Words.TwoSidedFighting.Contains(d.LemmaOf(t))
               || d.TagOf(t).IsNoun() && t + 1 < s.Sentence.EndToken && d.LowerOf(t + 1) == "between";
    }

    /// <summary>
    /// "the battle against Isis", "fought a decades-long insurgency against Turkey", "fought with the US against Isis": the
    /// fight has a target (and "with" names an ally).
    /// </summary>
    static bool AimedAgainst(SentenceCoding s, int fighting)
    {
        var d = s.Document;
        for (var t = fighting + 1; t < s.Sentence.EndToken && t <= fighting + 8; t++)
        {
            if (d.LowerOf(t) == "against") return true;
            if (d.TagOf(t) is PosTag.Comma or PosTag.Colon || d.TagOf(t).IsFiniteVerb()) return false;
        }
        return false;
    }

    /// <summary>"clashes with Israeli troops", "a clash with the Taliban": the side named after "with" fights too.</summary>
    internal static List<EventEntity> OtherSide(SentenceCoding s, CodedEvent e, int fighting)
    {
        var d = s.Document;
        if (fighting + 2 >= s.Sentence.EndToken || d.LowerOf(fighting + 1) != "with") return [];
        var side = ClauseAnalyzer.ReadNounPhrase(s.Syntax.Words, d, fighting + 2, s.Sentence.EndToken);
        return new EntityFinder(s).In(side, e).Where(p => p.Entity.Code is not null).ToList();
    }
}
