using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// An event noun restating the act a verb of the same sentence reports is that act ("expected to meet Wang at an
/// APEC meeting"), and names its actor even when the eventness model left the noun out ("killed in an air raid by the
/// Colombian Air Force").
/// "imposed sweeping sanctions on Russia's banks and restricted exports", "called up 300,000 reservists and
/// massed troops": two verbs of one sentence naming the same act (category, mode, status, actor and
/// recipient) are one event. Attacks on different targets stay two ("struck Iran's nuclear sites and killed
/// its commanders"); injuries beside an attack are its outcome ("kills 53 people and injures 130"), and an attack told in a
/// "when" clause is how the people of the main clause were killed ("five people are killed when a bomb explodes"), and so
/// is one told as its means ("kills 14 people by detonating explosives").
/// </summary>
public sealed class Merging : ICodingPass
{
    public string Name => "merging";

    public void Apply(SentenceCoding s)
    {
        // "is expected to meet Wang Wentao at an APEC trade meeting": an event noun restating an act a verb of the
        // sentence already reports is that act.
        var d = s.Document;
        foreach (var e in s.Events.ToList())
        {
            if (!e.IsNominal(d) && !BareGerund(s, e)) continue;
            if (s.Events.FirstOrDefault(o => o != e && !o.IsNominal(d) && !BareGerund(s, o) && o.Category == e.Category) is not { } verb) continue;
            s.Drop(e, $"merged into '{d.TextOf(verb.Match.Anchor, verb.Match.Last)}': the noun restates the act the verb reports");
            // "57 people have been killed and 28 others injured in 18 Israeli airstrikes": the noun names who acted.
            // (Not the people of the place that fighting with no sides named was given: "killed in fighting in Afghanistan".)
            if (verb.Actor.Count == 0 && e.Actor.Count > 0 && NamesTheAct(s, e) && !(BareGerund(s, e) && e.TargetFromPlace))
            {
                verb.Actor.AddRange(e.Actor);
                verb.Reasons.Add($"actor from '{d.TextOf(e.Match.Anchor, e.Match.Last)}', the act it restates");
            }
        }

        // "24 civilians have been killed ... in the first three days of Turkey's offensive": an event noun the eventness model
        // left out still names who did the act a verb of its category reports without an actor.
        foreach (var noun in s.Dropped)
        {
            // (Not fighting between sides, "clashes with Houthi militants": its parties are both actors.)
            if (noun.Actor.Count != 1 || !noun.IsNominal(d) || noun.DropDecision?.Pass != Eventness.PassName || !NamesTheAct(s, noun)
                || noun.Reasons.Any(r => r.Pass == TwoSidedFights.PassName))
                continue;
            if (s.Events.FirstOrDefault(o => !o.IsNominal(d) && o.Category == noun.Category && o.Actor.Count == 0 && o.Match.Anchor < noun.Match.Anchor) is not { } verb)
                continue;
            verb.Actor.AddRange(noun.Actor);
            verb.Recipient.RemoveAll(r => noun.Actor.Any(a => EntityFinder.SameEntity(a, r)));
            verb.Reasons.Add($"actor from '{d.TextOf(noun.Match.Anchor, noun.Match.Last)}', the act it restates");
        }

        // "kills at least 53 people and injures 130": the injuries are the outcome of the attack the sentence reports.
        foreach (var e in s.Events.ToList())
        {
            if (e.Category != PloverCategory.Assault || !s.Syntax.Words.InjuryVerbs.Contains(d.LemmaOf(e.Match.Anchor))) continue;
            if (s.Events.FirstOrDefault(o => o != e && o.Category == PloverCategory.Assault && o.Status == e.Status
                                             && !s.Syntax.Words.InjuryVerbs.Contains(d.LemmaOf(o.Match.Anchor)) && SameOrUnnamed(o.Actor, e.Actor)) is not { } attack)
                continue;
            s.Drop(e, $"merged into '{d.TextOf(attack.Match.Anchor, attack.Match.Last)}': the injuries are that attack's outcome");
            // "Two people are killed and three others are injured in a Russian missile attack in Kyiv": who attacked, and
            // where, may be said only with the injuries.
            TakePartiesAndPlace(d, attack, e, "the same attack's injuries");
        }

        // "At least five people are killed when a bomb explodes at a mosque": the blast is how they were killed, one attack.
        foreach (var e in s.Events.ToList())
        {
            if (e.Category != PloverCategory.Assault || e.Clause is not { Subordinator: "when" } when) continue;
            var main = when.Governor ?? s.Clauses.Where(c => c != when && !c.NonFinite && c.Head < when.First).MaxBy(c => c.Head);
            if (s.Events.FirstOrDefault(o => o != e && o.Category == PloverCategory.Assault && o.Status == e.Status && o.Clause == main
                                             && s.Syntax.Words.HarmWords.Contains(d.LemmaOf(o.Match.Anchor))
                                             && SameOrUnnamed(o.Actor, e.Actor)) is not { } casualties)
                continue;
            s.Drop(e, $"merged into '{d.TextOf(casualties.Match.Anchor, casualties.Match.Last)}': the act that caused it, one attack");
            TakePartiesAndPlace(d, casualties, e, "the act that caused it");
        }

        // "A suicide bomber kills 14 people by detonating explosives at a cafe": how the act was done is the same act.
        foreach (var e in s.Events.ToList())
        {
            if (e.Category != PloverCategory.Assault || e.Clause is not { NonFinite: true } means || means.Head != e.Match.Anchor
                || d.TagOf(means.Head) != PosTag.VBG || means.Head - 1 < s.Sentence.FirstToken || d.LowerOf(means.Head - 1) != "by")
                continue;
            if (s.Events.FirstOrDefault(o => o != e && o.Category == PloverCategory.Assault && o.Status == e.Status && o.Clause is { } c
                                             && c == means.Governor && o.Match.Anchor < e.Match.Anchor) is not { } act)
                continue;
            s.Drop(e, $"merged into '{d.TextOf(act.Match.Anchor, act.Match.Last)}': the means of that act");
            TakePartiesAndPlace(d, act, e, "the means of that act");
        }

        static string Key(CodedEvent e) => string.Join("|", e.Category, e.Mode, e.Status,
            string.Join(",", e.Actor.Select(a => a.Entity.Code).Distinct().Order()), string.Join(",", e.Recipient.Select(r => r.Entity.Code).Distinct().Order()));
        var seen = new Dictionary<string, CodedEvent>();
        foreach (var e in s.Events.ToList())
        {
            if (e.Actor.Count == 0 || e.Category == PloverCategory.Assault) continue;
            if (seen.TryAdd(Key(e), e)) continue;
            var first = seen[Key(e)];
            first.Reasons.Add($"also reported as '{s.Document.TextOf(e.Match.Anchor, e.Match.Last)}'");
            s.Drop(e, $"merged into '{s.Document.TextOf(first.Match.Anchor, first.Match.Last)}', the same act");
        }
    }

    /// <summary>
    /// "7 American soldiers are killed in fighting in Afghanistan": a gerund with no object after a preposition
    /// (data/words/gerund-prepositions.txt) names the act as a noun would ("in the fighting").
    /// </summary>
    static bool BareGerund(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var a = e.Match.Anchor;
        return d.TagOf(a) == PosTag.VBG && e.Match.Tokens.Length == 0 && a - 1 >= s.Sentence.FirstToken && s.Syntax.Words.GerundPrepositions.Contains(d.LowerOf(a - 1))
               && e.Clause is { Object.IsEmpty: true };
    }

    /// <summary>An event noun that is the act itself, not one it answers or follows ("in response to Hamas attacks", "after Israeli strikes").</summary>
    static bool NamesTheAct(SentenceCoding s, CodedEvent noun)
    {
        var np = s.Syntax.NounPhraseAround(noun.Match.Anchor);
        var before = np.First - 1;
        // ("in at least 18 Israeli airstrikes")
        if (before > s.Sentence.FirstToken && s.Document.LowerOf(before) == "at" && s.Document.LowerOf(before + 1) is "least" or "most") before--;
        else if (before - 1 > s.Sentence.FirstToken && s.Document.LowerOf(before) is "least" or "most" && s.Document.LowerOf(before - 1) == "at") before -= 2;
        return before < s.Sentence.FirstToken || s.Document.LowerOf(before) is "in" or "by" or "during" or "from" or "with" || s.Document.TagOf(before) is not (PosTag.IN or PosTag.TO);
    }

    /// <summary>The attacker and the place of an act merged into another, where that one names neither.</summary>
    static void TakePartiesAndPlace(Document d, CodedEvent into, CodedEvent merged, string what)
    {
        var words = d.TextOf(merged.Match.Anchor, merged.Match.Last);
        if (into.Actor.Count == 0 && merged.Actor.Count > 0)
        {
            into.Actor.AddRange(merged.Actor);
            into.Reasons.Add($"actor from '{words}', {what}");
        }
        // "Four U.S. personnel are wounded after the aircraft they were on were shot": the people harmed are the attack's target,
        // in place of the people of the state where it happened, its target when none was named.
        var placedOnly = into.Recipient.Count > 0 && into.TargetFromPlace;
        // (Fighting between sides has no target: its casualties stay with its actors.)
        var twoSided = into.Reasons.Any(r => r.Pass == TwoSidedFights.PassName);
        if (!twoSided && merged.Recipient.Count > 0 && merged.Recipient.Any(r => r.Entity.Country is not null) && (into.Recipient.Count == 0 || placedOnly)
            && !merged.Recipient.Select(r => r.Entity.Country).SequenceEqual(into.Recipient.Select(r => r.Entity.Country)))
        {
            into.Recipient.Clear();
            into.Recipient.AddRange(merged.Recipient);
            into.Reasons.Add($"recipient from '{words}', {what}");
        }
        if (into.Location is null && merged.Location is not null)
        {
            into.Location = merged.Location;
            into.Reasons.Add($"place from '{words}', {what}");
        }
    }

    static bool SameOrUnnamed(List<EventEntity> a, List<EventEntity> b) =>
        a.Count == 0 || b.Count == 0 || a.Select(x => x.Entity.Code).Intersect(b.Select(x => x.Entity.Code)).Any();
}
