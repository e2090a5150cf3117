using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// An infinitive that names an aim is not an event: "Finland's application to join Nato", "sent troops
/// to fight", "shut down the internet on Saturday to stifle protests" (the purpose of an act already
/// coded), "to help Italy fight the coronavirus" (fighting as the aim of help). Verbs that take an
/// infinitive as their content ("agreed to withdraw") are composed instead, and what is decided or
/// done ("is set to suspend", "the decision to leave") stays, and so does an attack attempted ("an attempt to
/// kill the president": PLOVER counts attempted assassinations as assaults).
/// </summary>
public sealed class Purposes : ICodingPass
{
    public string Name => "purposes";

    public void Apply(SentenceCoding s)
    {
        // "Protesters gather in Kharkiv to protest Russian aggression", "marched in London to protest the U.S. plan to invade
        // Iraq": the gathering is the protest, and its aim (a protest or a denunciation) says whom it is against.
        foreach (var aim in s.Events)
            if (aim.Category is PloverCategory.Protest or PloverCategory.Accuse && AimOfAct(s, aim) is not null
                && s.Events.FirstOrDefault(o => o != aim && o.Clause == aim.Clause!.Governor && o.Category == PloverCategory.Protest && o.Absorbed is null) is { } protest)
                protest.Absorbed = aim;
        s.DropWhere(e => s.Syntax.MeetingOccasion(e) is not null ? null : AimOfAct(s, e) ?? AimOfNoun(s, e));
        s.DropWhere(e => AimOfHelp(s, e));
    }

    static bool IsSpeechAct(CodedEvent e) => e.Category is PloverCategory.Request or PloverCategory.Reject or PloverCategory.Threaten;

    static string? AimOfAct(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        return e.Clause is { Infinitive: true, Governor: { } purposeOf } pc && pc.First > purposeOf.End && d.TagOf(pc.First) == PosTag.TO
               && !ClauseAnalyzer.TakesInfinitive(s.Syntax.Words, d.LemmaOf(purposeOf.Head)) && !IsSpeechAct(e)
               && s.Events.Any(o => o != e && o.Clause == purposeOf)
            ? $"dropped: 'to {d.LowerOf(pc.Head)}' is the aim of '{d.LowerOf(purposeOf.Head)}'" : null;
    }

    static string? AimOfNoun(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        if (e.Clause is not { Infinitive: true } inf) return null;
        // ("stopped drinking water on Sunday to escalate": a date is skipped over.)
        var before = s.Syntax.BeforeInfinitive(inf);
        var words = s.Syntax.Words;
        // "is set to suspend", "signed an order to withdraw", "the decision to leave", "the first country to leave":
        // the infinitive is what is decided or done, not an aim.
        // ("leading the Argentinian government to express concerns", "urged Israel to halt": the noun is the object of a verb
        // whose infinitive is what it has its object do.)
        // ("use tear gas to disperse protesters": the means is used to do it.)
        if (inf.Governor is { } governor && (words.ObjectControlVerbs.Contains(d.LemmaOf(governor.Head)) || words.InstrumentVerbs.Contains(d.LemmaOf(governor.Head)))
            && governor.Object.Contains(before))
            return null;
        return before > first && d.TagOf(inf.First) == PosTag.TO && d.TagOf(before).IsNoun() && !IsSpeechAct(e)
               && !words.DecisionNouns.Contains(d.LemmaOf(before))
               && !(e.Category == PloverCategory.Assault && words.AttemptNouns.Contains(d.LemmaOf(before)))
               && !AfterOrdinal(s, before)
            ? $"dropped: 'to {d.LowerOf(inf.Head)}' is the aim of '{d.LowerOf(before)}'" : null;
    }

    /// <summary>
    /// "the first country to leave", "becomes the first modern country to outlaw Islam", "the 25th European country to join",
    /// "the third American president to be impeached": a noun after an ordinal, with the words that describe it between them.
    /// </summary>
    static bool AfterOrdinal(SentenceCoding s, int noun)
    {
        var d = s.Document;
        for (var t = noun - 1; t >= s.Sentence.FirstToken && t >= noun - 5; t--)
        {
            var word = d.LowerOf(t);
            if (s.Syntax.Words.OrdinalModifiers.Contains(word) || d.TagOf(t) is PosTag.JJ or PosTag.CD && IsNumberedOrdinal(word)) return true;
            if (d.TagOf(t) is not (PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.VBG or PosTag.Hyphen)) return false;
        }
        return false;
    }

    /// <summary>"25th", "3rd", "21st", "2nd".</summary>
    static bool IsNumberedOrdinal(string word) =>
        word.Length > 2 && word.AsSpan(word.Length - 2) is "st" or "nd" or "rd" or "th" && !word.AsSpan(0, word.Length - 2).ContainsAnyExceptInRange('0', '9');

    static string? AimOfHelp(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Category != PloverCategory.Assault || e.Clause is not { NonFinite: true } aim) return null;
        for (var t = aim.First - 1; t >= s.Sentence.FirstToken && t >= aim.First - 4; t--)
            if (s.Syntax.Words.HelpVerbs.Contains(d.LemmaOf(t))) return $"dropped: fighting is the aim of '{d.TextOf(t)}'";
        return null;
    }
}
