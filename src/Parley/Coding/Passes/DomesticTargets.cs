using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Concessions, repression, protests and violence with no named target are aimed at the people of the state
/// where they happen: "Sri Lanka lifted the curfew" (LKA → LKA), "police fired tear gas in Tbilisi", "Belarus
/// freed 14 political prisoners", "Kazakhstan declared a state of emergency"; so are convictions with no one named as
/// convicted ("found guilty of running camps in the United Kingdom") and charges with no one named as bringing them or as
/// charged ("A man is charged in New York"). Police deployed and
/// investigations opened with nobody named are domestic (a resignation, even promised, is aimed at nobody); a legislature or court rejecting with no one named
/// rejects its own state's act. Protests with no one named as protesting are the people's of that state.
/// Violence with no target named is aimed at the only state the sentence places anything in ("a Russian drone
/// strikes a church in Lviv, western Ukraine"), or, in a sentence that names no state but the attacker's, at the state
/// where the sentence, or else one of the six before it, sets its scene ("... in Cairo, Egypt. One person is killed"),
/// except fighting between sides, which has no victim (so is an arrest with neither side's state named: "The perpetrator is
/// arrested" after an attack in Bamako); violence and coercion in a sentence that names one armed group of
/// no state apart from the actor, as neither someone's enemy nor a place's holder, are aimed at that group ("the Syrian
/// army drove Isis militants out of their last stronghold ... following a government offensive").
/// </summary>
public sealed class DomesticTargets(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "domestic-targets";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            AimAtHome(s, e);
            Protesters(s, e);
            OppositionsGovernment(e);
        }
    }

    /// <summary>
    /// "Labour leader Jeremy Corbyn has accused the government of waiting for instructions", "Fiji's opposition parties urge
    /// the government to reconsider": the government an opposition or a party of one state speaks to or of, named by no state,
    /// is that state's.
    /// </summary>
    static void OppositionsGovernment(CodedEvent e)
    {
        if (e.Category is not (PloverCategory.Accuse or PloverCategory.Request or PloverCategory.Reject or PloverCategory.Protest)) return;
        if (e.Actor.Count == 0 || !e.Actor.Any(a => a.Entity.Sector is Sector.OPP or Sector.PTY) || e.SingleActorCountry() is not { } country) return;
        for (var i = 0; i < e.Recipient.Count; i++)
        {
            if (e.Recipient[i].Entity is not { Country: null, Org: null, Sector: Sector.GOV } government) continue;
            e.Recipient[i] = e.Recipient[i] with { Entity = government with { Country = country } };
            e.Reasons.Add($"recipient '{e.Recipient[i].Text}' of {country}: the government of the opposition or party that addresses it");
        }
    }

    void AimAtHome(SentenceCoding s, CodedEvent e)
    {
        var policing = e.Category == PloverCategory.Mobilize && e.Mode == PloverMode.Police
                       || e.Category == PloverCategory.Accuse && e.Mode == PloverMode.Investigate && e.Actor.Count > 0 && e.Actor.All(a => a.Entity.Org is null)
                       // "The incident is being investigated as a terror attack": by the state where it happened.
                       || e.Category == PloverCategory.Accuse && e.Mode == PloverMode.Investigate && e.Actor.Count == 0 && e.Clause is { Passive: true, AgentPhrase: null };
        // "Abdul Tawala Ibn Ali Alishtari is charged in New York with financing terrorism": a charge with no one named as
        // bringing it is the state's where it is brought, against someone of that state unless named otherwise.
        // (Not what someone "is alleged to have" done, nor "the two men accused of involvement": a description.)
        var charged = e.Category == PloverCategory.Accuse && e.Mode == PloverMode.Allege && e.Actor.Count == 0
                      && e.Clause is { Passive: true, AgentPhrase: null, NonFinite: false } && e.Match.Last + 1 < s.Sentence.EndToken
                      && s.Document.TagOf(e.Match.Last + 1) != PosTag.TO;
        if (OwnForcesMoved(s, e)) return;
        // "up to 90 people were killed during a US air raid in Herat province, Afghanistan": people named as the target but
        // of no known state are the people of the state where it happens.
        var unplaced = e.Recipient.Count > 0 && e.Recipient.All(r => r.Entity is { Code: null, Kind: not EntityKind.Person });
        if (e.Recipient.Count > 0 && !unplaced || !policing && !charged && e.Category is not (PloverCategory.Concede or PloverCategory.Coerce or PloverCategory.Protest
                                                                    or PloverCategory.Assault or PloverCategory.Retreat or PloverCategory.Reject)
                                                                    && !(e.Category == PloverCategory.Sanction && e.Mode == PloverMode.Convict))
            return;
        var lawmakers = e.Actor.Count > 0 && e.Actor.All(a => a.Entity.Sector is Sector.LEG or Sector.JUD);
        if (e.Category == PloverCategory.Reject && !lawmakers) return;
        if (e.Category == PloverCategory.Retreat && e.Mode == PloverMode.Ceasefire) return;
        if (e.IsResignation) return;
        // "seized a town that had become one of the last refuges for the Isis leadership": violence with no target named, in
        // a sentence that names one armed group of no state on neither side of it, is aimed at that group.
        if (!unplaced && e.Category is PloverCategory.Assault or PloverCategory.Coerce && s.Syntax.ArmedGroupApart(e) is { } group)
        {
            e.Recipient.Add(group);
            e.Reasons.Add($"recipient '{group.Text}': the one armed group the sentence names apart from the actor");
            return;
        }
        var country = Home(s, e);
        // "lawmakers voted to block the decree", "a Kenyan court blocked the government's plan".
        if (country is null && e.Category == PloverCategory.Reject && lawmakers) country = e.SingleActorCountry();
        if (country is null && e.Category == PloverCategory.Coerce && e.Mode is PloverMode.MartialLaw or PloverMode.Curfew) country = e.SingleActorCountry();
        if (country is null || knowledge.State(country) is not { } state) return;
        if (IsSelfConcession(s, e) && country == e.SingleActorCountry()) return;
        if (unplaced)
        {
            for (var i = 0; i < e.Recipient.Count; i++)
                e.Recipient[i] = e.Recipient[i] with { Entity = e.Recipient[i].Entity with { Country = country } };
            e.Reasons.Add($"recipient '{e.Recipient[0].Text}' of {country}: the people of the state where it happens");
            e.TargetFromPlace = true;
            return;
        }
        e.Recipient.Add(new EventEntity(state.Name, state));
        e.Reasons.Add($"recipient {country}: the people of the state where it happens");
        e.TargetFromPlace = true;
    }

    /// <summary>
    /// "admits to having left confidential documents unsecured", "withdraws from his campaign for reelection": an admission, or
    /// a candidate's withdrawal, at home concedes to no one (data/words/self-concessions.txt); abroad it concedes to the state
    /// where it happened ("NATO admits it killed 12 civilians in Marjah"). (With no one named as conceding, the state where it
    /// happens stays, as what keeps the event: "Angela Eagle drops out of the race".)
    /// </summary>
    static bool IsSelfConcession(SentenceCoding s, CodedEvent e) =>
        e.Category == PloverCategory.Concede && e.Actor.Count > 0
        && (s.Syntax.Words.SelfConcessions.Contains(s.Document.LemmaOf(e.Match.Anchor))
            || e.Match.Tokens.Any(t => s.Syntax.Words.SelfConcessions.Contains(s.Document.LowerOf(t))));

    /// <summary>
    /// "Trump has ordered US forces in Syria to leave", "the withdrawal of half the US military presence in Afghanistan": the
    /// troops pulled out are the actor's own, so the withdrawal is aimed at the state whose ground they leave, or at nobody
    /// named. So are troops or police sent ("The federal government has moved thousands of troops into the state of Gujarat",
    /// "The Palestinian Authority redeploys paramilitary police in Gaza"): aimed at the other state they are sent to, or at
    /// nobody. Whether the recipient was the actor's own forces (and has been replaced).
    /// </summary>
    bool OwnForcesMoved(SentenceCoding s, CodedEvent e)
    {
        var sent = e.Category == PloverCategory.Mobilize;
        if (!sent && (e.Category is not (PloverCategory.Retreat or PloverCategory.Concede) || e.Mode is not (null or PloverMode.Withdraw))
            || e.Recipient.Count == 0 || e.Actor.Count == 0)
            return false;
        var own = e.ActorCountries();
        if (!e.Recipient.All(r => r.Entity is { Org: null, Country: { } country } forces && (forces.Sector == Sector.MIL || sent && forces.Sector == Sector.COP)
                                  && own.Contains(country)))
            return false;
        e.Recipient.Clear();
        var left = GroundAfter(s, e, own, s.Sentence.EndToken, sent ? OwnForcesDestinations : OwnForcesPrepositions);
        if (left is null || knowledge.State(left.Place.Country) is not { } ground)
        {
            e.Reasons.Add(sent ? "recipient: not the actor's own forces it sends" : "recipient: not the actor's own forces it pulls back");
            return true;
        }
        e.Recipient.Add(new EventEntity(ground.Name, ground));
        e.Reasons.Add(sent ? $"recipient {left.Place.Country}: the state the actor's own forces are sent to"
                           : $"recipient {left.Place.Country}: the state whose ground the actor's own forces leave");
        return true;
    }

    /// <summary>Where the actor's own forces are sent: "to Syria", "into Gaza", "near the border with Somalia".</summary>
    static readonly string[] OwnForcesDestinations = ["to", "into", "in", "near"];

    /// <summary>How many sentences back a scene still holds for violence against people the sentence does not place.</summary>
    const int SceneReach = 6;

    /// <summary>Where a retreat's ground lies: "pulled back from positions around Kyiv", "let aid trucks into Gaza".</summary>
    static readonly string[] GroundPrepositions = ["from", "into", "to", "around"];

    /// <summary>Where the actor's own forces are pulled out of: "US forces in Syria", "out of Syria", "the presence in Afghanistan".</summary>
    static readonly string[] OwnForcesPrepositions = ["from", "in", "out", "of", "to"];

    /// <summary>The first place after the act, before <paramref name="limit"/> and in none of the actor's states, after one of the prepositions.</summary>
    static PlaceMention? GroundAfter(SentenceCoding s, CodedEvent e, HashSet<string> own, int limit, string[] prepositions) =>
        s.Document.PlacesOf(s.Sentence).FirstOrDefault(m => m.First > e.Match.Anchor && m.End <= limit && !own.Contains(m.Place.Country)
                                                            && s.Syntax.PrepositionBefore(m.First, e.Match.Anchor) is { } p && prepositions.Contains(p));

    /// <summary>The state where the act happens: its location, the ground left or opened, the only state named, or the actor's own people.</summary>
    static string? Home(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var country = e.Location?.Place.Country;
        // "pulled back from positions around Kyiv", "let aid trucks into Gaza": the state whose ground is left or opened.
        if (e.Category == PloverCategory.Retreat && e.Clause is { } c)
        {
            var actorCountries = e.ActorCountries();
            var ground = GroundAfter(s, e, actorCountries, c.Limit, GroundPrepositions);
            if (ground is not null) country = ground.Place.Country;
            else if (country is not null && !actorCountries.Contains(country) && e.Mode is not PloverMode.Release) country = null;
        }
        if (country is null)
        {
            var named = d.MentionsOf(s.Sentence).Select(m => m.Country).OfType<string>().Distinct().ToList();
            var actorCountries = e.Actor.Select(a => a.Entity.Country).OfType<string>().Distinct().ToList();
            // ("Russia launches five airstrikes on Jisr ash-Shughur", "An Iranian drone strikes the luxury hotel Burj Al Arab": a
            // state's strikes from the air, by artillery or (not a rebel's at home) by drone on a place the gazetteer does not
            // know fall on somebody else's people.)
            if (named.Count == 1 && (actorCountries.Count == 0 || actorCountries.SequenceEqual(named))
                && !(e.Category == PloverCategory.Assault && actorCountries.Count > 0 && (e.Mode is PloverMode.Aerial or PloverMode.HeavyWeapons
                                                                                               || e.Mode == PloverMode.Drone && e.Actor.All(a => a.Entity.Sector != Sector.REB))))
                country = named[0];
        }
        // "a Russian missile attack on a school in Kharkiv, Ukraine": violence is aimed at the people of the only state where the
        // sentence places anything ("supported by Moscow" names a party, not a place).
        if (country is null && e.Category == PloverCategory.Assault && !s.Syntax.Words.TwoSidedFighting.Contains(e.Match.Trigger.Anchor))
        {
            var placed = d.PlacesOf(s.Sentence).Where(m => s.Syntax.LocativeBefore(m.First) is not null
                                                           && !s.Syntax.Possessive(m))
                          .Select(m => m.Place.Country).OfType<string>().Distinct().ToList();
            if (placed.Count == 1) country = placed[0];
            country ??= Scene(s, e);
        }
        // "A 24-year-old man was later arrested", "The perpetrator is arrested": an arrest of people of no named state, with no
        // arresting state named either, is the state's where the last sentences set the scene.
        if (country is null && e.Category == PloverCategory.Coerce && e.Mode == PloverMode.Arrest && e.Actor.All(a => a.Entity.Country is null))
            country = Scene(s, e);
        // "... in El Paso, Texas. The case is being investigated as domestic terrorism": so is an investigation with no one named.
        if (country is null && e.Category == PloverCategory.Accuse && e.Mode == PloverMode.Investigate && e.Actor.Count == 0)
            country = Scene(s, e);
        // "Belarus freed 14 political prisoners", "Nicaragua expelled them": the state's own people.
        if (country is null && e.Category is PloverCategory.Retreat or PloverCategory.Coerce && e.Mode is PloverMode.Release or PloverMode.Arrest or PloverMode.Deport or null
            && e.Clause is { } own && !own.Object.IsEmpty
            && !d.MentionsOf(s.Sentence).Any(m => m.First >= own.Object.First && m.First < own.Object.End && m is not DateMention))
            country = e.SingleActorCountry();
        return country;
    }

    /// <summary>
    /// "Idlib has seen an increase in bloodshed as Syrian and Russian jets have bombed rebel-held positions", "Supporters of the
    /// Brotherhood clash with police in Cairo, Egypt. One person is killed": violence in a sentence that names no state but the
    /// attacker's falls on the people where the sentence sets its scene, or else where the last sentences set it.
    /// </summary>
    static string? Scene(SentenceCoding s, CodedEvent e)
    {
        var here = s.Syntax.SceneCountries(s.Events);
        var scene = here.Count == 1 ? (Country: here[0], Sentence: s.Sentence.Index) : here.Count == 0 ? s.Memory.Scene : null;
        // ("Russian guided bombs hit Kharkiv Oblast, Ukraine": a scene this sentence sets is where the violence falls, whatever other
        // states it names; one set before only when this sentence names no state but the attacker's.)
        if (scene is not { } found || s.Sentence.Index - found.Sentence > SceneReach
            || found.Sentence != s.Sentence.Index && !s.Document.MentionsOf(s.Sentence).Select(m => m.Country).OfType<string>().All(e.ActorCountries().Contains))
            return null;
        e.Reasons.Add(found.Sentence == s.Sentence.Index ? $"the scene is {found.Country}" : $"the scene is {found.Country}, set {s.Sentence.Index - found.Sentence} sentence(s) before");
        return found.Country;
    }

    /// <summary>"as protests against the coup continued": protests with no one named are the people's of the state they target.</summary>
    static void Protesters(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Category != PloverCategory.Protest || e.Actor.Count != 0 || e.IsNominal(d) && !e.IsSubjectOfItsClause) return;
        // ("anti-American protests": the state protested against holds no protest.)
        if (e.Reasons.Any(r => r.Pass == AntiTargets.PassName)) return;
        if (e.Recipient.Select(r => r.Entity.Country).Distinct().ToList() is not [{ } home] || e.Recipient.Any(r => r.Entity.Org is not null)) return;
        // ("The Danish embassy in Tehran was stormed": protesters are of the place they are in, not of the state they target.)
        AddProtesters(d, e, e.Location?.Place.Country ?? home);
    }

    /// <summary>The people of <paramref name="home"/> as the protest's actor, named by the protest's own words.</summary>
    internal static void AddProtesters(Document d, CodedEvent e, string home)
    {
        e.Actor.Add(new EventEntity(d.TextOf(e.Match.Anchor, e.Match.Last), new Entity("protesters", home, Sector.CVL, Kind: EntityKind.Group)));
        e.Reasons.Add($"actor: protesters of {home}, where the protest is held");
    }
}
