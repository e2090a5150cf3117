using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "33 people are killed in Boko Haram attacks", "soldiers are killed when al-Shabaab jihadists attack a base",
/// "90 people were killed during a US air raid": a casualty reported in the passive without its agent, and the
/// attack the sentence names as its cause, are one event. The attacker named with the cause is the casualty's
/// actor, and the cause is not coded a second time. So is a casualty whose subject is the attack itself ("The Manchester Arena
/// attack killed 22 people after a suicide bomber detonated a device").
/// </summary>
public sealed class Causes : ICodingPass
{
    public string Name => "causes";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.ToList())
        {
            if (e.Category != PloverCategory.Assault || e.Actor.Count > 0 || !s.Events.Contains(e)) continue;
            // ("more than 40 people died in an April strike": the dead of a `subj` pattern are its recipient as the passive's subject is.)
            // ("The Manchester Arena attack killed 22 people after a suicide bomber detonated a device": so is a casualty whose subject
            // is the attack itself, named by no one.)
            if (e.Clause is not { } clause || clause.Head != e.Match.Anchor
                || !clause.Passive && !e.Match.Trigger.RecipientSlots.Contains("subj") && !AttackAsSubject(s, clause)) continue;
            if (CauseOf(s, e, clause) is { } cause)
            {
                e.Cause = cause;
                if (cause.Actor.Count == 0 && !AgentNamed(s, clause) && AgentOfAttack(s, clause, cause.Match.Last) is { } agent && Attackers(s, e, agent) is { Count: > 0 } named)
                {
                    EntityFinder.Add(cause.Actor, named);
                    cause.Reasons.Add($"actor from the 'by' phrase after it: {string.Join(", ", named.Select(a => a.Text))}");
                }
                if (cause.Actor.Count == 0)
                {
                    // ("killed in Israeli airstrikes ..., including ten in a strike on a camp": the attacker the casualty's own
                    // pattern names, when the cause names none.)
                    if (AttackerInPattern(s, e, clause) is { Count: > 0 } inPattern)
                    {
                        EntityFinder.Add(e.Actor, inPattern);
                        e.Reasons.Add($"actor named with the attack: {string.Join(", ", inPattern.Select(a => a.Text))}");
                    }
                    else Reported(s, e, clause);
                    continue;
                }
                EntityFinder.Add(e.Actor, cause.Actor);
                e.Reasons.Add($"actor from its cause '{s.Document.TextOf(cause.Match.Anchor, cause.Match.Last)}'");
                s.Drop(cause, $"the cause of '{s.Document.TextOf(e.Match.Anchor)}', coded with it as one event");
            }
            else if (AttackerInPattern(s, e, clause) is { Count: > 0 } attackers)
            {
                EntityFinder.Add(e.Actor, attackers);
                e.Reasons.Add($"actor named with the attack: {string.Join(", ", attackers.Select(a => a.Text))}");
            }
            else Reported(s, e, clause);
        }
        Claimed(s);
    }

    /// <summary>
    /// Whether the clause's subject is an attack noun with no party named before the verb: "The Manchester Arena attack killed
    /// ..." (not "Rockets fired by Houthi militiamen kill ...").
    /// </summary>
    static bool AttackAsSubject(SentenceCoding s, Clause clause) =>
        s.Syntax.Words.HarmWords.Contains(s.Document.LemmaOf(clause.Head))
        && !clause.Subject.IsEmpty && clause.Subject.First < clause.Head && !s.ActorsIn(new TokenRange(clause.Subject.First, clause.Head)).Any()
        && s.Matches.Any(m => m.Trigger.Class == AnchorClass.Noun && m.Trigger.Category == PloverCategory.Assault && clause.Subject.Contains(m.Anchor));

    /// <summary>The casualty's actor from the state whose forces report it, where <see cref="Reporters"/> finds one.</summary>
    static void Reported(SentenceCoding s, CodedEvent e, Clause clause)
    {
        if (Reporters(s, e, clause) is not { Count: > 0 } reporters) return;
        EntityFinder.Add(e.Actor, reporters);
        e.Reasons.Add($"actor: {string.Join(", ", reporters.Select(a => a.Text))}, whose forces report the casualties of others and name nobody else who caused them");
    }

    /// <summary>
    /// "The Eritrean military claims at least 10 Ethiopian soldiers were killed", "the Russian Defense Ministry says 22 Ukrainian
    /// drones were shot down": casualties of another state told in the passive, with no agent (or by an attack, the subject, that
    /// names nobody: "the Israeli military says an airstrike killed three Hamas commanders"), by a state's forces or
    /// government, with nobody else named who could have caused them, are that state's act. (A state reports the enemies its
    /// forces killed; its own dead it reports with their killers.)
    /// </summary>
    static List<EventEntity>? Reporters(SentenceCoding s, CodedEvent e, Clause clause)
    {
        // ("The Israeli military says an airstrike killed three Hamas commanders": or an attack that names nobody, the subject.)
        var attackSubject = !clause.Passive && AttackAsSubject(s, clause);
        if (!clause.Passive && !attackSubject || clause.AgentPhrase is not null || clause.Governor is not { NonFinite: false, Subject.IsEmpty: false } speech
            || !s.Syntax.Words.SpeechVerbs.Contains(s.Document.LemmaOf(speech.Head)))
            return null;
        // (A passive with its auxiliary, "were killed", "have been captured": not a participle the analysis read as one, as in
        // "officials claim Israeli gunboats shelled the camp".)
        var d = s.Document;
        var auxiliary = clause.Head - 1;
        while (auxiliary > speech.Head && d.TagOf(auxiliary) is PosTag.RB) auxiliary--;
        if (!attackSubject && (auxiliary <= speech.Head || d.LemmaOf(auxiliary) != "be")) return null;
        var finder = new EntityFinder(s);
        var reporters = finder.In(speech.Subject, e).Where(a => a.Entity is { Country: not null, Org: null }
                                                              && (a.Entity.Sector is Sector.MIL or Sector.GOV || a.Entity.Kind == EntityKind.State)).ToList();
        if (reporters.Count == 0) return null;
        var own = reporters.Select(a => a.Entity.Country!).ToHashSet(StringComparer.Ordinal);
        // (Only victims the sentence gives a state, and another one: "a marine and nine soldiers have been killed" may be the
        // reporter's own.)
        var victims = e.Recipient.Select(r => r.Entity.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // (An armed group of no state struck by the attack, "killed a senior Islamic State leader", is a victim too.)
        var groups = attackSubject ? e.Recipient.Select(r => r.Entity.Org).OfType<string>().ToHashSet(StringComparer.Ordinal) : [];
        if (victims.Count == 0 && groups.Count == 0 || victims.Overlaps(own)) return null;
        foreach (var m in s.Actors)
        {
            if (speech.Subject.Contains(m.First) || m.Entity.Code is null || m.Entity.Org is { } org && groups.Contains(org) || Setting(s, m)) continue;
            if (m.Entity.Country is not { } country || !victims.Contains(country) && !own.Contains(country)) return null;
        }
        return reporters;
    }

    /// <summary>Whether a mention names where something happens, a place after a locative preposition ("in eastern Syria").</summary>
    static bool Setting(SentenceCoding s, Mention m) =>
        s.Document.PlacesOf(s.Sentence).Any(p => p.First == m.First)
        && s.Syntax.LocativeBefore(m.First) is not null;

    /// <summary>
    /// "ISIL claims responsibility for a Wednesday attack in Nangade, which killed seven people": the attacks after
    /// a claim of responsibility that name no attacker are the claimant's. The claim itself is not an event.
    /// </summary>
    static void Claimed(SentenceCoding s)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        for (var t = s.Sentence.FirstToken; t + 1 < s.Sentence.EndToken; t++)
        {
            if (!words.ClaimVerbs.Contains(d.LemmaOf(t)) || !words.ResponsibilityNouns.Contains(d.LowerOf(t + 1))) continue;
            var claim = t;
            var attacks = s.Events.Where(e => e.Category == PloverCategory.Assault && e.Actor.Count == 0 && e.Match.Anchor > claim).ToList();
            if (attacks.Count == 0) return;
            var subject = s.Clauses.FirstOrDefault(c => c.Head == claim)?.Subject is { IsEmpty: false } range ? range : ClaimantBefore(s, claim);
            var claimants = new EntityFinder(s).In(subject, attacks[0]).Where(a => a.Entity.Country is not null || a.Entity.Org is not null).ToList();
            foreach (var e in claimants.Count == 0 ? [] : attacks)
            {
                EntityFinder.Add(e.Actor, claimants);
                e.Reasons.Add($"actor from the claim of responsibility by {string.Join(", ", claimants.Select(a => a.Text))}");
            }
            return;
        }
    }

    /// <summary>The words before the claim back to the sentence's start or the last comma.</summary>
    static TokenRange ClaimantBefore(SentenceCoding s, int claim)
    {
        var first = claim - 1;
        while (first > s.Sentence.FirstToken && s.Document.TagOf(first - 1) != PosTag.Comma) first--;
        return new TokenRange(first, claim);
    }

    /// <summary>An attack in one of the casualty's cause phrases ("in Boko Haram attacks") or in a "when" clause after it.</summary>
    static CodedEvent? CauseOf(SentenceCoding s, CodedEvent e, Clause clause)
    {
        var words = s.Syntax.Words;
        var causes = CausePhrases(s, clause).Where(p => words.CausePrepositions.Contains(p.Preposition)).ToList();
        foreach (var other in s.Events)
        {
            if (other == e || other.Category != PloverCategory.Assault) continue;
            var anchor = other.Match.Anchor;
            if (causes.Any(p => p.Object.Contains(anchor))) return other;
            // "killed in fighting between the army and rebels": a gerund governed by the casualty, right after a cause preposition.
            if (other.Clause is { } g && g.Head == anchor && g.Governor == clause && anchor > clause.Head
                && words.CausePrepositions.Contains(s.Document.LowerOf(s.Document.TagOf(anchor - 1).IsAdjective() ? anchor - 2 : anchor - 1))
                && Between(s, clause.Head, anchor))
                return other;
            if (other.Clause is { } c && c.Head == anchor && c.First > clause.Head && c.Subordinator is { } sub
                && words.CauseSubordinators.Contains(sub) && Between(s, clause.Head, c.First))
                return other;
        }
        return null;
    }

    /// <summary>
    /// The casualty's phrases, and those of the casualties joined to it by "and": in "57 people have been killed and 28
    /// others injured in Israeli airstrikes" the cause phrase ends the second and tells the cause of both.
    /// </summary>
    static IEnumerable<PrepPhrase> CausePhrases(SentenceCoding s, Clause clause)
    {
        var d = s.Document;
        var joined = s.Clauses.Where(c => c.Head > clause.Head && s.Syntax.Words.HarmWords.Contains(d.LemmaOf(c.Head))
                                          && Enumerable.Range(clause.Head + 1, Math.Max(0, c.First - clause.Head - 1)).Any(t => d.LowerOf(t) == "and")
                                          && Between(s, clause.Head, c.Head));
        // ("killed following Syrian Arab Air Force air-raids": "following" reads as a participle governed by the casualty. Not
        // "killed following clashes with Yemeni forces", whose fighting has two sides, as "killed in clashes with" has.)
        var following = s.Clauses.Where(c => c.Governor == clause && c.NonFinite && c.Head == c.First && !c.Object.IsEmpty && d.LowerOf(c.Head) == "following"
                                             && !Enumerable.Range(c.Object.First, c.Object.End - c.Object.First).Any(t => s.Syntax.Words.TwoSidedFighting.Contains(d.LemmaOf(t))))
                         .Select(c => new PrepPhrase("following", c.Head, c.Object));
        return clause.Preps.Concat(joined.SelectMany(c => c.Preps)).Concat(following);
    }

    /// <summary>Whether only casualties ("killed and dozens injured") stand between the casualty and the cause's clause.</summary>
    static bool Between(SentenceCoding s, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
            if (s.Document.TagOf(t).IsFiniteVerb() && !s.Syntax.Words.HarmWords.Contains(s.Document.LemmaOf(t))) return false;
        return true;
    }

    /// <summary>
    /// "killed during a US air raid", "died in Israeli airstrikes", "killed during Georgian operations": the state or group
    /// modifying the attack words the pattern matched, or else an attack noun (data/words/attack-nouns.txt) in a cause
    /// phrase after the casualty. Who made a weapon ("Iranian-manufactured rockets") is not who fired it.
    /// </summary>
    static List<EventEntity>? AttackerInPattern(SentenceCoding s, CodedEvent e, Clause clause)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        // "killed as Pakistani aircraft bomb a bazaar": the pattern's attack verb heads a "when" or "as" clause; its subject attacked.
        // ("killed when Turkish warplanes hit PKK camps": or the pattern's weapon is that clause's subject.)
        if (e.Match.Tokens.Length > 0 && s.Clauses.FirstOrDefault(c => (c.Head == e.Match.Tokens[^1] || c.Subject.Contains(e.Match.Tokens[^1]) && c.Subject.First > e.Match.Anchor)
                                                                      && c.Subordinator is { } sub && words.CauseSubordinators.Contains(sub)) is { Subject.IsEmpty: false } when)
        {
            var striking = Attackers(s, e, when.Subject);
            // ("55 are killed when Turkish warplanes hit PKK camps": casualties named by no party are among those the clause strikes.)
            if (striking.Count > 0 && e.Recipient.Count == 0 && !when.Passive && !when.Object.IsEmpty)
                EntityFinder.Add(e.Recipient, new EntityFinder(s).In(when.Object, e).Where(r => !striking.Any(a => EntityFinder.SameEntity(a, r))));
            // (A weapon that names no attacker, "after a bomb planted by suspected Maoist rebels explodes", is read on below.)
            if (striking.Count > 0 || when.Head == e.Match.Tokens[^1]) return striking;
        }
        var (phrase, attack) = (default(PrepPhrase), -1);
        foreach (var p in CausePhrases(s, clause).Where(p => p.PrepToken > e.Match.Anchor && words.CausePrepositions.Contains(p.Preposition)))
        {
            attack = e.Match.Tokens.Length > 0 && (p.Object.Contains(e.Match.Tokens[^1]) || InSamePhrase(d, p.PrepToken, e.Match.Tokens[^1])) ? e.Match.Tokens[^1]
                : Enumerable.Range(p.Object.First, Math.Max(0, p.Object.End - p.Object.First)).FirstOrDefault(t => d.TagOf(t).IsNoun() && words.AttackNouns.Contains(d.LemmaOf(t)), -1);
            if (attack < 0) continue;
            phrase = p;
            break;
        }
        if (attack < 0) return null;
        // ("killed following Syrian Arab Air Force air-raids": the pattern's last word may lie inside the attacker's name.)
        var end = s.Actors.FirstOrDefault(m => m.First < attack && attack < m.End)?.End ?? attack;
        var attackers = Attackers(s, e, new TokenRange(phrase.PrepToken + 1, end));
        return attackers.Count > 0 || AgentNamed(s, clause) || AgentOfAttack(s, clause, attack) is not { } agent ? attackers : Attackers(s, e, agent);
    }

    /// <summary>
    /// Whether the casualty's own "by" phrase names who did it ("killed by his captors during a failed rescue operation by
    /// Nigerian forces"), rather than with what ("killed by a single bullet fired by a gunman").
    /// </summary>
    static bool AgentNamed(SentenceCoding s, Clause clause)
    {
        if (clause.AgentPhrase is not { } agent) return false;
        var words = s.Syntax.Words;
        return !Enumerable.Range(agent.First, agent.End - agent.First).Any(t => words.AttackNouns.Contains(s.Document.LemmaOf(t)) || words.WeaponNouns.Contains(s.Document.LemmaOf(t)));
    }

    /// <summary>
    /// "killed in a mass shooting targeting Israelis by Palestinian assailants", "in an attack by gunmen": the "by" phrase
    /// after the attack noun, in the casualty's clause right after the noun's phrase, or in a participle describing the noun.
    /// </summary>
    static TokenRange? AgentOfAttack(SentenceCoding s, Clause clause, int attack)
    {
        var d = s.Document;
        // ("a tear gas canister fired by police"; not "an assault on a Kurdish base backed by US airpower": a passive participle
        // further on describes a noun of its own, and its "by" names that participle's agent.)
        bool RightAfter(Clause c) => c.Head > attack && Enumerable.Range(attack + 1, c.Head - attack - 1).All(t => d.TagOf(t) is PosTag.NN or PosTag.NNS);
        var describing = s.Clauses.FirstOrDefault(c => c.NonFinite && c.Subject.Contains(attack) && (RightAfter(c) || !c.Passive && c.Head > attack));
        var phrases = clause.Preps.Where(p => p.PrepToken > attack).Concat(describing?.Preps ?? []);
        foreach (var p in phrases.OrderBy(p => p.PrepToken))
        {
            if (p.Preposition != "by" || p.Object.IsEmpty) continue;
            // Only the attack noun's own words, or the active participle describing it, between the noun and "by".
            var between = Enumerable.Range(attack + 1, Math.Max(0, p.PrepToken - attack - 1));
            if (between.Any(t => d.TagOf(t) is PosTag.Comma || d.TagOf(t).IsVerb() && t != describing?.Head)) return null;
            return p.Object;
        }
        return null;
    }

    /// <summary>
    /// Whether the pattern's attack word ends the noun phrase after the preposition even where the clause analysis cut the
    /// phrase short at a conjunction: "killed in Syrian and Russian air strikes".
    /// </summary>
    static bool InSamePhrase(Document d, int preposition, int attack)
    {
        if (attack <= preposition) return false;
        for (var t = preposition + 1; t < attack; t++)
            if (d.TagOf(t) is not (PosTag.DT or PosTag.JJ or PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.CC or PosTag.Comma or PosTag.CD)) return false;
        return true;
    }

    /// <summary>The states and groups named in a stretch before the attack words, who made no weapon and are no victim of it.</summary>
    static List<EventEntity> Attackers(SentenceCoding s, CodedEvent e, TokenRange range)
    {
        var d = s.Document;
        var finder = new EntityFinder(s);
        return s.ActorsIn(range).Where(m => m.Entity is { } entity && (entity.Country is not null || entity.Org is not null) && entity.Sector is not Sector.CVL
                                            && !s.Syntax.Words.MakerSuffixes.Entries.Any(suffix => d.LowerOf(m.End - 1).EndsWith(suffix, StringComparison.Ordinal)))
                .Select(finder.EntityOf)
                .Where(a => !e.Recipient.Any(r => EntityFinder.SameEntity(r, a)))
                .ToList();
    }
}
