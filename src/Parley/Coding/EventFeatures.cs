using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// What the eventness model knows of a candidate: its trigger, its clause (tense, voice, modality, what
/// governs it), its parties, its status and date, where it stands in the sentence and the document, the
/// words around it, and the objections of the rule passes. Features are names; a feature present counts 1.
/// </summary>
public static class EventFeatures
{
    public static List<string> Of(SentenceCoding s, CodedEvent e)
    {
        var features = new List<string>(48) { "bias" };
        Trigger(s, e, features);
        Clause(s, e, features);
        Parties(e, features);
        Setting(s, e, features);
        Context(s, e, features);
        foreach (var objection in e.Objections.Distinct()) features.Add($"objection={objection}");
        if (e.Objections.Count == 0) features.Add("no-objection");
        return features;
    }

    static void Trigger(SentenceCoding s, CodedEvent e, List<string> f)
    {
        var d = s.Document;
        var cat = e.Category.Name();
        var lemma = d.LemmaOf(e.Match.Anchor);
        f.Add($"cat={cat}");
        f.Add($"lemma={lemma}");
        f.Add($"lemma+cat={lemma}+{cat}");

        f.Add($"class={e.Match.Trigger.Class}+{cat}");
        f.Add($"tag={d.TagOf(e.Match.Anchor).Name()}");
        if (e.Mode is { } mode) f.Add($"mode={cat}+{mode.Name()}");
        if (e.Match.Tokens.Length > 0) f.Add("multiword");
        if (e.Match.Trigger.Class == AnchorClass.Adjective) f.Add($"adjective+{cat}");
        else if (e.IsNominal(d))
        {
            f.Add($"nominal+{cat}");
            // How the noun sits in its clause: subject, object, or after which preposition; and which verb governs it.
            var np = s.Syntax.NounPhraseAround(e.Match.Anchor);
            var before = np.First - 1;
            if (before >= s.Sentence.FirstToken && d.TagOf(before) is PosTag.IN or PosTag.TO) f.Add($"noun-after={d.LowerOf(before)}");
            if (np.First < e.Match.Anchor && d.TagOf(np.First) == PosTag.DT) f.Add($"noun-det={d.LowerOf(np.First)}");
            if (e.Clause is { } nc && nc.Head != e.Match.Anchor)
            {
                f.Add($"noun-verb={d.LemmaOf(nc.Head)}");
                f.Add(nc.Subject.Contains(e.Match.Anchor) ? "noun-subject" : nc.Object.Contains(e.Match.Anchor) ? "noun-object" : "noun-other");
            }
        }
        if (e.Match.Trigger.OnlyCritical) f.Add(e.CriticismWords > 1 ? "criticism=2+" : "criticism=1");
        if (e.Absorbed is { } inner) f.Add($"absorbs={inner.Category.Name()}");
        if (s.Syntax.MeetingOccasion(e) is { } occasion) f.Add($"occasion={occasion}");
    }

    static void Clause(SentenceCoding s, CodedEvent e, List<string> f)
    {
        var d = s.Document;
        if (e.Clause is not { } c)
        {
            f.Add("no-clause");
            return;
        }
        f.Add(c.NonFinite ? "non-finite" : "finite");
        if (c.Passive) f.Add("passive");
        if (c.Negated) f.Add("negated");
        if (c.Modal is { } modal) f.Add($"modal={modal}");
        if (c.Infinitive) f.Add("infinitive");
        if (c.Perfect) f.Add("perfect");
        f.Add(c.Past ? "past" : c.NonFinite ? "untensed" : "present");
        if (c.Subordinator is { } sub) f.Add($"sub={sub}");
        if (c.Head != e.Match.Anchor) f.Add("anchor-not-head");
        if (d.TagOf(c.Head) == PosTag.VBG) f.Add("gerund-head");
        var depth = 0;
        for (var g = c.Governor; g is not null && depth < 4; g = g.Governor)
        {
            depth++;
            if (depth == 1)
            {
                var lemma = d.LemmaOf(g.Head);
                f.Add($"governor={lemma}");
                if (s.Syntax.Words.SpeechVerbs.Contains(lemma))
                {
                    // "told Washington it is unwilling to": a position stated to someone is an act of its own.
                    f.Add("governor-speech");
                    f.Add($"governor-speech+{e.Category.Name()}");
                    f.Add($"governor-speech+{e.Match.Trigger.Class}");
                    if (!g.Object.IsEmpty) f.Add("governor-speech-addressed");
                }
                if (g.Negated) f.Add("governor-negated");
                if (g.Modal is { } gm) f.Add($"governor-modal={gm}");
            }
        }
        f.Add($"depth={depth}");
        if (depth == 0 && !c.NonFinite && c.Subordinator is null) f.Add("main-clause");
        for (var t = c.End; t < c.Limit; t++)
            if (d.TagOf(t) == PosTag.CD) { f.Add("number-in-clause"); break; }
        if (c.Subject.IsEmpty) f.Add("no-subject");
        else if (d.TagOf(c.Subject.First) is PosTag.PRP) f.Add($"subject-pronoun={d.LowerOf(c.Subject.First)}");
    }

    static void Parties(CodedEvent e, List<string> f)
    {
        // How many parties, also per category: a meeting with one party named is likelier an event than a protest with none.
        var cat = e.Category.Name();
        var actors = e.Actor.Count switch { 0 => "actors=0", 1 => "actors=1", _ => "actors=2+" };
        var recipients = e.Recipient.Count switch { 0 => "recipients=0", 1 => "recipients=1", _ => "recipients=2+" };
        f.Add(actors);
        f.Add(recipients);
        f.Add($"{actors}+{cat}");
        f.Add($"{recipients}+{cat}");
        // Nobody named: a killing by unknown hands is still news, a rejection by nobody is not.
        if (e.Actor.Count == 0 && e.Recipient.Count == 0) f.Add($"nobody+{cat}");
        foreach (var a in e.Actor.Take(2))
        {
            f.Add($"actor-kind={a.Entity.Kind}");
            if (a.Entity.Sector is { } sector) f.Add($"actor-sector={sector.Name()}");
            if (a.Entity.OrgType is { } org) f.Add($"actor-org={org}");
            if (a.Entity.Code is null) f.Add("actor-uncoded");
        }
        foreach (var r in e.Recipient.Take(2))
        {
            f.Add($"recipient-kind={r.Entity.Kind}");
            if (r.Entity.Sector is { } sector) f.Add($"recipient-sector={sector.Name()}");
        }
        if (e.Actor.Count > 0 && e.Recipient.Count > 0
            && e.Actor.All(a => e.Recipient.Any(r => r.Entity.Country == a.Entity.Country && a.Entity.Country is not null)))
            f.Add("domestic");
    }

    static void Setting(SentenceCoding s, CodedEvent e, List<string> f)
    {
        var d = s.Document;
        f.Add($"status={e.Status.Name()}");
        f.Add($"status+cat={e.Status.Name()}+{e.Category.Name()}");
        if (e.Date is { } date && d.Article.Date is { } published && date.Date != published) f.Add("dated");
        if (e.Location is not null) f.Add("located");
        if (d.MentionsOf(s.Sentence).Any(m => m is DateMention { Attributive: false })) f.Add("sentence-dated");
        // The sentence's length, also per category: a long sentence holds more background for some kinds of act than others.
        var length = s.Sentence.TokenCount switch { < 15 => "length=short", < 30 => "length=medium", _ => "length=long" };
        f.Add(length);
        f.Add($"{length}+{e.Category.Name()}");
        // Where the sentence stands in its document: a long article's lede reports its news, its body mostly
        // background, quotation and analysis; a brief report (a wire item, a summary) is news throughout.
        f.Add(!d.IsArticle ? "in-brief" : s.Sentence.Index switch { 0 => "in-article=lede", < 3 => "in-article=top", _ => "in-article=body" });
        var others = s.Events.Count - 1;
        f.Add(others switch { 0 => "alone", 1 => "one-other", _ => "many-others" });
    }

    static void Context(SentenceCoding s, CodedEvent e, List<string> f)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        var a = e.Match.Anchor;
        f.Add(a - 1 >= first ? $"prev={d.LowerOf(a - 1)}" : "prev=<s>");

        if (e.Match.Last + 1 < s.Sentence.EndToken) f.Add($"next={d.LowerOf(e.Match.Last + 1)}");
        var quotes = s.Syntax.QuotesBefore(a);
        if (quotes % 2 == 1) f.Add("in-quotes");
        else if (quotes == 0 && s.Syntax.OpensInsideQuotation()) f.Add("quotation-continues");
        var firstPerson = false;
        var hedge = false;
        for (var t = first; t < s.Sentence.EndToken; t++)
        {
            var w = d.LowerOf(t);
            // Pronouns only: "US" is the country, not "us".
            firstPerson |= d.TagOf(t) is PosTag.PRP or PosTag.PRPS && s.Syntax.Words.FirstPersonWords.Contains(w);
            hedge |= s.Syntax.Words.HedgeWords.Contains(w);
        }
        if (firstPerson) f.Add("first-person");
        if (hedge) f.Add("hedged-sentence");
        if (char.IsLower(d.TextOf(first)[0])) f.Add("sentence-lowercase-start");
        f.Add((a - first) switch { < 3 => "position=start", < 12 => "position=near", _ => "position=far" });
    }
}
