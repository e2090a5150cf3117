using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Who does an event and to whom. For a verb: the subject (or the "by" phrase of a passive) acts, and
/// the recipient is in the slot the trigger names (object or a preposition). For an event noun: "talks
/// between X and Y", "a visit by X to Y", "China's refusal", or the subject of a light verb ("Turkey
/// launched an offensive"). Then the PLOVER conventions for compound and reciprocal actors: parties of a
/// meeting without a host are all actors, a host is the recipient of the visitor.
/// </summary>
public sealed class RoleFinder(SentenceCoding s)
{
    readonly Document d = s.Document;
    readonly WordLists words = s.Syntax.Words;
    readonly EntityFinder entities = new(s);

    /// <summary>The parties found so far for one event.</summary>
    sealed class Parties
    {
        public List<EventEntity> Actors { get; } = [];
        public List<EventEntity> Recipients { get; } = [];
        public bool RecipientFromWith { get; set; }
    }

    public void Assign(CodedEvent e)
    {
        var match = e.Match;
        var nominal = !e.IsSubjectAndVerb && (match.Trigger.Class != AnchorClass.Verb || IsGerundNoun(match.Anchor)
                                              || (e.Clause is not null && e.Clause.Head != match.Anchor && d.TagOf(match.Anchor).IsNoun()));
        var (actorRange, patientRange) = ClauseRoles(e);
        var parties = new Parties();
        if (match.Trigger.Class == AnchorClass.Adjective && match.Trigger.RecipientSlots.Contains("subj")) Blame(e, parties);
        else if (nominal) FromNoun(e, parties, actorRange);
        else FromVerb(e, parties, actorRange, patientRange);
        // "Putin warned that Russia would cut off energy", "Trump pulled the United States out of the deal": an official's
        // own state named in the clause is the actor speaking of itself, not the one acted upon (outside domestic acts).
        if (parties.Recipients.RemoveAll(r => OwnState(e, parties.Actors, r)) > 0) e.Reasons.Add("the actor's own state is not its recipient");
        Addressee(e, parties);
        FirstNamedAfter(e, parties);
        HostsTakePart(e, parties);
        // A state named inside the event's own words ("a Chinese spy balloon" as a recipient) counts once.
        parties.Recipients.RemoveAll(r => parties.Actors.Any(a => EntityFinder.SameEntity(a, r)));
        e.Actor.AddRange(parties.Actors);
        e.Recipient.AddRange(parties.Recipients);
        Reciprocity(e, parties, nominal);
    }

    /// <summary>
    /// A gerund used as a noun: "after months of fighting" (after a noun and "of"), "heavy fighting", "killed in
    /// fighting between the army and rebels" (after an adjective or a preposition, with no object of its own). The
    /// subject of the main clause does not control it; its parties are in its noun phrase.
    /// </summary>
    bool IsGerundNoun(int anchor)
    {
        if (d.TagOf(anchor) != PosTag.VBG || anchor - 1 < s.Sentence.FirstToken) return false;
        var before = d.TagOf(anchor - 1);
        if (d.LowerOf(anchor - 1) == "of") return anchor - 2 >= s.Sentence.FirstToken && d.TagOf(anchor - 2).IsNoun();
        if (before is not (PosTag.JJ or PosTag.IN) || d.LowerOf(anchor - 1) is "by" or "for" or "of") return false;
        // "after killing two soldiers" has an object: a verb whose subject is the main clause's.
        return anchor + 1 >= s.Sentence.EndToken || d.TagOf(anchor + 1) is PosTag.IN or PosTag.CC || d.TagOf(anchor + 1).IsPunctuation();
    }

    /// <summary>Where the actor and the one acted on are in the clause: subject and object, or "by" phrase and subject in a passive.</summary>
    (TokenRange Actor, TokenRange Patient) ClauseRoles(CodedEvent e)
    {
        if (e.Clause is not { } clause) return (TokenRange.None, TokenRange.None);
        // "Suspected Israeli missiles were fired at several Syrian locations": weapons fired, with no "by" phrase, are the
        // attacker's; the one attacked comes from the pattern's preposition.
        if (clause is { Passive: true, AgentPhrase: null, Subject.IsEmpty: false } && !e.Match.Trigger.RecipientSlots.Contains("obj")
            && words.WeaponNouns.Contains(d.LemmaOf(clause.Subject.End - 1)))
            return (clause.Subject, TokenRange.None);
        // "Serbia's army was put on alert": the mobilised force is the actor.
        if (clause.Passive && clause.AgentPhrase is null && e.Match.Trigger.Category == PloverCategory.Mobilize) return (clause.Subject, TokenRange.None);
        if (clause.Passive) return (clause.AgentPhrase ?? TokenRange.None, clause.Subject);
        // "Thousands of civilians fled": the subject undergoes the event, whoever caused it (slot `subj`).
        if (e.Match.Trigger.RecipientSlots.Contains("subj")) return (TokenRange.None, clause.Subject);
        return (clause.Subject, clause.Object);
    }

    /// <summary>
    /// "Paris said the regime was responsible for the attack", "Stewart said the converts were guilty of horrific
    /// acts": an adjective of blame (slot `subj`) is an allegation against its clause's subject, made by whoever holds
    /// the view: the named subject of the nearest clause above ("France has proof that ...", "Downing Street said
    /// ministers had agreed that ..."), or, for a "that" clause after a noun, which has no governor, of the nearest
    /// clause before it. With no one named there, it has no actor.
    /// </summary>
    void Blame(CodedEvent e, Parties parties)
    {
        if (e.Clause is not { } clause) return;
        EntityFinder.Add(parties.Recipients, entities.In(clause.Subject, e));
        var above = new List<Clause>();
        for (var g = clause.Governor; g is not null; g = g.Governor) above.Add(g);
        above.AddRange(s.Clauses.Where(c => c.Head < clause.First && !above.Contains(c)).OrderByDescending(c => c.Head));
        foreach (var holder in above)
        {
            EntityFinder.Add(parties.Actors, entities.In(holder.Passive ? holder.AgentPhrase ?? TokenRange.None : holder.Subject, e)
                                                      .Where(a => !parties.Recipients.Any(r => EntityFinder.SameEntity(a, r))));
            if (parties.Actors.Count > 0) break;
        }
        e.Reasons.Add("blame: the one held responsible is the recipient, the one who holds the view the actor");
    }

    /// <summary>"talks between X and Y", "a visit by X to Y", "China's refusal", "a Chinese attack on Y".</summary>
    void FromNoun(CodedEvent e, Parties parties, TokenRange actorRange)
    {
        var match = e.Match;
        var np = s.Syntax.NounPhraseAround(match.Anchor);
        // "were in contact with the Pentagon": a pattern ending in its preposition ("contact with") leaves the phrase after it.
        var from = match.Last > match.Anchor && d.TagOf(match.Last) is PosTag.IN or PosTag.TO ? match.Last - 1 : match.Last;
        foreach (var p in s.Syntax.PrepsAfter(from))
        {
            if (s.Syntax.IsWithParticiple(p.PrepToken, p.Object)) continue;
            // ("are concerned about recent attacks by insurgents", "is ready to facilitate talks between": after a predicate
            // adjective's own phrase, a "by" or "between" is that phrase's; the adjective's subject is the actor.)
            if (p.Preposition is "between" or "by" or "among" && p.PrepToken > from + 1 && PredicateAdjective(e)) continue;
            if (p.Preposition is "between" or "by" or "among") EntityFinder.Add(parties.Actors, entities.In(p.Object, e));
            // "the summit of the African Union", "a meeting of the G20": those a meeting is "of" are those who meet.
            else if (p.Preposition == "of" && p.PrepToken == match.Anchor + 1 && match.Last == match.Anchor && IsMeetingNoun(e)) EntityFinder.Add(parties.Actors, entities.In(p.Object, e));
            else if (match.Trigger.RecipientSlots.Contains(p.Preposition) && parties.Recipients.Count == 0)
            {
                EntityFinder.Add(parties.Recipients, entities.In(p.Object, e));
                parties.RecipientFromWith = p.Preposition == "with" && parties.Recipients.Count > 0;
            }
        }
        // "a missile hit a Saudi airbase", "warplanes pounded the town", "an airstrike killed Syrian soldiers": a weapon or
        // an attack that is the subject of the verb its pattern names (slot `obj`), or of a verb of impact, acts on its object.
        if (parties.Recipients.Count == 0 && s.Syntax.WeaponActing(e) is { } acting)
            EntityFinder.Add(parties.Recipients, entities.In(acting.Object, e));
        if (parties.Recipients.Count == 0 && ResultingHarm(e) is { } harmed) EntityFinder.Add(parties.Recipients, entities.In(harmed, e));
        if (parties.Actors.Count == 0) EntityFinder.Add(parties.Actors, entities.In(new TokenRange(np.First, match.Anchor), e));
        if (parties.Actors.Count == 0) ReducedPassiveAgent(e, parties, match.Anchor);
        if (parties.Actors.Count == 0 && e.Clause is not null && s.Syntax.MeetingOccasion(e) is not null) OccasionParties(e, parties);
        if (parties.Actors.Count == 0 && e.Clause is null && s.Syntax.MeetingOccasion(e) is not null) FrontedOccasion(e, parties);
        // "Turkey launched an offensive", "announced its withdrawal": the subject of a support verb does the event;
        // the subject of other verbs ("posed a threat", "is in discussion with") need not. In a passive the event is the
        // subject and the "by" phrase does it ("massacres have been committed by the Turks").
        // ("the Peruvian National Police fire upon demonstrations": not a noun after the preposition of a verb that is an event
        // of its own; that verb's subject acts on it.)
        var clause = e.Clause;
        if (parties.Actors.Count == 0 && clause is not null && clause.Head != match.Anchor
            && (clause.Passive || clause.Object.Contains(match.Anchor) || !clause.Subject.Contains(match.Anchor))
            && !TargetOfVerbEvent(e, clause, np)
            && (words.SupportVerbs.Contains(d.LemmaOf(clause.Head)) || match.Trigger.Class == AnchorClass.Adjective
                || match.Anchor > 0 && d.LowerOf(match.Anchor - 1) == "in" && words.MannerNouns.Contains(d.LemmaOf(match.Anchor))))
        {
            EntityFinder.Add(parties.Actors, entities.In(actorRange, e));
            if (parties.Actors.Count == 0) entities.FromApposition(clause, actorRange, parties.Actors, e);
        }
        if (parties.Actors.Count == 0 && parties.RecipientFromWith) FoughtWith(e, parties);
        // "Talks begin in Juba between Sudan and Uganda", "peace talks commence in Nairobi, Kenya, between the government of the
        // Democratic Republic of the Congo and the CNDP": an event that is the subject of a verb of its taking place has the
        // parties that verb's "between" phrase names.
        if (parties.Actors.Count == 0 && clause is not null && clause.Head != match.Anchor && clause.Subject.Contains(match.Anchor)) OccurringBetween(e, clause, parties);
        e.Reasons.Add("roles from the noun phrase (by/between/possessive) or the light verb's subject");
    }

    /// <summary>
    /// "A roadside bomb in Afghanistan results in the death of two NATO soldiers": an attack that is the subject of "result
    /// in" a word of harm (data/words/harm-words.txt) acts on those its "of" phrase names; the phrase, or null. (Not fighting
    /// between sides, whose dead are on either side: "The heavy fighting resulted in the deaths of 40 fighters".)
    /// </summary>
    TokenRange? ResultingHarm(CodedEvent e)
    {
        if (e.Category != PloverCategory.Assault || e.Clause is not { Passive: false } c || c.Head == e.Match.Anchor
            || !c.Subject.Contains(e.Match.Anchor) || d.LemmaOf(c.Head) != "result" || words.TwoSidedFighting.Contains(d.LemmaOf(e.Match.Anchor)))
            return null;
        foreach (var p in c.Preps)
        {
            if (p.Preposition != "in" || s.Syntax.HeadNoun(p.Object) is not { } harm || !words.HarmWords.Contains(d.LemmaOf(harm))) continue;
            foreach (var of in c.Preps)
                if (of.Preposition == "of" && of.PrepToken == harm + 1) return of.Object;
        }
        return null;
    }

    static bool IsMeetingNoun(CodedEvent e) => e.Category == PloverCategory.Consult && e.Match.Trigger.Class == AnchorClass.Noun;

    /// <summary>
    /// "Talks begin in Juba, Sudan between delegations from the Lord's Resistance Army and the Ugandan Government", "talks are
    /// held in Doha between the United States and the Taliban": what a verb of taking place (data/words/occurrence-verbs.txt)
    /// says happens, with no one named as doing it, is done by the parties its "between" phrase names, with the "of" and
    /// "from" phrases that say whose they are.
    /// </summary>
    void OccurringBetween(CodedEvent e, Clause clause, Parties parties)
    {
        if (clause.AgentPhrase is not null || !words.OccurrenceVerbs.Contains(d.LemmaOf(clause.Head))) return;
        var preps = clause.Preps.OrderBy(p => p.PrepToken).ToList();
        for (var i = 0; i < preps.Count; i++)
        {
            if (preps[i].Preposition is not ("between" or "among")) continue;
            var end = preps[i].Object.End;
            for (var k = i + 1; k < preps.Count && preps[k].PrepToken == end && preps[k].Preposition is "of" or "from"; k++) end = preps[k].Object.End;
            EntityFinder.Add(parties.Actors, entities.In(new TokenRange(preps[i].Object.First, end), e));
        }
        if (parties.Actors.Count > 0) e.Reasons.Add($"actors: the parties named after 'between' where '{d.TextOf(clause.Head)}' says it takes place");
    }

    /// <summary>
    /// "the Peruvian National Police fire upon demonstrations": a noun after the preposition that names the target of the
    /// clause's verb, itself an attack or an act of force, is what that verb acts on (a vote "in favor of economic sanctions"
    /// still imposes them).
    /// </summary>
    bool TargetOfVerbEvent(CodedEvent e, Clause clause, TokenRange np)
    {
        var before = np.First - 1;
        if (before < s.Sentence.FirstToken || d.TagOf(before) is not (PosTag.IN or PosTag.TO) || clause.Object.Contains(e.Match.Anchor)) return false;
        var preposition = d.LowerOf(before);
        return s.Events.Any(o => o != e && o.Match.Anchor == clause.Head && o.Category is PloverCategory.Assault or PloverCategory.Coerce
                                 && o.Match.Trigger.RecipientSlots.Contains(preposition));
    }

    /// <summary>Whether the words after a subject say or hold a view: "had agreed it was", "say", "believe".</summary>
    bool HoldsView(int after)
    {
        var t = after;
        while (t < s.Sentence.EndToken && (d.TagOf(t) is PosTag.RB or PosTag.MD || d.TagOf(t).IsVerb() && d.LemmaOf(t) is "have" or "be" or "do")) t++;
        return t < s.Sentence.EndToken && d.TagOf(t).IsVerb()
               && (words.SpeechVerbs.Contains(d.LemmaOf(t)) || words.BeliefVerbs.Contains(d.LemmaOf(t)) || d.LemmaOf(t) == "agree");
    }

    /// <summary>"they are concerned about", "Iran is ready to": an adjective trigger after a form of "be".</summary>
    bool PredicateAdjective(CodedEvent e) =>
        e.Match.Trigger.Class == AnchorClass.Adjective && d.TagOf(e.Match.Anchor).IsAdjective() && TriggerMatcher.IsPredicate(d, e.Match.Anchor, s.Sentence.FirstToken);

    /// <summary>
    /// "rejects the objections raised by Venezuela", "the attacks carried out by the group": a participle after the event
    /// noun (or after the weapon that is the subject, "shells fired by Yemeni forces"), in the passive, names who made it in
    /// its "by" phrase. A backer ("an assault backed by the government") or a mediator ("a ceasefire brokered by Egypt") is
    /// named that way too, and is not the one who acts.
    /// </summary>
    void ReducedPassiveAgent(CodedEvent e, Parties parties, int anchor)
    {
        if (MadeBy(e, anchor) is not var (participle, agent)) return;
        EntityFinder.Add(parties.Actors, entities.In(agent, e).Where(a => !parties.Recipients.Any(r => EntityFinder.SameEntity(a, r))));
        if (parties.Actors.Count > 0) e.Reasons.Add($"actor: the 'by' phrase of '{d.TextOf(participle)}' after the noun");
    }

    /// <summary>
    /// The passive participle right after a noun and its "by" phrase ("shells fired by Yemeni forces"), unless that phrase
    /// names a backer or a mediator.
    /// </summary>
    (int Participle, TokenRange Agent)? MadeBy(CodedEvent e, int noun)
    {
        var participle = s.Clauses.FirstOrDefault(c => c is { NonFinite: true, Passive: true, AgentPhrase: not null }
                                                       && c.Head > noun && c.Subject.Contains(noun) && c.Subject.End - 1 == noun);
        if (participle?.AgentPhrase is not { } agent || BackerOrMediator(participle.Head, e)) return null;
        return (participle.Head, agent);
    }

    /// <summary>
    /// Whether a passive participle names in its "by" phrase a backer or a mediator ("an assault backed by the government",
    /// "a ceasefire brokered by Egypt"), who is not the one who acts; the host of talks ("hosted by Qatar") takes part in them.
    /// </summary>
    bool BackerOrMediator(int participle, CodedEvent e) =>
        words.BackerSuffixes.Contains(d.LowerOf(participle)) || words.HostVerbs.Contains(d.LemmaOf(participle)) && e.Category != PloverCategory.Consult;

    /// <summary>
    /// "The Sudanese Army recaptures El Geteina after heavy fighting with the Rapid Support Forces": an act done
    /// with someone, in a phrase after an active verb, is the act of that verb's subject.
    /// </summary>
    void FoughtWith(CodedEvent e, Parties parties)
    {
        var main = e.Clause is { } own && own.Head == e.Match.Anchor ? own.Governor : e.Clause;
        if (main is not { Passive: false, Subject.IsEmpty: false } || e.Match.Anchor <= main.Head) return;
        EntityFinder.Add(parties.Actors, entities.In(main.Subject, e).Where(a => !parties.Recipients.Any(r => EntityFinder.SameEntity(a, r))));
        if (parties.Actors.Count > 0) e.Reasons.Add("actor: the subject of the verb the act is done beside");
    }

    /// <summary>
    /// "pledged support for Moldova's bid to join the EU during a visit to Chisinau": the visitor is the main clause's subject;
    /// "warned Vladimir Putin in a video call", "urged Israel ... during a visit to Tel Aviv": the one addressed was met.
    /// </summary>
    void OccasionParties(CodedEvent e, Parties parties)
    {
        var main = e.Clause!;
        while (main.NonFinite && main.Governor is not null) main = main.Governor;
        EntityFinder.Add(parties.Actors, entities.In(main.Passive ? main.AgentPhrase ?? TokenRange.None : main.Subject, e));
        if (parties.Recipients.Count > 0 || main.Passive || main.Object.IsEmpty) return;
        EntityFinder.Add(parties.Recipients, entities.In(main.Object, e).Where(r => !parties.Actors.Any(a => EntityFinder.SameEntity(a, r))));
        if (parties.Recipients.Count > 0) e.Reasons.Add("the other party: the one the main verb addresses");
    }

    /// <summary>
    /// "During a meeting with Benjamin Netanyahu, Austria's Chancellor Werner Faymann calls on him", "During a visit to Iran,
    /// Prime Minister of Italy Matteo Renzi signs": the meeting in the phrase that opens the sentence is held by the subject of
    /// the clause after its comma.
    /// </summary>
    void FrontedOccasion(CodedEvent e, Parties parties)
    {
        var first = s.Sentence.FirstToken;
        if (d.TagOf(first) != PosTag.IN) return;
        // The first comma closes the opening phrase, and the meeting is in it ("In Bali, on the sidelines of the G-20 summit,
        // the two leaders agreed" opens with a place, and no meeting is told); a verb before it makes the opening a clause.
        var comma = first + 1;
        while (comma < s.Sentence.EndToken && d.TagOf(comma) != PosTag.Comma)
        {
            if (d.TagOf(comma).IsVerb() || d.TagOf(comma) is PosTag.Punct or PosTag.Colon) return;
            comma++;
        }
        if (comma >= s.Sentence.EndToken || comma < e.Match.Anchor) return;
        var main = s.Clauses.FirstOrDefault(c => c.First > comma && !c.NonFinite && c.Governor is null && c.Subordinator is null);
        if (main is null || main.Passive || main.Subject.IsEmpty || main.Subject.First <= comma) return;
        EntityFinder.Add(parties.Actors, entities.In(main.Subject, e).Where(a => !parties.Recipients.Any(r => EntityFinder.SameEntity(a, r))));
        if (parties.Actors.Count > 0) e.Reasons.Add($"actor: the subject of '{d.TextOf(main.Head)}', after the phrase the meeting opens the sentence in");
    }

    /// <summary>Whether a party found in a range is named there after a locative preposition ("a bomb in northern Iraq").</summary>
    bool SettingIn(TokenRange range, EventEntity party)
    {
        var named = false;
        foreach (var m in s.Actors)
        {
            if (m.First < range.First || m.End > range.End || m.Entity != party.Entity) continue;
            if (!LocativeBefore(m.First, s.Sentence.FirstToken)) return false;
            named = true;
        }
        return named;
    }

    /// <summary>
    /// Whether a locative preposition opens the noun phrase a mention is in ("in the Afghan city of Kunduz"). Unlike
    /// <see cref="Syntax.PrepositionBefore"/>, which follows a chain of places across commas, it stops at the phrase's edge
    /// ("In April, the US dropped": the US is no setting).
    /// </summary>
    bool LocativeBefore(int first, int limit)
    {
        var t = first - 1;
        while (t >= limit)
        {
            if (d.TagOf(t) is PosTag.DT or PosTag.JJ or PosTag.CD or PosTag.NNP or PosTag.NN || d.LowerOf(t) == "of") t--;
            // ("A double car bombing in Benghazi, Libya, kills": the state right after a place of its own and a comma widens that place.)
            else if (t == first - 1 && d.PlacesOf(s.Sentence).FirstOrDefault(p => p.First == first)?.Place.Country is { } country
                     && s.Syntax.PlaceWidenedBy(t, country) is { } place) t = place.First - 1;
            else break;
        }
        return t >= limit && words.LocativePrepositions.Contains(d.LowerOf(t));
    }

    void FromVerb(CodedEvent e, Parties parties, TokenRange actorRange, TokenRange patientRange)
    {
        var clause = e.Clause;
        EntityFinder.Add(parties.Actors, entities.In(actorRange, e));
        // "A truck bomb in Tal Afar in northern Iraq kills 25 people": a state named where the attack happened is its
        // setting, not its attacker.
        if (e.Category == PloverCategory.Assault && clause is { Passive: false })
            parties.Actors.RemoveAll(a => a.Entity is { Kind: EntityKind.State, Sector: null } && SettingIn(actorRange, a));
        if (parties.Actors.Count == 0 && SharedAgent(clause) is { } shared)
        {
            EntityFinder.Add(parties.Actors, entities.In(shared, e));
            if (parties.Actors.Count > 0) e.Reasons.Add("actor: the 'by' phrase of the passive joined to it by 'and'");
        }
        // "Shells fired by Yemeni forces across the border kill three people": a weapon, the subject, was fired by the actor.
        if (parties.Actors.Count == 0 && clause is { Passive: false, Subject.IsEmpty: false } && words.WeaponNouns.Contains(d.LemmaOf(clause.Subject.End - 1)))
            ReducedPassiveAgent(e, parties, clause.Subject.End - 1);
        // "Massive Russian attacks are launched on cities across Ukraine": with no "by" phrase, the act the passive's
        // subject names is the one its own words before it name ("Russian", "Israel's").
        if (parties.Actors.Count == 0 && clause is { Passive: true, AgentPhrase: null } && words.ConductingVerbs.Contains(d.LemmaOf(clause.Head))
            && e.Match.Tokens.FirstOrDefault(t => t != e.Match.Anchor && t > clause.Subject.First && clause.Subject.Contains(t) && d.TagOf(t).IsNoun(), -1)
                is var named and >= 0)
        {
            EntityFinder.Add(parties.Actors, entities.In(new TokenRange(clause.Subject.First, named), e));
            if (parties.Actors.Count > 0) e.Reasons.Add($"actor: named before '{d.TextOf(named)}', the passive's subject");
        }
        if (parties.Actors.Count == 0) entities.FromApposition(clause, actorRange, parties.Actors, e);
        else if (parties.Actors.All(a => a.Entity.Code is null))
        {
            // "the then secretary of state, Rex Tillerson, pledged", "Prince Salman, the Saudi crown prince, says": a subject
            // of no state is known by its apposition.
            var described = new List<EventEntity>();
            entities.FromApposition(clause, actorRange, described, e, codedOnly: true);
            if (described.Count > 0)
            {
                parties.Actors.Clear();
                parties.Actors.AddRange(described);
            }
        }
        if (parties.Actors.Count == 0 && clause is { Passive: true, AgentPhrase: null } && clause.Head == e.Match.Anchor && words.SendingVerbs.Contains(d.LemmaOf(clause.Head))
            && clause.Preps.FirstOrDefault(p => p.Preposition == "from") is { PrepToken: > 0 } from)
        {
            // "Walid Makled Garcia is extradited from Colombia to Venezuela": the state sent from sends (data/words/sending-verbs.txt).
            EntityFinder.Add(parties.Actors, entities.In(from.Object, e).Where(a => a.Entity is { Kind: EntityKind.State } or { Sector: Sector.GOV }));
            if (parties.Actors.Count > 0) e.Reasons.Add($"actor: the state '{d.TextOf(from.Object.First, from.Object.End - 1)}' the person is sent from");
        }
        foreach (var slot in e.Match.Trigger.RecipientSlots)
        {
            if (parties.Recipients.Count > 0) break;
            if (slot is "obj" or "subj")
            {
                EntityFinder.Add(parties.Recipients, entities.In(patientRange, e));
                // "Sophie Pétronin, a French aid worker held in Mali, was freed": the one acted on known by apposition.
                if (parties.Recipients.Count == 0 && clause is { Passive: true }) entities.FromApposition(clause, patientRange, parties.Recipients, e);
                if (parties.Recipients.Count == 0 && clause is { Passive: false }) entities.FromObjectApposition(patientRange, parties.Recipients, e);
                if (parties.Recipients.Count == 0 && clause is { Passive: false }) ObjectMadeBy(e, clause, parties);
                continue;
            }
            // "says Iran must declare ...": a demand is aimed at the one it says should or must act.
            if (slot == "obliged")
            {
                if (e.Obligation is { Passive: false } obliged) EntityFinder.Add(parties.Recipients, entities.In(obliged.Subject, e));
                continue;
            }
            // "a Thai court rules that Prime Minister Samak Sundaravej must be removed": a finding is about the subject of
            // the clause it governs.
            if (slot == "that")
            {
                if (s.FindingOf(e) is { } finding)
                    EntityFinder.Add(parties.Recipients, entities.In(finding.Subject, e).Where(r => !parties.Actors.Any(a => EntityFinder.SameEntity(a, r))));
                continue;
            }
            FromPreposition(e, parties, slot);
            parties.RecipientFromWith = slot == "with" && parties.Recipients.Count > 0;
        }
        if (parties.Recipients.Count == 0 && e.Category == PloverCategory.Assault && clause is { Passive: false, Object.IsEmpty: false }
            && words.WeaponNouns.Contains(d.LemmaOf(clause.Object.End - 1)))
            WeaponOwner(e, parties, clause.Object.End - 1);
        if (parties.Actors.Count == 0 && clause is { Passive: true } && clause.Head == e.Match.Anchor) OccurringBetween(e, clause, parties);
        e.Reasons.Add(clause is { Passive: true } ? "passive: actor from the 'by' phrase, recipient from the subject" : "actor from the subject");
    }

    /// <summary>
    /// "Israel intercepts a rocket fired by suspected Hamas militants": a weapon acted on, fired or launched by someone its
    /// participle's "by" phrase names, is acted on as theirs; they are the recipient.
    /// </summary>
    void WeaponOwner(CodedEvent e, Parties parties, int weapon)
    {
        if (MadeBy(e, weapon) is not var (participle, agent)) return;
        EntityFinder.Add(parties.Recipients, entities.In(agent, e).Where(r => !parties.Actors.Any(a => EntityFinder.SameEntity(a, r))));
        if (parties.Recipients.Count > 0) e.Reasons.Add($"recipient '{parties.Recipients[0].Text}': who '{d.TextOf(participle)}' the weapon acted on");
    }

    /// <summary>
    /// "Hamas praise the attack by Hezbollah", "condemned the decision by the court": what is acted on was done by the one
    /// its own "by" phrase names, right after it, and that one is the recipient.
    /// </summary>
    void ObjectMadeBy(CodedEvent e, Clause clause, Parties parties)
    {
        // ("getting bombed every five minutes by coalition jets": a passive with "get" and a time, no object made.)
        if (clause.Object.IsEmpty || !d.TagOf(clause.Object.End - 1).IsNoun() || d.TagOf(clause.Object.End - 1).IsProperNoun()
            || d.TagOf(e.Match.Anchor) == PosTag.VBN || e.Match.Anchor > s.Sentence.FirstToken && d.LemmaOf(e.Match.Anchor - 1) is "get" or "be"
            || words.DurationHeads.Contains(d.LemmaOf(clause.Object.End - 1))) return;
        if (clause.Preps.FirstOrDefault(p => p.Preposition == "by" && p.PrepToken == clause.Object.End) is not { PrepToken: > 0 } by) return;
        EntityFinder.Add(parties.Recipients, entities.In(by.Object, e).Where(r => !parties.Actors.Any(a => EntityFinder.SameEntity(a, r))));
        if (parties.Recipients.Count > 0) e.Reasons.Add($"recipient '{parties.Recipients[0].Text}': who made '{d.TextOf(clause.Object.End - 1)}', the one acted on");
    }

    /// <summary>
    /// "Three foreigners are arrested and one ton of cocaine is seized by the Mexican Navy": passives joined by "and" share
    /// the agent the last of them names; "Takeshi Ebisawa is convicted by a New York federal court and sentenced to 20
    /// years": a passive verb that shares the subject of the one before it shares its agent too.
    /// </summary>
    TokenRange? SharedAgent(Clause? clause)
    {
        if (clause is not { Passive: true } || clause.AgentPhrase is not null) return null;
        var previous = s.Clauses.Where(k => k.Head < clause.Head).MaxBy(k => k.Head);
        if (previous is { Passive: true, AgentPhrase: { } earlier } && !clause.Subject.IsEmpty && previous.Subject == clause.Subject
            && clause.First > s.Sentence.FirstToken && d.LowerOf(clause.First - 1) == "and" && earlier.End == clause.First - 1)
            return earlier;
        var next = s.Clauses.Where(k => k.Head > clause.Head && !k.NonFinite).MinBy(k => k.Head);
        if (next is not { Passive: true } || next.AgentPhrase is not { } agent) return null;
        var start = next.Start;
        var between = Enumerable.Range(clause.Head + 1, Math.Max(0, start - clause.Head - 1)).ToList();
        return between.Count > 0 && d.LowerOf(between[^1]) == "and" && between.All(t => !d.TagOf(t).IsFiniteVerb() && d.TagOf(t) is not (PosTag.Comma or PosTag.Colon))
            ? agent : null;
    }

    /// <summary>The recipient in a prepositional slot: part of the pattern ("call on X") or a phrase after it.</summary>
    void FromPreposition(CodedEvent e, Parties parties, string slot)
    {
        var clause = e.Clause;
        var prep = clause?.Preps.FirstOrDefault(p => p.Preposition == slot && p.PrepToken > e.Match.Anchor && !(slot == "with" && s.Syntax.IsWithParticiple(p.PrepToken, p.Object)));
        if (prep is not { PrepToken: > 0 } found)
        {
            foreach (var pp in s.Syntax.PrepsAfter(e.Match.Last).Where(p => p.Preposition == slot).Take(1))
                EntityFinder.Add(parties.Recipients, entities.In(pp.Object, e));
            return;
        }
        EntityFinder.Add(parties.Recipients, entities.In(found.Object, e));
        // "gifted two million doses to Bangladesh and one million to Nepal": each destination of one act.
        if (slot is not ("to" or "on" or "against") || e.Category is not (PloverCategory.Aid or PloverCategory.Sanction or PloverCategory.Assault or PloverCategory.Mobilize))
            return;
        foreach (var more in clause!.Preps.Where(p => p.Preposition == slot && p.PrepToken > found.PrepToken && p.PrepToken - found.Object.End <= 6
                                                      && Enumerable.Range(found.PrepToken + 1, p.PrepToken - found.PrepToken - 1).Any(t => d.LowerOf(t) == "and")))
            EntityFinder.Add(parties.Recipients, entities.In(more.Object, e).Where(r => !parties.Recipients.Any(x => EntityFinder.SameEntity(x, r))));
    }

    /// <summary>
    /// "Beijing has told Washington it is unwilling to schedule a meeting", "Iran warned the United States that it would
    /// retaliate": a refusal, demand, threat or promise made in words addressed to someone is aimed at them.
    /// </summary>
    void Addressee(CodedEvent e, Parties parties)
    {
        if (parties.Recipients.Count > 0 || parties.Actors.Count == 0 || e.Category is not (PloverCategory.Reject or PloverCategory.Request
            or PloverCategory.Threaten or PloverCategory.Agree or PloverCategory.Concede or PloverCategory.Accuse))
            return;
        var actorCodes = parties.Actors.Select(a => a.Entity.Code).OfType<string>().ToHashSet();
        for (var c = e.Clause; c?.Governor is { } speech; c = speech)
        {
            if (!words.SpeechVerbs.Contains(d.LemmaOf(speech.Head)) || speech.Object.IsEmpty || speech.Passive) continue;
            var speakers = entities.In(speech.Subject, e).Select(x => x.Entity.Code).OfType<string>();
            if (!speakers.Any(actorCodes.Contains)) continue;
            var addressed = entities.In(speech.Object, e).Where(r => r.Entity.Code is { } code && !actorCodes.Contains(code)).ToList();
            if (addressed.Count == 0) continue;
            EntityFinder.Add(parties.Recipients, addressed);
            e.Reasons.Add($"recipient '{addressed[0].Text}': the one the words were addressed to ('{d.TextOf(speech.Head)}')");
            return;
        }
    }

    /// <summary>
    /// No recipient where the pattern expects one: the first other actor named after the trigger in the same stretch of
    /// text ("warned that no part of Israel would be spared", "accepted a US proposal"), with the rest of a list of names.
    /// </summary>
    void FirstNamedAfter(CodedEvent e, Parties parties)
    {
        var directed = e.Category is PloverCategory.Reject or PloverCategory.Threaten or PloverCategory.Request or PloverCategory.Sanction or PloverCategory.Accuse
                       || e.Category is PloverCategory.Agree or PloverCategory.Concede && parties.Actors.Count == 1; // "accepted a United States offer"
        if (parties.Recipients.Count > 0 || !(e.Match.Trigger.RecipientSlots.Count > 0 || directed) || e.Category == PloverCategory.Consult
            || e.Category is PloverCategory.Agree or PloverCategory.Support or PloverCategory.Cooperate && parties.Actors.Count > 1)
            return;
        // "was convicted of fighting against the Islamic State", "was killed by an IED planted by Isis": in the passive
        // the one acted on is the subject; what follows the verb is a charge, a cause or the agent.
        if (e.Clause is { Passive: true } && !e.IsNominal(d)) return;
        // "North Korea threatens to dispose of South Korean assets": the act threatened is the threat's own infinitive, so its
        // object is the one threatened.
        var clauseFrom = e.Category == PloverCategory.Threaten && e.Last + 2 < s.Sentence.EndToken && d.TagOf(e.Last + 1) == PosTag.TO && d.TagOf(e.Last + 2) == PosTag.VB
            ? e.Last + 3 : e.Last + 1;
        foreach (var m in s.Actors)
        {
            if (m.First <= e.Match.Anchor) continue;
            if (s.Syntax.Boundary(e.Last + 1, m.First) || parties.Actors.Count > 0 && s.Syntax.ClauseStartsBetween(clauseFrom, m.First)) break;
            // "100 injured following a Taliban suicide bomb": the occasion or cause after the act names no one it is aimed at.
            if (AfterSequencePreposition(m.First, e.Last)) break;
            var entity = entities.EntityOf(m);
            if (entity.Entity.Code is null || parties.Actors.Any(a => EntityFinder.SameEntity(a, entity)) || OwnState(e, parties.Actors, entity)) continue;
            // "a ceasefire brokered by Egypt", "backed by the Turkish army's tanks": a mediator or backer named after the act
            // is neither side of it ("comments made by Donald Trump" names whose act is answered).
            var by = d.LowerOf(m.First - 1) == "by" ? m.First - 1
                : m.First - 2 > e.Last && d.LowerOf(m.First - 2) == "by" && d.TagOf(m.First - 1) == PosTag.DT ? m.First - 2 : -1;
            if (by - 1 > e.Last && d.TagOf(by - 1) == PosTag.VBN && BackerOrMediator(by - 1, e)) continue;
            // "raised US concerns", "voiced Russia's objections": the actor's own state inside the event's words is whose act it is.
            if (m.First >= e.Match.First && m.End - 1 <= e.Match.Last && m.Entity is { Kind: EntityKind.State, Sector: null }
                && parties.Actors.Any(a => a.Entity.Country == entity.Entity.Country)) continue;
            // "Downing Street said senior ministers had agreed it was highly likely the Syrian government was responsible": the
            // speaker's own officials, themselves saying or holding the view, are not whom the criticism is aimed at.
            if (e.Category == PloverCategory.Accuse && words.SpeechVerbs.Contains(d.LemmaOf(e.Match.Anchor)) && entity.Entity is { Kind: EntityKind.Group, Country: { } own }
                && parties.Actors.Count > 0 && parties.Actors.All(a => a.Entity.Country == own) && HoldsView(m.End)) continue;
            // "over the Sea of Japan", "in the Amazon": a setting, not a target ("in Russia's exercises" names their owner).
            // ("a change in Chinese policies": a state describing the noun after it owns it; it is no setting.)
            if (s.Syntax.LocativeBefore(m.First) is { } where && where != "on"
                && !Enumerable.Range(m.First, Math.Min(m.End + 1, s.Sentence.EndToken) - m.First).Any(t => d.TagOf(t) == PosTag.POS)
                && !(m.End < s.Sentence.EndToken && d.TagOf(m.End) is PosTag.NN or PosTag.NNS && e.Category is PloverCategory.Request or PloverCategory.Accuse
                     or PloverCategory.Reject or PloverCategory.Support && !e.IsNominal(d)
                     && !(m.End + 2 < s.Sentence.EndToken && d.LowerOf(m.End + 1) == "of" && d.PlacesOf(s.Sentence).Any(p => p.First == m.End + 2)) // "in the Syrian town of Douma"
                     && !s.Matches.Any(x => x.First <= m.End && m.End <= x.Last))) continue;
            // "rockets fired from Egypt's Sinai Peninsula hit the Israeli resort of Eilat": where an attack comes from is not
            // what it hits.
            if (e.Category == PloverCategory.Assault && FiredFrom(m.First)) continue;
            // "Goma fell to rebel forces": where the subject undergoes the act (slot `subj`), the one named in the pattern's
            // own words after the verb did it ("fled to Turkey" names a destination, outside the pattern).
            if (e.Match.Trigger.RecipientSlots.Contains("subj") && e.Match.Trigger.Class == AnchorClass.Verb && parties.Actors.Count == 0 && m.End - 1 <= e.Match.Last)
            {
                parties.Actors.Add(entity);
                e.Reasons.Add($"actor '{entity.Text}': named after a verb whose subject undergoes it");
                return;
            }
            parties.Recipients.Add(entity);
            e.Reasons.Add($"recipient '{entity.Text}': the first actor named after the trigger");
            RestOfList(parties, m.End);
            return;
        }
    }

    /// <summary>Whether the mention at <paramref name="first"/> says where something was fired from: "rockets fired from Egypt's Sinai", "launched from Gaza".</summary>
    bool FiredFrom(int first)
    {
        var t = first - 1;
        while (t > s.Sentence.FirstToken && d.TagOf(t) is PosTag.DT or PosTag.JJ) t--;
        return t > s.Sentence.FirstToken && d.LowerOf(t) == "from" && words.FiringVerbs.Contains(d.LemmaOf(t - 1));
    }

    /// <summary>Whether the noun phrase holding the mention at <paramref name="first"/> follows "after", "following", "amid" (after <paramref name="limit"/>).</summary>
    bool AfterSequencePreposition(int first, int limit)
    {
        for (var t = first - 1; t > limit; t--)
        {
            if (words.SequencePrepositions.Contains(d.LowerOf(t))) return true;
            if (!ClauseAnalyzer.IsNominal(d, t)) return false;
        }
        return false;
    }

    /// <summary>"the United States, Germany and France": the rest of a list of names.</summary>
    void RestOfList(Parties parties, int last)
    {
        foreach (var next in s.Actors.Where(n => n.First >= last && n.Entity?.Code is not null))
        {
            if (Enumerable.Range(last, next.First - last).Any(t => !words.ListJoiners.Contains(d.LowerOf(t)))) break;
            // "..., the State Department said", "..., and police used water cannon": a name that is the subject of the
            // next clause is not in the list.
            if (next.End < s.Sentence.EndToken && (d.TagOf(next.End).IsFiniteVerb() || d.TagOf(next.End) == PosTag.MD || ClauseAnalyzer.IsSpeakerVerb(words, d, next.End))) break;
            var listed = entities.EntityOf(next);
            if (!parties.Recipients.Any(r => EntityFinder.SameEntity(r, listed)) && !parties.Actors.Any(a => EntityFinder.SameEntity(a, listed))) parties.Recipients.Add(listed);
            last = next.End;
        }
    }

    /// <summary>"talks hosted by Qatar's emir", "negotiations mediated by Egypt": the host or mediator takes part.</summary>
    void HostsTakePart(CodedEvent e, Parties parties)
    {
        if (e.Category != PloverCategory.Consult || e.Match.Trigger.Anchor == "host") return;
        for (var t = e.Match.Last + 1; t + 1 < s.Sentence.EndToken && t <= e.Match.Last + 8; t++)
        {
            if (d.TagOf(t) is PosTag.Punct or PosTag.Colon) break;
            if (!words.HostVerbs.Contains(d.LemmaOf(t)) || d.TagOf(t) != PosTag.VBN || d.LowerOf(t + 1) != "by") continue;
            var np = ClauseAnalyzer.ReadNounPhrase(words, d, t + 2, s.Sentence.EndToken);
            var hosts = entities.In(np, e).ToList();
            EntityFinder.Add(parties.Actors, hosts);
            if (hosts.Count > 0) e.Reasons.Add($"'{d.TextOf(t)} by {hosts[0].Text}': the {d.LemmaOf(t)} takes part");
            return;
        }
    }

    /// <summary>
    /// PLOVER's compound and reciprocal actors: "agreed with", "signed a deal with" make all parties actors ("shared
    /// intelligence with Ukraine" and "is trying to schedule a call with Xi" are given one way); "X hosted Y" makes the
    /// visitor the actor and the host the recipient; a meeting with no host puts all parties in the actor.
    /// </summary>
    void Reciprocity(CodedEvent e, Parties parties, bool nominal)
    {
        // "Biden is trying to schedule a call with Xi": an attempt still going on is one side's act; the other has agreed to nothing.
        var attempted = e.Clause is { } clause && StatusClassifier.OngoingAttempt(words, d, clause);
        if (e.Category is PloverCategory.Agree && parties.RecipientFromWith && !attempted
            && !(words.SharingVerbs.Contains(d.LemmaOf(e.Match.Anchor)) && parties.Actors.Count > 0))
        {
            foreach (var r in e.Recipient) if (!e.Actor.Any(a => EntityFinder.SameEntity(a, r))) e.Actor.Add(r);
            e.Recipient.Clear();
            e.Reasons.Add("reciprocal 'with': all parties are actors");
        }
        if (e.Category == PloverCategory.Consult && e.Match.Trigger.Anchor == "host" && !nominal)
        {
            var hosts = e.Actor.ToList();
            e.Actor.Clear();
            e.Actor.AddRange(e.Recipient);
            e.Recipient.Clear();
            e.Recipient.AddRange(hosts);
            e.Reasons.Add("host: the visitor is the actor, the host the recipient");
        }
        if (e.Category == PloverCategory.Consult && e.Mode is null or PloverMode.ThirdParty or PloverMode.Multilateral or PloverMode.Phone)
        {
            foreach (var r in e.Recipient) if (!e.Actor.Any(a => EntityFinder.SameEntity(a, r))) e.Actor.Add(r);
            e.Recipient.Clear();
        }
    }

    public static bool OwnState(CodedEvent e, List<EventEntity> actors, EventEntity r) =>
        r.Entity is { Kind: EntityKind.State, Sector: null, Org: null, Country: { } country }
        && e.Category is PloverCategory.Threaten or PloverCategory.Sanction or PloverCategory.Agree or PloverCategory.Support or PloverCategory.Reject
            or PloverCategory.Consult or PloverCategory.Cooperate
        && actors.Count > 0 && actors.All(a => a.Entity.Country == country && a.Entity.Org is null);
}
