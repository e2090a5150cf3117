using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>An event before it is written: the trigger, its clause, roles, status and the reasons for each decision.</summary>
public sealed class CodedEvent
{
    public required TriggerMatch Match { get; init; }
    public required Clause? Clause { get; init; }
    public PloverCategory Category { get; set; }
    public PloverMode? Mode { get; set; }
    public CameoCode Cameo { get; set; }
    public EventStatus Status { get; set; }
    public List<EventEntity> Actor { get; } = [];
    public List<EventEntity> Recipient { get; } = [];
    public EventLocation? Location { get; set; }
    public EventDate? Date { get; set; }
    public List<string> Reasons { get; } = [];
    public int First { get; set; }
    public int Last { get; set; }

    /// <summary>The event in this one's complement ("to host a meeting between..."), folded into it.</summary>
    public CodedEvent? Absorbed { get; set; }

    /// <summary>An order ("ordered the release of", "ordered the army to"): when given to the actor's own
    /// forces or officials it is coded as the act ordered.</summary>
    public bool IsOrder { get; set; }
}

/// <summary>
/// Stage 7: turns trigger matches into events. Roles come from the clause (agent and patient,
/// with passives and control handled by the clause analysis); requests, refusals, threats and
/// promises absorb the event in their complement and take their mode from it; compound and
/// reciprocal meetings follow the PLOVER manual.
/// </summary>
public sealed class EventCoder(CameoTable cameo)
{
    static readonly HashSet<PloverCategory> Composing = [PloverCategory.Request, PloverCategory.Reject, PloverCategory.Threaten, PloverCategory.Agree];

    static readonly HashSet<string> LocativePreps = new(StringComparer.Ordinal) { "in", "at", "near", "off", "outside", "inside", "on", "over", "across", "around" };

    /// <summary>Per-document memory for pronouns and reciprocal descriptions.</summary>
    public sealed class DocumentState
    {
        public List<EventEntity> LastGroup { get; set; } = [];
        public List<(EventEntity Entity, int Token)> Recent { get; } = [];

        /// <summary>The candidates the last sentence dropped or folded into others, with their reasons (for explain).</summary>
        public List<CodedEvent> LastDropped { get; set; } = [];
    }

    public List<CodedEvent> Code(Document d, Sentence sentence, List<Clause> clauses, List<TriggerMatch> matches, DocumentState state)
    {
        var actors = d.MentionsOf(sentence).Where(m => m.Kind == MentionKind.Actor)
                               .OrderBy(m => m.First).ToList();
        var events = new List<CodedEvent>(matches.Count);
        foreach (var match in matches)
        {
            var clause = ClauseOf(d, clauses, match);
            // "it was a tense meeting" describes an event already reported; a predicate noun is not a new one.
            if (match.Trigger.Class == AnchorClass.Noun && clause is not null && d.LemmaOf(clause.Head) == "be" && clause.Object.Contains(match.Anchor))
                continue;
            var e = new CodedEvent
            {
                Match = match, Clause = clause, Category = match.Trigger.Category, Mode = match.Trigger.Mode, Cameo = match.Trigger.Cameo,
                First = match.First, Last = match.Last,
            };
            e.Reasons.Add($"trigger {match.Trigger}");
            events.Add(e);
        }
        var candidates = events.ToList();
        Compose(d, sentence, events);
        // A prison sentence is both a conviction and a detention (PLOVER manual, SANCTION: convictions that
        // result in imprisonment are also COERCE arrest).
        foreach (var e in events.ToList())
            if (e.Category == PloverCategory.Coerce && e.Mode == PloverMode.Arrest && d.LemmaOf(e.Match.Anchor) is "sentence" or "jail" or "imprison")
                events.Add(new CodedEvent
                {
                    Match = e.Match, Clause = e.Clause, Category = PloverCategory.Sanction, Mode = PloverMode.Convict, Cameo = new("116"),
                    First = e.First, Last = e.Last, Reasons = { "a prison sentence is also a conviction" },
                });
        DropBackgroundNominals(d, sentence, events);
        // "threatened to expel the ambassador if another Koran were burned": the condition of a threat or
        // demand is part of it, not an event of its own.
        if (events.Any(e => e.Category is PloverCategory.Threaten or PloverCategory.Request))
            events.RemoveAll(e => e.Category is not (PloverCategory.Threaten or PloverCategory.Request) && e.Clause is { } c
                                  && InCondition(c) && events.Any(o => o.Category is PloverCategory.Threaten or PloverCategory.Request && o.Match.Anchor < e.Match.Anchor));
        foreach (var e in events)
        {
            AssignRoles(d, sentence, e, actors, state);
            if (e.IsOrder && e.Absorbed is { } act) CodeOrderAsAct(d, sentence, e, act, actors, state);
            if (e.Absorbed is { } inner && e.Recipient.Count == 0)
            {
                AssignRoles(d, sentence, inner, actors, state);
                var content = e.Category == PloverCategory.Accuse ? inner.Actor
                    : inner.Recipient.Concat(inner.Category is PloverCategory.Consult or PloverCategory.Support or PloverCategory.Cooperate && e.Actor.Count > 0 ? inner.Actor : []);
                foreach (var r in content)
                    if (!e.Actor.Any(a => SameEntity(a, r)) && !e.Recipient.Any(x => SameEntity(x, r))) e.Recipient.Add(r);
            }
            var occasion = CircumstantialMeeting(d, e, sentence);
            var statusClause = e.Clause;
            // A meeting named as an occasion shares the status of the sentence's main clause, not of a goal inside it.
            while (occasion is not null && statusClause is { NonFinite: true, Governor: not null }) statusClause = statusClause.Governor;
            e.Status = StatusClassifier.Classify(d, statusClause, occasion is null || statusClause is null ? e.Match.Anchor : statusClause.Head, sentence.FirstToken, out var why);
            if (e.Status == EventStatus.Asserted && occasion is "ahead")
            {
                e.Status = EventStatus.Future;
                why = "a meeting still ahead when the main event happened";
            }
            e.Reasons.Add($"status {e.Status.Name()}: {why}");
            ConditionRecipient(d, e, clauses, actors);
            RefusalFromNegatedFuture(d, e);
            PromiseFromSpeech(d, e, actors);
            ForeseenConcession(d, e, clauses, actors);
        }
        foreach (var e in events) ReactionToPrevious(d, sentence, e, events);
        RememberGroups(d, sentence, clauses, actors, state);
        state.LastDropped = candidates.Where(c => !events.Contains(c)).ToList();
        foreach (var c in state.LastDropped)
            if (events.FirstOrDefault(e => e.Absorbed == c) is { } outer)
                c.Reasons.Add($"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}) as its content");
        return events;
    }

    /// <summary>Verbs whose subject performs the event named by their object or complement noun.</summary>
    static readonly HashSet<string> SupportVerbs = new(StringComparer.Ordinal)
    {
        "hold", "begin", "start", "launch", "conduct", "carry", "stage", "attend", "resume", "continue", "complete", "end", "conclude",
        "step", "intensify", "join", "host", "open", "mount", "undertake", "pay", "make", "give", "deliver", "issue", "lodge", "file",
        "impose", "announce", "order", "approve", "sign", "reach", "strike", "seal", "broker", "offer", "extend", "provide", "send",
        "receive", "accept", "declare", "call", "express", "voice", "renew", "repeat", "escalate", "wage", "pledge", "promise", "vow",
        "threaten", "demand", "propose", "unveil", "introduce", "sponsor", "table", "submit", "finalise", "finalize", "agree", "press",
        "pursue", "seek", "plan", "prepare", "schedule", "arrange", "organise", "organize", "convene", "chair", "lead", "head", "take",
        "have", "do", "go", "fly", "travel", "arrive", "return", "visit", "meet", "set", "put", "keep", "maintain", "expand", "tighten",
        "lift", "ease", "suspend", "halt", "stop", "cancel", "postpone", "delay", "block", "veto", "reject", "refuse", "decline", "announce",
        "confirm", "report", "claim", "admit", "acknowledge", "deny", "fire", "drop", "use", "deploy", "mobilise", "mobilize", "level", "bring",
        "shake", "revoke", "scrap", "tear", "break", "win", "secure", "obtain", "grant", "award",
    };

    static readonly HashSet<string> BackgroundPrepositions = new(StringComparer.Ordinal)
    {
        "since", "after", "before", "during", "amid", "following", "despite", "over", "about", "against", "from", "for",
        "of", "on", "into", "toward", "towards", "to", "under", "without", "like", "behind", "near", "across",
        "within", "beyond", "including", "per", "among",
    };

    /// <summary>
    /// A noun that names an event as the topic or background of another ("relief from sanctions",
    /// "the anniversary of Russia's invasion", "talks on a ceasefire") is not itself reported as happening.
    /// </summary>
    /// <summary>Whether the event is named by a noun ("talks", "the attack") rather than a verb.</summary>
    /// <summary>
    /// An active relative clause on a noun that is no attack: "a resolution that called for", "a decree that declared".
    /// "a raid that killed 200 people" and "a soldier who was killed" report acts and are not meant.
    /// </summary>
    public static bool IsAgentlessRelative(Document d, CodedEvent e) =>
        e.Clause is { Passive: false, Subject.IsEmpty: false } c && c.Subject.End < c.First && d.LowerOf(c.Subject.End) is "that" or "which"
        && d.LemmaOf(c.Subject.End - 1) is not ("raid" or "attack" or "strike" or "airstrike" or "bombing" or "assault" or "offensive"
            or "operation" or "shelling" or "bombardment" or "ambush" or "blast" or "incursion" or "invasion" or "war" or "clash" or "campaign");

    /// <summary>An event noun that heads the subject of its clause ("protests spread", "the talks ended").</summary>
    public static bool IsSubjectOfItsClause(CodedEvent e) =>
        e.Clause is { Subject.IsEmpty: false } c && c.Subject.Contains(e.Match.Anchor) && e.Match.Anchor < c.First && !c.NonFinite;

    public static bool IsNominal(Document d, CodedEvent e) => e.Match.Trigger.Class != AnchorClass.Verb || d.TagOf(e.Match.Anchor).IsNoun();

    static void DropBackgroundNominals(Document d, Sentence sentence, List<CodedEvent> events)
    {
        if (events.Count == 0) return; // most sentences: no sentence-wide scans for disasters or sport
        bool IsNominal(CodedEvent e) => EventCoder.IsNominal(d, e);
        // "talks hosted by Qatar", "the resort hosting the G7 summit": hosting a meeting already coded adds no event.
        if (events.Count(e => e.Category == PloverCategory.Consult) > 1)
            events.RemoveAll(e => e.Category == PloverCategory.Consult && d.LemmaOf(e.Match.Anchor) == "host"
                                  && events.Any(o => o != e && o.Category == PloverCategory.Consult && d.LemmaOf(o.Match.Anchor) != "host"));
        // "flew medical supplies to Turkey": travel with a cargo is no visit.
        events.RemoveAll(e => e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && e.Clause is { } travel && travel.Head == e.Match.Anchor
                              && d.LemmaOf(e.Match.Anchor) is "fly" or "travel" or "arrive" or "head" or "go" or "come" && !travel.Object.IsEmpty
                              && !d.TagOf(travel.Object.First).IsProperNoun());
        // "began a strike to demand a higher minimum wage": the demand is the protest's topic (PLOVER manual, PROTEST).
        if (events.Any(e => e.Category == PloverCategory.Protest))
            events.RemoveAll(e => e.Category == PloverCategory.Request && e.Clause is { NonFinite: true } goal
                                  && events.Any(p => p.Category == PloverCategory.Protest && p.Match.Anchor < e.Match.Anchor));
        // "officials briefed on the talks said": sources described by what they were told, not a meeting.
        events.RemoveAll(e => e.Category == PloverCategory.Consult && d.LemmaOf(e.Match.Anchor) == "brief" && e.Match.Anchor > sentence.FirstToken
                              && e.Match.Anchor + 1 < sentence.EndToken && d.LowerOf(e.Match.Anchor + 1) is "on" or "about"
                              && d.TagOf(e.Match.Anchor - 1) is PosTag.NN or PosTag.NNS);
        // "launched what it called anti-terrorist operations", "in what Putin called retaliation for": naming, not asking.
        events.RemoveAll(e => e.Clause is { Subject.IsEmpty: false } named && named.Head == e.Match.Anchor && named.Subject.First > sentence.FirstToken
                              && d.LowerOf(named.Subject.First - 1) == "what" && d.LemmaOf(named.Head) is "call" or "describe" or "term" or "dub" or "label" or "brand");
        events.RemoveAll(e =>
        {
            if (CircumstantialMeeting(d, e, sentence) is not null) return false;
            // ", ending two decades of hostility": a participle phrase comments on the main event.
            if (e.Clause is { NonFinite: true } c && d.TagOf(c.Head) == PosTag.VBG && c.First > sentence.FirstToken
                && (d.LemmaOf(c.Head) is "end" or "reverse" or "clear" or "mark" or "pave" or "cap" or "conclude" or "complete" or "bring" or "leave"
                    // ", killing 14 people" after an attack (", accusing them of ..." after an investigation is an accusation of its own)
                    || events.Any(o => o != e && o.Category == e.Category && o.Match.Anchor < e.Match.Anchor && (e.Category != PloverCategory.Accuse || o.Mode == e.Mode))
                    || e.Category == PloverCategory.Protest && events.Any(o => o.Category == PloverCategory.Assault && o.Match.Anchor < e.Match.Anchor)) // ", setting the building ablaze"
                && d.TagOf(c.First - 1) == PosTag.Comma && events.Any(o => o != e && o.Match.Anchor < e.Match.Anchor))
            {
                e.Reasons.Add("dropped: a participle phrase commenting on the main event");
                return true;
            }
            // "activists detained since May": a participle describing a noun is background, unless it names its agent.
            if (e.Clause is { NonFinite: true, Passive: true } rel && d.TagOf(rel.Head) == PosTag.VBN && rel.First == rel.Head
                && rel.First > sentence.FirstToken && d.TagOf(rel.First - 1).IsNoun() && rel.AgentPhrase is null
                && events.Any(o => o != e && o.Clause is { NonFinite: false }))
            {
                e.Reasons.Add("dropped: a participle describing a noun, without an agent");
                return true;
            }
            // "Kurdish forces fighting Isis", "rebels allied with Turkey": a participle describing a noun is how
            // the noun is known, not news of the day.
            if (e.Clause is { NonFinite: true } described && described.First == described.Head && e.Match.Anchor == described.Head
                && d.TagOf(described.Head) == PosTag.VBG && described.First > sentence.FirstToken && d.TagOf(described.First - 1) is PosTag.NNS or PosTag.NNPS or PosTag.NNP or PosTag.NN
                && !AbsoluteWith(d, described, sentence))
            {
                e.Reasons.Add("dropped: a participle describing the noun before it");
                return true;
            }
            // "the detained leader", "the besieged town", "deported migrants", "those detained in the protests": a
            // participle used as an adjective describes people or places; it reports no new event.
            if (e.Match.Trigger.Class == AnchorClass.Verb && d.TagOf(e.Match.Anchor) is PosTag.VBN or PosTag.JJ && e.Match.Tokens.Length == 0)
            {
                var a = e.Match.Anchor;
                var attributive = a + 1 < sentence.EndToken && d.TagOf(a + 1) is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS
                                  && (a == sentence.FirstToken || d.TagOf(a - 1) is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.JJ or PosTag.CC or PosTag.IN);
                var afterThose = a > sentence.FirstToken && d.LowerOf(a - 1) is "those" or "people" or "anyone" or "everyone";
                if (attributive || afterThose)
                {
                    e.Reasons.Add($"dropped: '{d.TextOf(a)}' describes {(afterThose ? "the people before it" : "the noun after it")}");
                    return true;
                }
            }
            // "Finland's application to join Nato": an infinitive attached to a noun names a goal, not an event.
            // "shut down the internet on Saturday to stifle protests", "sent troops to fight": the purpose of an act already
            // coded is its aim, not a second event (verbs that take an infinitive as their content are composed instead).
            if (e.Clause is { Infinitive: true, Governor: { } purposeOf } pc && pc.First > purposeOf.End && d.TagOf(pc.First) == PosTag.TO
                && !ClauseAnalyzer.TakesInfinitive(d.LemmaOf(purposeOf.Head)) && e.Category is not (PloverCategory.Request or PloverCategory.Reject or PloverCategory.Threaten)
                && events.Any(o => o != e && o.Clause == purposeOf))
            {
                e.Reasons.Add($"dropped: 'to {d.LowerOf(pc.Head)}' is the aim of '{d.LowerOf(purposeOf.Head)}'");
                return true;
            }
            // "voted on Thursday to set up", "stopped drinking water on Sunday to escalate": a date is skipped over; the
            // infinitive belongs to what comes before it.
            var before = e.Clause is { Infinitive: true } ic ? ic.First - 1 : -1;
            if (before >= sentence.FirstToken && d.MentionsOf(sentence).FirstOrDefault(m => m.Kind == MentionKind.Date && m.First <= before && before < m.End) is { } date)
            {
                before = date.First - 1;
                if (before >= sentence.FirstToken && d.TagOf(before) == PosTag.IN) before--;
            }
            if (e.Clause is { Infinitive: true } inf && before > sentence.FirstToken && d.TagOf(inf.First) == PosTag.TO
                && d.TagOf(before).IsNoun() && e.Category is not (PloverCategory.Request or PloverCategory.Reject or PloverCategory.Threaten)
                // "is set to suspend", "signed an order to withdraw", "the decision to leave", "the first country to leave":
                // the infinitive is what is decided or done, not an aim.
                && d.LemmaOf(before) is not ("set" or "order" or "decree" or "decision" or "move" or "vote" or "resolution")
                && !(before - 1 >= sentence.FirstToken && d.LowerOf(before - 1) is "first" or "last" or "only" or "second" or "latest"))
            {
                e.Reasons.Add($"dropped: 'to {d.LowerOf(inf.Head)}' is the aim of '{d.LowerOf(before)}'");
                return true;
            }
            return false;
        });
        // "killed in a helicopter crash": deaths in accidents and disasters are not assaults.
        var disaster = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Any(t => d.LemmaOf(t) is "crash" or "accident" or "storm"
            or "hurricane" or "earthquake" or "flood" or "landslide" or "cyclone" or "typhoon" or "collapse" or "wildfire" or "avalanche"
            or "tsunami" or "heatwave" or "outbreak" or "blaze" or "derailment" or "drowning" or "shipwreck");
        // "to help Italy fight the coronavirus", "to help fight an insurgency": fighting named as the aim of help.
        events.RemoveAll(e =>
        {
            if (e.Category != PloverCategory.Assault || e.Clause is not { NonFinite: true } aim) return false;
            for (var t = aim.First - 1; t >= sentence.FirstToken && t >= aim.First - 4; t--)
                if (d.LemmaOf(t) is "help" or "assist" or "aid")
                {
                    e.Reasons.Add($"dropped: fighting is the aim of '{d.TextOf(t)}'");
                    return true;
                }
            return false;
        });
        // "six days after a huge explosion that killed 160 people", "after 11 days of fighting in which 250 were killed":
        // a relative clause on a background phrase is background too.
        events.RemoveAll(e =>
        {
            if (e.Clause is not { Subordinator: "that" or "which" or "who" } rel) return false;
            // "that" only as a relative pronoun, not "said after talks that Iran had agreed".
            if (rel.Subordinator == "that" && !Enumerable.Range(Math.Max(sentence.FirstToken, rel.First - 3), Math.Min(3, rel.First - sentence.FirstToken))
                    .Any(t => d.LowerOf(t) == "that" && d.TagOf(t) == PosTag.WDT)) return false;
            for (var t = rel.First - 1; t >= sentence.FirstToken && t >= rel.First - 14; t--)
            {
                if (d.TagOf(t).IsFiniteVerb() || d.TagOf(t) is PosTag.Punct or PosTag.Colon) return false;
                if (d.LowerOf(t) is "after" or "since" or "following" or "before" or "amid" or "despite" && d.TagOf(t) == PosTag.IN)
                {
                    e.Reasons.Add($"dropped: a relative clause on the background phrase after '{d.TextOf(t)}'");
                    return true;
                }
            }
            return false;
        });
        // Sport: "overpowered Morocco in the final ... storming back from two goals down".
        var sport = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Count(t => d.LemmaOf(t) is "goal" or "match" or "final" or "cup"
            or "league" or "championship" or "tournament" or "striker" or "midfielder" or "goalkeeper" or "scorer" or "semi-final" or "quarter-final"
            or "olympics" or "innings" or "wicket" or "penalty" or "referee" or "stadium" or "season" or "fixture" or "derby" or "squad");
        if (sport >= 2)
            events.RemoveAll(e => e.Category is PloverCategory.Assault or PloverCategory.Coerce or PloverCategory.Threaten
                                  && d.MentionsOf(sentence).All(m => m.Entity?.Sector is not (Sector.MIL or Sector.REB or Sector.COP)));
        // "Typhoon Mangkhut slammed into the Philippines", "wildfires ... forcing residents to flee": nature is no actor.
        events.RemoveAll(e => e.Clause is { } c && !c.Subject.IsEmpty && !c.Passive
                              && Enumerable.Range(c.Subject.First, c.Subject.End - c.Subject.First).Any(t => d.LemmaOf(t) is "typhoon" or "hurricane" or "storm"
                                  or "cyclone" or "earthquake" or "quake" or "flood" or "wildfire" or "fire" or "blaze" or "landslide" or "tornado"
                                  or "tsunami" or "avalanche" or "heatwave" or "drought" or "eruption" or "volcano" or "virus" or "pandemic" or "outbreak"));
        events.RemoveAll(e => e.Category == PloverCategory.Assault && disaster
            && (d.LemmaOf(e.Match.Anchor) is "kill" or "die" or "death" or "dead" or "injure" or "wound" or "destroy"
                || e.Clause is { } c && (c.Passive ? c.AgentPhrase is null : c.Subject.IsEmpty || !HasActorIn(d, sentence, c.Subject))));
        events.RemoveAll(e =>
        {
            if (!IsNominal(e)) return false;
            // "the Opec meeting this week was likely to be...": an event noun as the subject of a description.
            if (e.Clause is { } described && described.Subject.Contains(e.Match.Anchor) && d.LemmaOf(described.Head) is "be" or "seem" or "remain" or "appear" or "look")
            {
                e.Reasons.Add("dropped: the event noun is the subject of a description");
                return true;
            }
            // "the highest-level US visit to China", "their first meeting since": a noun restating a verb's event.
            if (events.Any(o => o != e && !IsNominal(o) && o.Category == e.Category))
            {
                e.Reasons.Add("dropped: restates an event already coded from a verb");
                return true;
            }
            var np = NounPhraseAround(d, e.Match.Anchor, sentence);
            var before = np.First - 1;
            if (CircumstantialMeeting(d, e, sentence) is { } circumstance)
            {
                e.Reasons.Add($"kept: '{circumstance} {d.TextOf(np.First, e.Match.Anchor)}' is a meeting the sentence reports as its occasion");
                return false;
            }
            // "two days of talks", "a second round of strikes": a measure of the event, not its background.
            var measured = before - 1 >= sentence.FirstToken && d.LowerOf(before) == "of"
                           && d.LemmaOf(before - 1) is "day" or "week" or "month" or "year" or "hour" or "round" or "series" or "wave" or "night" or "spate" or "string" or "flurry" or "bout";
            // "after 11 days of fighting", "since the escalation of fighting": the measure is itself background.
            if (measured)
            {
                var measure = NounPhraseAround(d, before - 1, sentence).First - 1;
                if (measure >= sentence.FirstToken && BackgroundPrepositions.Contains(d.LowerOf(measure)) && d.LowerOf(measure) != "of" && d.TagOf(measure) is PosTag.IN or PosTag.TO)
                {
                    e.Reasons.Add($"dropped: '{d.TextOf(measure, e.Match.Anchor)}' is background");
                    return true;
                }
            }
            if (!measured && before >= sentence.FirstToken && BackgroundPrepositions.Contains(d.LowerOf(before)) && d.TagOf(before) is PosTag.IN or PosTag.TO)
            {
                e.Reasons.Add($"dropped: '{d.LowerOf(before)} {d.TextOf(np.First, e.Match.Anchor)}' is background");
                return true;
            }
            // "imposed sanctions over the killing of", "agreed a truce after weeks of fighting": a noun in the clause of a
            // verb event is that event's topic or background.
            // "resigned in protest at a ceasefire": the protest is how the subject acts.
            var inProtest = e.Match.Anchor > sentence.FirstToken && d.LowerOf(e.Match.Anchor - 1) == "in" && d.LemmaOf(e.Match.Anchor) is "protest";
            var governing = CircumstantialMeeting(d, e, sentence) is null && !inProtest
                ? events.FirstOrDefault(other => other != e && !IsNominal(other) && other.Clause is { } c
                                                 && other.Match.Anchor < e.Match.Anchor && e.Match.Anchor < c.Limit && c.Head == other.Match.Anchor)
                : null;
            if (governing is null) return false;
            e.Reasons.Add($"dropped: a noun in the clause of '{d.TextOf(governing.Match.Anchor, governing.Match.Last)}', its topic or background");
            return true;
        });
    }

    /// <summary>
    /// "during a visit to Chisinau", "on a visit to Kyiv", "ahead of a visit to Tehran", "in a phone call with":
    /// a meeting named as the occasion of the main event happens too (or will, after "ahead of"), unlike
    /// an attack or a deal named as background ("after the attack", "since the invasion"). Talks named
    /// after "after" or "following" are left as background: news reports them as what led to the event.
    /// Returns the preposition that introduces it, or null.
    /// </summary>
    static string? CircumstantialMeeting(Document d, CodedEvent e, Sentence sentence)
    {
        if (e.Category != PloverCategory.Consult) return null;
        var np = NounPhraseAround(d, e.Match.Anchor, sentence);
        var before = np.First - 1;
        if (before < sentence.FirstToken) return null;
        var prep = d.LowerOf(before);
        if (prep == "of" && before - 1 >= sentence.FirstToken && d.LowerOf(before - 1) is "ahead" or "course" or "sidelines" or "margins") prep = d.LowerOf(before - 1);
        if (prep is "course" or "sidelines" or "margins") prep = "during";
        return prep is "during" or "ahead" or "in" or "on" ? prep : null;
    }

    /// <summary>
    /// A government ordering its own forces or officials ("Putin ordered the call-up of reservists", "ordered the
    /// army to take control of the prisons", "ordered a complete siege of Gaza") is coded as the act itself, by the
    /// one who ordered it; an order to another state or body stays a demand.
    /// </summary>
    void CodeOrderAsAct(Document d, Sentence sentence, CodedEvent e, CodedEvent act, List<Mention> actors, DocumentState state)
    {
        var actorCountries = ActorCountries(e);
        var toOwn = e.Recipient.All(r => r.Entity.Country is null && r.Entity.Org is null
                                         || r.Entity.Country is { } c && actorCountries.Contains(c) && r.Entity.Sector is not null && r.Entity.Org is null);
        if (!toOwn) return;
        if (act.Actor.Count == 0 && act.Recipient.Count == 0) AssignRoles(d, sentence, act, actors, state);
        e.Reasons.Add($"an order to its own side: coded as the act ordered ({act.Category.Name()})");
        e.Category = act.Category;
        e.Mode = act.Mode;
        e.Cameo = act.Cameo;
        e.Recipient.Clear();
        foreach (var r in act.Recipient) if (!e.Actor.Any(a => SameEntity(a, r))) e.Recipient.Add(r);
    }

    /// <summary>
    /// "Putin ordered a ceasefire, a proposal Kyiv dismissed as a ploy", "a move Tehran vowed to avenge": a reaction in
    /// an apposition to the main event is aimed at that event's actor.
    /// </summary>
    static void ReactionToPrevious(Document d, Sentence sentence, CodedEvent e, List<CodedEvent> events)
    {
        if (e.Recipient.Count > 0 || e.Clause is not { Subject.IsEmpty: false } c) return;
        // ", a proposal Kyiv dismissed": the determiner and noun may have been read into the subject.
        var noun = d.TagOf(c.Subject.First) == PosTag.DT && c.Subject.First + 1 < c.Subject.End ? c.Subject.First + 1 : c.Subject.First - 1;
        if (noun - 2 < sentence.FirstToken || !d.TagOf(noun).IsNoun() || d.TagOf(noun - 1) != PosTag.DT || d.TagOf(noun - 2) != PosTag.Comma) return;
        if (!d.MentionsOf(sentence).Any(m => m.Kind == MentionKind.Actor && m.First > noun && m.First < c.Head)) return;
        var previous = events.LastOrDefault(o => o != e && o.Match.Anchor < noun - 2 && o.Actor.Count > 0);
        if (previous is null) return;
        foreach (var a in previous.Actor) if (!e.Actor.Any(x => SameEntity(x, a))) e.Recipient.Add(a);
        if (e.Recipient.Count > 0) e.Reasons.Add($"recipient: the actor of '{d.TextOf(previous.Match.Anchor, previous.Match.Last)}', which '{d.TextOf(noun - 1, noun)}' refers to");
    }

    /// <summary>"..., with the Chinese leader calling for dialogue": a participle whose subject follows "with" is an event of its own.</summary>
    static bool AbsoluteWith(Document d, Clause c, Sentence sentence) =>
        !c.Subject.IsEmpty && c.Subject.First - 1 >= sentence.FirstToken && d.LowerOf(c.Subject.First - 1) == "with"
        && c.Subject.End == c.First && d.TagOf(c.Head) == PosTag.VBG;

    static bool InCondition(Clause c)
    {
        for (var k = c; k is not null; k = k.NonFinite ? k.Governor : null)
            if (k.Subordinator is "if" or "unless") return true;
        return false;
    }

    static bool HasActorIn(Document d, Sentence sentence, TokenRange range) =>
        d.MentionsOf(sentence).Any(m => m.Kind == MentionKind.Actor && m.First >= range.First && m.End <= range.End);

    /// <summary>
    /// "Germany said it would supply tanks to Ukraine": a state announcing its own cooperation is
    /// promising it (PLOVER: future cooperation is AGREE; announced retreats are CONCEDE).
    /// </summary>
    /// <summary>
    /// "Hungary will not allow weapons deliveries to cross its territory", "Serbia will not impose sanctions on Russia
    /// despite pressure": a party saying it will not act is refusing (PLOVER REJECT), not reporting a negated event.
    /// Past negation ("has not asked") stays negated.
    /// </summary>
    static void RefusalFromNegatedFuture(Document d, CodedEvent e)
    {
        if (e.Status != EventStatus.Negated || e.Category is PloverCategory.Reject || e.Clause is not { Negated: true, Modal: "will" or "would" or "wo" } c
            || InCondition(c) || e.Actor.Count == 0)
            return;
        // "would not discuss individual cases": declining to talk about something with nobody is no refusal to meet.
        if (e.Category == PloverCategory.Consult && e.Recipient.Count == 0 && d.LemmaOf(e.Match.Anchor) is "discuss" or "comment") return;
        var inner = e.Category;
        var mode = ModeFor(PloverCategory.Reject, inner, e.Mode);
        e.Reasons.Add($"'{d.TextOf(c.First, c.Head)}': a refusal to {inner.Name()} is REJECT ({mode?.Name()})");
        e.Category = PloverCategory.Reject;
        e.Mode = mode;
        e.Cameo = CameoFor(PloverCategory.Reject, mode) ?? new CameoCode("120");
        e.Status = EventStatus.Asserted;
    }

    static void PromiseFromSpeech(Document d, CodedEvent e, List<Mention> actors)
    {
        // A concession announced for the future is made by announcing it (PLOVER: "announced ... would withdraw troops").
        if (e.Category is PloverCategory.Concede && e.Status is EventStatus.Future)
        {
            Announced(e, PloverCategory.Concede, ConcessionCameo(e), "CONCEDE announced or offered, not carried out: CONCEDE");
            return;
        }
        // "last month's announcement that the US will withdraw its troops": announced by the noun that introduces it.
        if (e.Category == PloverCategory.Retreat && e.Status == EventStatus.Future && e.Clause is { Subject.IsEmpty: false } announced
            && announced.Subject.First - 2 >= 0 && d.LowerOf(announced.Subject.First - 1) == "that"
            && d.LemmaOf(announced.Subject.First - 2) is "announcement" or "pledge" or "promise" or "decision" or "commitment" or "statement" or "vow")
        {
            Announced(e, PloverCategory.Concede, ConcessionCameo(e), $"RETREAT announced ('{d.TextOf(announced.Subject.First - 2)} that'): CONCEDE");
            return;
        }
        if (e.Status != EventStatus.Future || e.Clause?.Governor is not { } speech || !ClauseAnalyzer.IsSpeechOrThought(d.LemmaOf(speech.Head))) return;
        if (d.LemmaOf(speech.Head) is "expect" or "hope" or "fear" or "believe" or "think") return;
        var speakers = actors.Where(m => !speech.Subject.IsEmpty && m.First >= speech.Subject.First && m.End <= speech.Subject.End).Select(m => m.Entity!.Code).ToHashSet();
        if (!e.Actor.Any(a => speakers.Contains(a.Entity.Code)) && !(e.Clause.Subject is { IsEmpty: false } s && d.TagOf(s.First) == PosTag.PRP)) return;
        (PloverCategory Category, CameoCode Cameo)? promise = e.Category switch
        {
            PloverCategory.Agree => (PloverCategory.Agree, e.Cameo), // "said it would accept the peace deal": agreeing by saying so
            PloverCategory.Aid => (PloverCategory.Agree, new CameoCode("033")),
            PloverCategory.Cooperate => (PloverCategory.Agree, new CameoCode("031")),
            PloverCategory.Support => (PloverCategory.Agree, new CameoCode("032")),
            PloverCategory.Retreat => (PloverCategory.Concede, new CameoCode("080")),
            _ => null,
        };
        if (promise is null) return;
        Announced(e, promise.Value.Category, promise.Value.Cameo, $"{e.Category.Name()} announced for the future by its actor: {promise.Value.Category.Name()}");
    }

    /// <summary>
    /// "Nato's response would be devastating if Russia used a nuclear weapon": a warning with no one named is aimed at
    /// whoever its condition is about.
    /// </summary>
    static void ConditionRecipient(Document d, CodedEvent e, List<Clause> clauses, List<Mention> actors)
    {
        if (e.Category != PloverCategory.Threaten || e.Recipient.Count > 0 || e.Actor.Count == 0) return;
        foreach (var c in clauses)
        {
            if (c.Subordinator is not ("if" or "unless") || c.Subject.IsEmpty || c == e.Clause) continue;
            foreach (var m in actors.Where(m => m.First >= c.Subject.First && m.End <= c.Subject.End && m.Entity?.Code is not null))
            {
                var entity = new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!);
                if (!e.Actor.Any(a => SameEntity(a, entity)) && !e.Recipient.Any(r => SameEntity(r, entity))) e.Recipient.Add(entity);
            }
            if (e.Recipient.Count > 0)
            {
                e.Reasons.Add($"recipient: who the condition is about ('{d.TextOf(c.Subject.First, c.Subject.End - 1)}')");
                return;
            }
        }
    }

    /// <summary>
    /// "Washington would ease sanctions on Caracas if ...", "Russia could scale back operations, its spokesman said": a
    /// retreat foreseen by the one who would make it, or an easing of sanctions whoever foresees it, is a concession
    /// offered (PLOVER CONCEDE) and keeps its status. A retreat in the condition of another event, or troops a third
    /// party expects to pull out, stays RETREAT.
    /// </summary>
    static void ForeseenConcession(Document d, CodedEvent e, List<Clause> clauses, List<Mention> actors)
    {
        if (e.Category != PloverCategory.Retreat || e.Status is not (EventStatus.Future or EventStatus.Hypothetical) || e.Clause is not { } c
            || InCondition(c) || e.Mode is PloverMode.Ceasefire or PloverMode.Resign || e.Actor.Count == 0)
            return;
        var own = ActorCountries(e);
        var speakers = clauses.Where(s => s != c && ClauseAnalyzer.IsSpeechOrThought(d.LemmaOf(s.Head)) && !s.Subject.IsEmpty && !s.Passive
                                          && d.LemmaOf(s.Head) is not ("expect" or "hope" or "fear" or "believe" or "think" or "estimate"))
                              .SelectMany(s => actors.Where(m => m.First >= s.Subject.First && m.End <= s.Subject.End))
                              .Select(m => m.Entity!.Country).OfType<string>().ToHashSet();
        var easing = e.Cameo.IsIn("085"); // easing sanctions, embargoes, tariffs, frozen assets
        var ownSide = speakers.Count > 0 && speakers.All(own.Contains);
        if (!easing && !ownSide) return;
        e.Reasons.Add(easing ? "an easing foreseen, not carried out: CONCEDE" : "a retreat its own side says it may make: CONCEDE");
        e.Category = PloverCategory.Concede;
        e.Cameo = ConcessionCameo(e);
        e.Mode = null;
    }

    static CameoCode ConcessionCameo(CodedEvent e) => e.Cameo.IsIn("08") ? e.Cameo : new("080");

    /// <summary>An event announced for the future is coded as the promise or concession made now, by announcing it.</summary>
    static void Announced(CodedEvent e, PloverCategory category, CameoCode cameo, string reason)
    {
        e.Reasons.Add(reason);
        e.Category = category;
        e.Cameo = cameo;
        e.Mode = null;
        e.Status = EventStatus.Asserted;
    }

    static Clause? ClauseOf(Document d, List<Clause> clauses, TriggerMatch match)
    {
        var a = match.Anchor;
        foreach (var c in clauses) if (a >= c.First && a < c.End) return c;
        if (match.Trigger.Class == AnchorClass.Adjective
            && clauses.LastOrDefault(c => c.End <= a && a - c.End <= 3 && d.LemmaOf(c.Head) is "be" or "seem" or "remain" or "appear") is { } copula)
            return copula;
        // A noun: the clause whose object or prepositional phrase holds it, else whose subject does.
        foreach (var c in clauses)
            if (c.Object.Contains(a) || c.Preps.Any(p => p.Object.Contains(a))) return c;
        foreach (var c in clauses) if (c.Subject.Contains(a)) return c;
        return null;
    }

    /// <summary>"urged Russia to withdraw", "refused to meet", "threatened to impose sanctions": one event, moded by its complement.</summary>
    void Compose(Document d, Sentence sentence, List<CodedEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var outer = events[i];
            if (outer.Category == PloverCategory.Accuse)
            {
                AbsorbAllegation(d, outer, events);
                continue;
            }
            if (!Composing.Contains(outer.Category)) continue;
            var ordering = outer.Category == PloverCategory.Request && d.LemmaOf(outer.Match.Anchor) is "order" or "instruct" or "command" or "authorise" or "authorize";
            for (var j = i + 1; j < events.Count; j++)
            {
                var inner = events[j];
                // (", accusing him of ..." after an arrest warrant is an act of its own, not what the warrant threatens.)
                var governed = inner.Clause is not null && outer.Clause is not null && inner.Clause.Governor == outer.Clause
                               && !(d.TagOf(inner.Clause.Head) == PosTag.VBG && inner.Clause.First > 0 && d.TagOf(inner.Clause.First - 1) == PosTag.Comma)
                               && (inner.Clause.NonFinite || outer.Category is PloverCategory.Threaten or PloverCategory.Request && inner.Clause.Subordinator is null or "that");
                var near = inner.Match.Anchor - outer.Match.Last is > 0 and <= 8
                           && Enumerable.Range(outer.Match.Last + 1, inner.Match.Anchor - outer.Match.Last - 1).Any(t => d.TagOf(t) == PosTag.TO || d.LowerOf(t) is "of" or "for");
                // "ordered the release of", "ordered a military offensive": the order's object is the act ordered.
                var ordered = ordering && outer.Clause is { } oc && oc.Head == outer.Match.Anchor && oc.Object.Contains(inner.Match.Anchor)
                              && inner.Match.Anchor - outer.Match.Last <= 6;
                // "rejected calls for a ceasefire", "rebuffed a proposal for talks": a refused demand or offer is its object.
                var refusedObject = outer.Category == PloverCategory.Reject && outer.Clause is { } rc && rc.Head == outer.Match.Anchor
                                    && rc.Object.Contains(inner.Match.Anchor) && inner.Match.Anchor - outer.Match.Last <= 3
                                    && inner.Category is PloverCategory.Request or PloverCategory.Agree;
                if (!governed && !near && !ordered && !refusedObject) continue;
                if (!ordered && CircumstantialMeeting(d, inner, sentence) is not null) continue;
                outer.IsOrder = ordering;
                // (A ceasefire agreed between parties stays an agreement.)
                if (outer.Category == PloverCategory.Agree && inner.Category is PloverCategory.Retreat or PloverCategory.Concede && inner.Mode != PloverMode.Ceasefire
                    && !(inner.Category == PloverCategory.Concede && inner.Cameo.IsIn("087")))
                {
                    // "agreed to hand back four villages": a promised concession (PLOVER: CONCEDE, not AGREE).
                    outer.Category = PloverCategory.Concede;
                    outer.Cameo = inner.Cameo.IsIn("08") ? inner.Cameo : new("080");
                }
                else if (refusedObject && inner.Category == PloverCategory.Request)
                {
                    // What was demanded gives the mode: a rejected call for a ceasefire is a refusal to yield.
                    outer.Mode = inner.Mode;
                    outer.Cameo = CameoFor(outer.Category, outer.Mode) ?? outer.Cameo;
                }
                else if (outer.Category != PloverCategory.Agree)
                {
                    outer.Mode = ModeFor(outer.Category, inner.Category, inner.Mode);
                    outer.Cameo = CameoFor(outer.Category, outer.Mode) ?? outer.Cameo;
                }
                outer.Last = Math.Max(outer.Last, inner.Last);
                outer.Absorbed = inner;
                outer.Reasons.Add($"absorbs '{d.TextOf(inner.Match.Anchor, inner.Match.Last)}' ({inner.Category.Name()}) as its content: mode {outer.Mode?.Name() ?? "none"}");
                events.RemoveAt(j);
                // "urged them to repatriate the fighters and put them on trial": verbs joined to the content are content too.
                if (governed && outer.Category is not PloverCategory.Agree)
                    for (var k = events.Count - 1; k > i; k--)
                        if (events[k].Clause is { } joined && joined != inner.Clause && joined.Governor == outer.Clause && joined.First > inner.Match.Anchor
                            && joined.Subject == inner.Clause!.Subject && joined.Modal == inner.Clause.Modal && joined.Infinitive == inner.Clause.Infinitive)
                        {
                            outer.Reasons.Add($"absorbs '{d.TextOf(events[k].Match.Anchor, events[k].Match.Last)}' ({events[k].Category.Name()}), joined to its content");
                            events.RemoveAt(k);
                        }
                break;
            }
        }
    }

    /// <summary>
    /// "accused Russian forces of blowing up the dam", "blamed Israel for the downing of", "condemned a US drone
    /// strike", "charged him with inciting the attack": the act alleged is the accusation's content, not an event
    /// the sentence asserts. Its doer is the one accused.
    /// </summary>
    static void AbsorbAllegation(Document d, CodedEvent outer, List<CodedEvent> events)
    {
        var i = events.IndexOf(outer);
        for (var j = i + 1; j < events.Count; j++)
        {
            var inner = events[j];
            if (inner.Category == PloverCategory.Accuse) break;
            var gap = inner.Match.Anchor - outer.Match.Last;
            var within = inner.Match.Anchor > outer.Match.Anchor && inner.Match.Anchor < outer.Match.Last; // "blamed Ukrainian shelling for"
            var inObject = outer.Clause is { } c && c.Head == outer.Match.Anchor && c.Object.Contains(inner.Match.Anchor);
            var linked = gap is > 0 and <= 16 && Enumerable.Range(outer.Match.Last + 1, gap - 1)
                             .Any(t => d.LowerOf(t) is "of" or "for" or "over" or "with" && d.TagOf(t) == PosTag.IN);
            var governed = inner.Clause is { NonFinite: true } ic && outer.Clause is not null && ic.Governor == outer.Clause && gap > 0;
            if (!inObject && !linked && !governed && !within) continue;
            if (gap > 0 && Enumerable.Range(outer.Match.Last + 1, gap - 1).Any(t => d.TagOf(t) is PosTag.Punct or PosTag.Colon || d.LowerOf(t) is "and" or "but" or "while" or "as" or "after"))
                continue;
            outer.Absorbed = inner;
            outer.Reasons.Add($"absorbs '{d.TextOf(inner.Match.Anchor, inner.Match.Last)}' ({inner.Category.Name()}): the act alleged");
            events.RemoveAt(j);
            return;
        }
    }

    static PloverMode? ModeFor(PloverCategory outer, PloverCategory inner, PloverMode? innerMode) => outer switch
    {
        PloverCategory.Request or PloverCategory.Reject => inner switch
        {
            PloverCategory.Consult or PloverCategory.Agree => PloverMode.Meet,
            PloverCategory.Retreat or PloverCategory.Concede => PloverMode.Yield,
            PloverCategory.Aid or PloverCategory.Cooperate or PloverCategory.Support => PloverMode.Assist,
            _ => PloverMode.Change,
        },
        PloverCategory.Threaten => inner switch
        {
            PloverCategory.Assault or PloverCategory.Mobilize => PloverMode.Violence,
            PloverCategory.Coerce when innerMode == PloverMode.Arrest => PloverMode.Arrest,
            PloverCategory.Coerce when innerMode == PloverMode.Deport => PloverMode.Expel,
            PloverCategory.Coerce when innerMode == PloverMode.Seize => PloverMode.Territory,
            PloverCategory.Sanction when innerMode == PloverMode.Expel => PloverMode.Expel,
            PloverCategory.Sanction or PloverCategory.Reject => PloverMode.Relations,
            _ => PloverMode.Restrict,
        },
        _ => null,
    };

    static CameoCode? CameoFor(PloverCategory category, PloverMode? mode) => (category, mode) switch
    {
        (PloverCategory.Request, PloverMode.Meet) => new CameoCode("108"),
        (PloverCategory.Request, PloverMode.Yield) => new CameoCode("105"),
        (PloverCategory.Request, PloverMode.Assist) => new CameoCode("103"),
        (PloverCategory.Request, PloverMode.Change) => new CameoCode("104"),
        (PloverCategory.Reject, PloverMode.Meet) => new CameoCode("125"),
        (PloverCategory.Reject, PloverMode.Yield) => new CameoCode("124"),
        (PloverCategory.Reject, PloverMode.Assist) => new CameoCode("121"),
        (PloverCategory.Reject, PloverMode.Change) => new CameoCode("123"),
        (PloverCategory.Threaten, PloverMode.Violence) => new CameoCode("138"),
        (PloverCategory.Threaten, PloverMode.Arrest) => new CameoCode("132"),
        (PloverCategory.Threaten, PloverMode.Expel) => new CameoCode("136"),
        (PloverCategory.Threaten, PloverMode.Territory) => new CameoCode("1382"),
        (PloverCategory.Threaten, PloverMode.Relations) => new CameoCode("1313"),
        (PloverCategory.Threaten, PloverMode.Restrict) => new CameoCode("1312"),
        _ => null,
    };

    void AssignRoles(Document d, Sentence sentence, CodedEvent e, List<Mention> actors, DocumentState state)
    {
        var match = e.Match;
        var clause = e.Clause;
        var trigger = match.Trigger;
        TokenRange actorRange = TokenRange.None, patientRange = TokenRange.None;
        // "after months of fighting": a gerund after a noun and "of" is a noun; the main subject does not control it.
        var gerundNoun = d.TagOf(match.Anchor) == PosTag.VBG && match.Anchor - 2 >= sentence.FirstToken && d.LowerOf(match.Anchor - 1) == "of"
                         && d.TagOf(match.Anchor - 2).IsNoun();
        var nominal = trigger.Class != AnchorClass.Verb || gerundNoun
                      || (clause is not null && clause.Head != match.Anchor && trigger.Class == AnchorClass.Verb && d.TagOf(match.Anchor).IsNoun());
        if (clause is not null)
        {
            if (clause.Passive && clause.AgentPhrase is null && trigger.Category == PloverCategory.Mobilize)
            {
                // "Serbia's army was put on alert": the mobilised force is the actor.
                actorRange = clause.Subject;
            }
            else if (clause.Passive)
            {
                actorRange = clause.AgentPhrase ?? TokenRange.None;
                patientRange = clause.Subject;
            }
            else
            {
                actorRange = clause.Subject;
                patientRange = clause.Object;
            }
        }

        var actorEntities = new List<EventEntity>();
        var recipientEntities = new List<EventEntity>();
        var recipientFromWith = false;
        if (nominal)
        {
            // "talks between X and Y", "a visit by X to Y", "China's refusal", "a Chinese attack on Y"
            var np = NounPhraseAround(d, match.Anchor, sentence);
            foreach (var p in PrepsAfter(d, match.Last, sentence))
            {
                if (p.Preposition == "with" && p.Object.End < sentence.EndToken && d.TagOf(p.Object.End) == PosTag.VBG) continue; // "with X saying"
                if (p.Preposition is "between" or "by" or "among") Add(actorEntities, EntitiesIn(d, p.Object, actors, e, state));
                else if (trigger.RecipientSlots.Contains(p.Preposition) && recipientEntities.Count == 0)
                {
                    Add(recipientEntities, EntitiesIn(d, p.Object, actors, e, state));
                    recipientFromWith = p.Preposition == "with" && recipientEntities.Count > 0;
                }
            }
            if (actorEntities.Count == 0) Add(actorEntities, EntitiesIn(d, new TokenRange(np.First, match.Anchor), actors, e, state));
            // "pledged support for Moldova's bid to join the EU during a visit to Chisinau": the visitor is the main clause's subject.
            if (actorEntities.Count == 0 && clause is not null && CircumstantialMeeting(d, e, sentence) is not null)
            {
                var main = clause;
                while (main.NonFinite && main.Governor is not null) main = main.Governor;
                Add(actorEntities, EntitiesIn(d, main.Passive ? main.AgentPhrase ?? TokenRange.None : main.Subject, actors, e, state));
                // "warned Vladimir Putin in a video call", "urged Israel ... during a visit to Tel Aviv": the one addressed was met.
                if (recipientEntities.Count == 0 && !main.Passive && !main.Object.IsEmpty)
                {
                    Add(recipientEntities, EntitiesIn(d, main.Object, actors, e, state).Where(r => !actorEntities.Any(a => SameEntity(a, r))));
                    if (recipientEntities.Count > 0) e.Reasons.Add("the other party: the one the main verb addresses");
                }
            }
            // "Turkey launched an offensive", "announced its withdrawal": the subject of a support verb does the event;
            // the subject of other verbs ("posed a threat", "is in discussion with") need not.
            if (actorEntities.Count == 0 && clause is not null && clause.Head != match.Anchor && (clause.Object.Contains(match.Anchor) || clause.Subject.Contains(match.Anchor) == false)
                && (SupportVerbs.Contains(d.LemmaOf(clause.Head)) || trigger.Class == AnchorClass.Adjective
                    || match.Anchor > 0 && d.LowerOf(match.Anchor - 1) == "in" && d.LemmaOf(match.Anchor) is "protest" or "solidarity" or "retaliation"))
            {
                Add(actorEntities, EntitiesIn(d, actorRange, actors, e, state));
                if (actorEntities.Count == 0) FromApposition(d, clause, actorRange, actorEntities, actors, e, state);
            }
            e.Reasons.Add("roles from the noun phrase (by/between/possessive) or the light verb's subject");
        }
        else
        {
            Add(actorEntities, EntitiesIn(d, actorRange, actors, e, state));
            if (actorEntities.Count == 0) FromApposition(d, clause, actorRange, actorEntities, actors, e, state);
            foreach (var slot in trigger.RecipientSlots)
            {
                if (recipientEntities.Count > 0) break;
                if (slot == "obj")
                {
                    Add(recipientEntities, EntitiesIn(d, patientRange, actors, e, state));
                    // "Sophie Pétronin, a French aid worker held in Mali, was freed": the one acted on known by apposition.
                    if (recipientEntities.Count == 0 && clause is { Passive: true }) FromApposition(d, clause, patientRange, recipientEntities, actors, e, state);
                    continue;
                }
                // The preposition may be part of the pattern ("call on X") or a phrase after it.
                var prep = clause?.Preps.FirstOrDefault(p => p.Preposition == slot && p.PrepToken > match.Anchor
                                                             && !(slot == "with" && p.Object.End < sentence.EndToken && d.TagOf(p.Object.End) == PosTag.VBG));
                if (prep is { PrepToken: > 0 } found)
                {
                    Add(recipientEntities, EntitiesIn(d, found.Object, actors, e, state));
                    // "gifted two million doses to Bangladesh and one million to Nepal": each destination of one act.
                    if (slot is "to" or "on" or "against" && e.Category is PloverCategory.Aid or PloverCategory.Sanction or PloverCategory.Assault or PloverCategory.Mobilize)
                        foreach (var more in clause!.Preps.Where(p => p.Preposition == slot && p.PrepToken > found.PrepToken && p.PrepToken - found.Object.End <= 6
                                                                  && Enumerable.Range(found.PrepToken + 1, p.PrepToken - found.PrepToken - 1).Any(t => d.LowerOf(t) == "and")))
                            Add(recipientEntities, EntitiesIn(d, more.Object, actors, e, state).Where(r => !recipientEntities.Any(x => SameEntity(x, r))));
                }
                else foreach (var pp in PrepsAfter(d, match.Last, sentence).Where(p => p.Preposition == slot).Take(1))
                    Add(recipientEntities, EntitiesIn(d, pp.Object, actors, e, state));
                recipientFromWith = slot == "with" && recipientEntities.Count > 0;
            }
            e.Reasons.Add(clause is { Passive: true } ? "passive: actor from the 'by' phrase, recipient from the subject" : "actor from the subject");
        }

        // "Putin warned that Russia would cut off energy", "Trump pulled the United States out of the deal": an official's
        // own state named in the clause is the actor speaking of itself, not the one acted upon (outside domestic acts).
        if (recipientEntities.RemoveAll(r => OwnState(e, actorEntities, r)) > 0) e.Reasons.Add("the actor's own state is not its recipient");
        // No recipient where the pattern expects one: the first other actor named after the trigger in the
        // same stretch of text ("warned that no part of Israel would be spared", "accepted a US proposal").
        var directed = e.Category is PloverCategory.Reject or PloverCategory.Threaten or PloverCategory.Request or PloverCategory.Sanction or PloverCategory.Accuse
                       || e.Category is PloverCategory.Agree or PloverCategory.Concede && actorEntities.Count == 1; // "accepted a United States offer"
        if (recipientEntities.Count == 0 && (trigger.RecipientSlots.Count > 0 || directed) && e.Category != PloverCategory.Consult
            && !(e.Category is PloverCategory.Agree or PloverCategory.Support or PloverCategory.Cooperate && actorEntities.Count > 1))
        {
            foreach (var m in actors)
            {
                if (m.First <= e.Match.Anchor) continue;
                if (Boundary(d, e.Last + 1, m.First)) break;
                var entity = new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!);
                if (entity.Entity.Code is null || actorEntities.Any(a => SameEntity(a, entity)) || OwnState(e, actorEntities, entity)) continue;
                // "over the Sea of Japan", "in the Amazon": a setting, not a target ("in Russia's exercises" names their owner).
                if (PrepositionBefore(d, m.First, sentence.FirstToken) is { } where && LocativePreps.Contains(where) && where != "on"
                    && !Enumerable.Range(m.First, Math.Min(m.End + 1, sentence.EndToken) - m.First).Any(t => d.TagOf(t) == PosTag.POS)) continue;
                recipientEntities.Add(entity);
                e.Reasons.Add($"recipient '{entity.Text}': the first actor named after the trigger");
                // "the United States, Germany and France": the rest of a list of names.
                var last = m.End;
                foreach (var next in actors.Where(n => n.First >= last && n.Entity?.Code is not null))
                {
                    if (Enumerable.Range(last, next.First - last).Any(t => d.LowerOf(t) is not ("," or "and" or "or" or "the"))) break;
                    // "..., the State Department said", "..., and police used water cannon": a name that is the subject of the
                    // next clause is not in the list.
                    if (next.End < sentence.EndToken && (d.TagOf(next.End).IsFiniteVerb() || d.TagOf(next.End) == PosTag.MD || ClauseAnalyzer.IsSpeakerVerb(d, next.End))) break;
                    var listed = new EventEntity(d.TextOf(next.First, next.End - 1), next.Entity!);
                    if (!recipientEntities.Any(r => SameEntity(r, listed)) && !actorEntities.Any(a => SameEntity(a, listed))) recipientEntities.Add(listed);
                    last = next.End;
                }
                break;
            }
        }

        // "talks hosted by Qatar's emir", "negotiations mediated by Egypt": the host or mediator takes part.
        if (e.Category == PloverCategory.Consult && trigger.Anchor != "host")
            for (var t = match.Last + 1; t + 1 < sentence.EndToken && t <= match.Last + 8; t++)
            {
                if (d.TagOf(t) is PosTag.Punct or PosTag.Colon) break;
                if (d.LemmaOf(t) is not ("host" or "mediate" or "broker" or "chair" or "facilitate") || d.TagOf(t) != PosTag.VBN || d.LowerOf(t + 1) != "by") continue;
                var np = ClauseAnalyzer.ReadNounPhrase(d, t + 2, sentence.EndToken);
                var hosts = EntitiesIn(d, np, actors, e, state).ToList();
                Add(actorEntities, hosts);
                if (hosts.Count > 0) e.Reasons.Add($"'{d.TextOf(t)} by {hosts[0].Text}': the {d.LemmaOf(t)} takes part");
                break;
            }

        // A state named inside the event's own words ("a Chinese spy balloon" as a recipient) counts once.
        recipientEntities.RemoveAll(r => actorEntities.Any(a => SameEntity(a, r)));
        e.Actor.AddRange(actorEntities);
        e.Recipient.AddRange(recipientEntities);

        // "agreed with", "signed a deal with", "established relations with": reciprocal, so all parties act.
        // ("shared intelligence with Ukraine" is given one way.)
        if (e.Category is PloverCategory.Agree or PloverCategory.Support or PloverCategory.Cooperate && recipientFromWith
            && !(d.LemmaOf(match.Anchor) is "share" or "sharing" && actorEntities.Count > 0))
        {
            foreach (var r in e.Recipient) if (!e.Actor.Any(a => SameEntity(a, r))) e.Actor.Add(r);
            e.Recipient.Clear();
            e.Reasons.Add("reciprocal 'with': all parties are actors");
        }
        // "X hosted Y": PLOVER codes the visitor as actor and the host as recipient.
        if (e.Category == PloverCategory.Consult && trigger.Anchor == "host" && !nominal)
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
            // A meeting with no host: all parties are actors (PLOVER manual, compound and reciprocal actors).
            foreach (var r in e.Recipient) if (!e.Actor.Any(a => SameEntity(a, r))) e.Actor.Add(r);
            e.Recipient.Clear();
        }
    }

    static bool OwnState(CodedEvent e, List<EventEntity> actors, EventEntity r) =>
        r.Entity is { Kind: EntityKind.State, Sector: null, Org: null, Country: { } country }
        && e.Category is PloverCategory.Threaten or PloverCategory.Sanction or PloverCategory.Agree or PloverCategory.Support or PloverCategory.Reject
            or PloverCategory.Consult or PloverCategory.Cooperate
        && actors.Count > 0 && actors.All(a => a.Entity.Country == country && a.Entity.Org is null);

    /// <summary>"Karen Pierce, the UK permanent representative at the UN, complained": an unknown name is known by its apposition.</summary>
    void FromApposition(Document d, Clause? clause, TokenRange subject, List<EventEntity> into, List<Mention> actors, CodedEvent e, DocumentState state)
    {
        if (clause is null || subject.IsEmpty || subject.End >= clause.First || d.TagOf(subject.End) != PosTag.Comma) return;
        var described = EntitiesIn(d, new TokenRange(subject.End + 1, clause.First), actors, e, state).FirstOrDefault();
        if (described is null) return;
        into.Add(described);
        e.Reasons.Add($"actor from the apposition: '{described.Text}'");
    }

    /// <summary>Whether a clause boundary lies between two tokens: a full stop, semicolon, or a new clause of a different topic.</summary>
    /// <summary>A comma inside a list of names: "the United States, Germany and France".</summary>
    static bool IsListComma(Document d, int comma) =>
        comma > 0 && d.TagOf(comma - 1).IsProperNoun() && d.TagOf(comma + 1) is PosTag.NNP or PosTag.NNPS or PosTag.DT
        && Enumerable.Range(comma + 1, 6).TakeWhile(t => t < d.TokenCount && d.TagOf(t) is not (PosTag.Punct or PosTag.Colon)).Any(t => d.LowerOf(t) == "and");

    static bool Boundary(Document d, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var lower = d.LowerOf(t);
            // ", including the United States, Germany and France": a list that names the parties.
            if (d.TagOf(t) == PosTag.Comma && (d.LowerOf(t + 1) is "including" or "notably" or "namely" || d.LowerOf(t - 1) is "including" || IsListComma(d, t))) continue;
            if (d.TagOf(t) is PosTag.Punct or PosTag.Colon or PosTag.Comma) return true;
            if (lower is "but" or "while" or "although" or "after" or "before" or "when" or "because" or "as" or "according" or "said" or "says" or "which" or "who") return true;
        }
        return false;
    }

    static bool SameEntity(EventEntity a, EventEntity b) =>
        a.Entity.Name == b.Entity.Name && a.Entity.Country == b.Entity.Country && a.Entity.Org == b.Entity.Org;

    static void Add(List<EventEntity> into, IEnumerable<EventEntity> entities)
    {
        foreach (var entity in entities)
            if (!into.Any(existing => SameEntity(existing, entity))) into.Add(entity);
    }

    static TokenRange NounPhraseAround(Document d, int anchor, Sentence sentence)
    {
        var first = anchor;
        while (first - 1 >= sentence.FirstToken && (ClauseAnalyzer.IsNominal(d, first - 1) || d.MentionsOf(sentence).Any(m => m.Kind == MentionKind.Actor && m.Contains(first - 1))))
            first--;
        return new TokenRange(first, anchor + 1);
    }

    static IEnumerable<PrepPhrase> PrepsAfter(Document d, int last, Sentence sentence)
    {
        var t = last + 1;
        var seen = 0;
        while (t < sentence.EndToken && seen < 3)
        {
            var tag = d.TagOf(t);
            if (tag is PosTag.IN or PosTag.TO)
            {
                var np = ClauseAnalyzer.ReadNounPhrase(d, t + 1, sentence.EndToken);
                if (np.IsEmpty) yield break;
                if (d.LowerOf(t) == "with" && np.End < sentence.EndToken && d.TagOf(np.End) == PosTag.VBG) yield break; // "with X saying"
                yield return new PrepPhrase(d.LowerOf(t), t, np);
                seen++;
                t = np.End;
                continue;
            }
            if (tag.IsVerb() || tag is PosTag.Punct or PosTag.Colon || d.LowerOf(t) is "that" or "which" or "who") yield break;
            t++;
        }
    }

    IEnumerable<EventEntity> EntitiesIn(Document d, TokenRange range, List<Mention> actors, CodedEvent e, DocumentState state)
    {
        if (range.IsEmpty) yield break;
        // Reciprocal descriptions, even where "the two leaders" is itself a group mention.
        var words = string.Join(' ', Enumerable.Range(range.First, range.End - range.First).Select(d.LowerOf));
        if (words.Contains("two sides") || words.Contains("both sides") || words.Contains("two countries") || words.Contains("both countries")
            || words.Contains("two leaders") || words.Contains("two officials") || words.Contains("two men") || words.Contains("two governments"))
        {
            // "Xi and Biden agreed ..., a senior US official said after the two leaders met": the pair named earlier in
            // the same sentence, else the group the document last named.
            // "struck targets inside Cambodia as troops from the two countries exchanged fire": countries named as places count too.
            var states = words.Contains("countries") || words.Contains("sides") || words.Contains("governments");
            var sentence = d.Sentences.Last(s => s.FirstToken <= range.First);
            var named = actors.Where(m => m.End <= range.First && m.Entity?.Code is not null && m.Entity.Sector is not (Sector.MED or Sector.CVL))
                              .Select(m => (m.First, Entity: new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!)))
                              .Concat(d.MentionsOf(sentence).Where(m => states && m.Kind == MentionKind.Place && m.End <= range.First && m.Place!.Kind == PlaceKind.Country)
                                       .Select(m => (m.First, Entity: new EventEntity(d.TextOf(m.First, m.End - 1), new Entity(m.Place!.Name, m.Place.Country, null)))))
                              .OrderBy(m => m.First);
            var earlier = new List<EventEntity>();
            foreach (var (_, entity) in named)
                if (!earlier.Any(x => x.Entity.Code == entity.Entity.Code)) earlier.Add(entity);
            var group = earlier.Count >= 2 ? earlier.Take(words.Contains("two") || words.Contains("both") ? 2 : earlier.Count).ToList() : state.LastGroup;
            if (group.Count > 0)
            {
                e.Reasons.Add($"'{words}' refers to {string.Join(" and ", group.Select(g => g.Entity.Name))}");
                foreach (var g in group) yield return g;
                yield break;
            }
        }
        var any = false;
        foreach (var m in actors)
        {
            if (m.First < range.First || m.End > range.End) continue;
            // "a full-scale military offensive": a stateless group word modifying the event noun names no party.
            if (m.Entity is { Country: null, Org: null, Kind: EntityKind.Group } && d.TagOf(m.End - 1).IsAdjective()
                && m.End < range.End && d.TagOf(m.End) is PosTag.NN or PosTag.NNS)
                continue;
            // "his then counterpart, Yang Jiechi": a description without a state before the name it describes.
            if (m.Entity is { Code: null } && m.End + 1 < range.End && d.TagOf(m.End) == PosTag.Comma
                && actors.Any(n => n.First == m.End + 1 && n.End <= range.End && n.Entity?.Code is not null))
                continue;
            any = true;
            var entity = m.Entity!;
            // "killed several of its most senior commanders": a group owned by "its" or "their" belongs to the state referred to.
            if (entity is { Country: null, Org: null, Kind: EntityKind.Group }
                && Enumerable.Range(range.First, m.First - range.First).LastOrDefault(t => d.LowerOf(t) is "its" or "their", -1) is var owner and >= 0
                && actors.Where(a => a.End <= owner && a.Entity is { Kind: EntityKind.State, Country: not null }).Select(a => a.Entity!.Country).LastOrDefault() is { } ownerCountry)
            {
                entity = entity with { Country = ownerCountry };
                e.Reasons.Add($"'{d.TextOf(owner)} {d.TextOf(m.First, m.End - 1)}': {ownerCountry}'s");
            }
            yield return new EventEntity(d.TextOf(m.First, m.End - 1), entity);
        }
        if (any) yield break;

        // Pronouns.
        var pronoun = Enumerable.Range(range.First, range.End - range.First).FirstOrDefault(t => d.TagOf(t) is PosTag.PRP or PosTag.PRPS, -1);
        if (pronoun < 0) yield break;
        var lower = d.LowerOf(pronoun);
        // "Finland and Sweden applied to join Nato, and Stoltenberg welcomed their bids": a pair named earlier in the sentence.
        if (lower is "they" or "them" or "their" && PairBefore(d, actors, pronoun) is { Count: > 1 } pair)
        {
            e.Reasons.Add($"'{lower}' refers to {string.Join(" and ", pair.Select(g => g.Entity.Name))}");
            foreach (var g in pair) yield return g;
            yield break;
        }
        if (lower is "they" or "them" or "their" && state.LastGroup.Count > 1)
        {
            e.Reasons.Add($"'{lower}' refers to {string.Join(" and ", state.LastGroup.Select(g => g.Entity.Name))}");
            foreach (var g in state.LastGroup) yield return g;
            yield break;
        }
        // In reported speech, a pronoun subject is the speaker: "Beijing has told Washington it is unwilling".
        for (var c = e.Clause; c?.Governor is { } g; c = g)
        {
            if (!ClauseAnalyzer.IsSpeechOrThought(d.LemmaOf(g.Head)) || g.Subject.IsEmpty) continue;
            var speaker = actors.Where(m => m.First >= g.Subject.First && m.End <= g.Subject.End).ToList();
            // "Ethiopia's ruling coalition said it would ...": a collective noun in the singular is "it" too.
            if (speaker.Count > 0 && (Compatible(lower, speaker[0].Entity!)
                                      || lower is "it" or "its" && speaker[0].Entity!.Kind == EntityKind.Group && speaker[0].Entity!.Sector is not (null or Sector.CVL)
                                         && d.TagOf(speaker[0].End - 1) is PosTag.NN or PosTag.NNP))
            {
                var speakers = lower is "they" or "them" or "their" ? speaker : speaker.Take(1).ToList();
                e.Reasons.Add($"'{lower}' refers to the speaker {string.Join(" and ", speakers.Select(m => m.Entity!.Name))}");
                foreach (var m in speakers) yield return new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!);
                yield break;
            }
        }
        var antecedent = actors.Where(m => m.End <= pronoun && Compatible(lower, m.Entity!)).Select(m => (Entity: new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!), Token: m.First))
                               .Concat(state.Recent.Where(r => Compatible(lower, r.Entity.Entity)))
                               .OrderByDescending(r => r.Token).FirstOrDefault();
        if (antecedent.Entity is not null)
        {
            e.Reasons.Add($"'{lower}' refers to {antecedent.Entity.Entity.Name}");
            yield return antecedent.Entity;
        }
    }

    /// <summary>The last parties joined by "and" before a token: "Finland and Sweden", "Israel, Egypt and Jordan".</summary>
    static List<EventEntity>? PairBefore(Document d, List<Mention> actors, int token)
    {
        List<EventEntity>? found = null;
        var named = actors.Where(m => m.End <= token && m.Entity is { Code: not null }).ToList();
        for (var i = 1; i < named.Count; i++)
        {
            var between = Enumerable.Range(named[i - 1].End, named[i].First - named[i - 1].End).Select(d.LowerOf).ToList();
            if (between is not (["and"] or [","] or ["and", "the"] or [",", "the"])) continue;
            var group = new List<EventEntity>();
            var k = i - 1;
            while (k > 0 && Enumerable.Range(named[k - 1].End, named[k].First - named[k - 1].End).Select(d.LowerOf).ToList() is [","] or [",", "the"]) k--;
            for (var j = k; j <= i; j++) group.Add(new EventEntity(d.TextOf(named[j].First, named[j].End - 1), named[j].Entity!));
            if (between[0] == "and") found = group;
        }
        return found;
    }

    static bool Compatible(string pronoun, Entity entity) => pronoun switch
    {
        "he" or "him" or "his" or "she" or "her" => entity.Kind == EntityKind.Person,
        "it" or "its" => entity.Kind is EntityKind.State or EntityKind.Organisation,
        _ => true,
    };

    void RememberGroups(Document d, Sentence sentence, List<Clause> clauses, List<Mention> actors, DocumentState state)
    {
        foreach (var c in clauses)
        {
            var inSubject = actors.Where(m => m.First >= c.Subject.First && m.End <= c.Subject.End).ToList();
            if (inSubject.Count >= 2)
                state.LastGroup = inSubject.Select(m => new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!)).ToList();
        }
        foreach (var m in actors) state.Recent.Add((new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity!), m.First));
        if (state.Recent.Count > 40) state.Recent.RemoveRange(0, state.Recent.Count - 40);
    }

    /// <summary>Stage 8: the event's date and place, and historical status for dates well before publication.</summary>
    public void Resolve(Document d, Sentence sentence, CodedEvent e, KnowledgeBase knowledge)
    {
        var clause = e.Clause;
        var regionStart = clause is null ? sentence.FirstToken : Math.Min(clause.Subject.IsEmpty ? clause.First : clause.Subject.First, clause.First);
        var regionEnd = clause?.Limit ?? sentence.EndToken;
        if (clause is null) { regionStart = Math.Max(sentence.FirstToken, e.Match.Anchor - 6); regionEnd = Math.Min(sentence.EndToken, e.Last + 8); }

        var published = d.Article.Date;
        var lookedAhead = false;
        var dates = d.MentionsOf(sentence).Where(m => m.Kind == MentionKind.Date && m.First >= regionStart && m.End <= regionEnd && m.Expression is not null)
                              .OrderBy(m => Math.Abs(m.First - e.Match.Anchor)).ToList();
        foreach (var m in dates)
        {
            if (m.Expression!.PointsToFuture && e.Status == EventStatus.Asserted) e.Status = EventStatus.Future;
            if (published is null) break;
            // Present tense with a bare month or weekday looks ahead ("when the two officials attend the forum in June").
            var presentAhead = clause is { Past: false, Perfect: false, NonFinite: false } && clause.Modal is null
                               && d.TagOf(clause.Head) is PosTag.VBP or PosTag.VBZ
                               && d.LemmaOf(clause.Head) is not ("set" or "put" or "cut" or "hit" or "shut" or "let" or "cast" or "spread" or "quit" or "hurt" or "beat" or "cost" or "split" or "upset" or "broadcast");
            var resolved = DateResolver.Resolve(m.Expression, published.Value, e.Status == EventStatus.Future || presentAhead);
            lookedAhead = presentAhead;
            if (resolved is null) continue;
            e.Date = resolved;
            e.Reasons.Add($"date '{d.TextOf(m.First, m.End - 1)}' → {resolved}");
            break;
        }
        if (e.Date is null && published is not null) e.Date = EventDate.Day(published.Value);
        if (lookedAhead && e.Date is { } when && published is { } today && e.Status == EventStatus.Asserted && when.Date > today
            && !(when.Precision == DatePrecision.Month && when.Date.Year == today.Year && when.Date.Month == today.Month)
            && !(when.Precision == DatePrecision.Year && when.Date.Year == today.Year))
        {
            e.Status = EventStatus.Future;
            e.Reasons.Add($"status future: {when} is after publication on {today:yyyy-MM-dd}");
        }
        if (e.Date is { } date && published is { } pub && e.Status == EventStatus.Asserted && date.Date.AddYears(1) < pub.AddDays(-31)
            && (date.Precision != DatePrecision.Year || date.Date.Year < pub.Year - 1))
        {
            e.Status = EventStatus.Historical;
            e.Reasons.Add($"status historical: {date} is well before publication on {pub:yyyy-MM-dd}");
        }

        // Location: a place in a locative phrase of the clause, else the host of a visit.
        var places = d.MentionsOf(sentence).Where(m => m.Kind == MentionKind.Place && m.First >= regionStart && m.End <= regionEnd).ToList();
        foreach (var m in places.OrderBy(m => Math.Abs(m.First - e.Match.Anchor)))
        {
            var prep = PrepositionBefore(d, m.First, regionStart);
            if (prep is null || !LocativePreps.Contains(prep)) continue;
            e.Location = new EventLocation(d.TextOf(m.First, m.End - 1), m.Place!);
            break;
        }
        // "held talks in the Kremlin", "met at the White House": a seat of power after a locative preposition places the event.
        if (e.Location is null)
            foreach (var m in d.MentionsOf(sentence).Where(m => m.Kind == MentionKind.Actor && m.First >= regionStart && m.End <= regionEnd
                                                                 && m.Entity is { Kind: EntityKind.State, Country: not null }
                                                                 && (d.LowerOf(m.First) == "the" || m.First > 0 && d.LowerOf(m.First - 1) == "the")))
            {
                var prep = PrepositionBefore(d, m.First, regionStart);
                if (prep is not ("in" or "at") || knowledge.CountryPlace(m.Entity!.Country!) is not { } seat) continue;
                e.Location = new EventLocation(d.TextOf(m.First, m.End - 1), seat);
                e.Reasons.Add($"location: {d.TextOf(m.First, m.End - 1)}, a seat of power of {seat.Country}");
                break;
            }
        if (e.Location is null && e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit)
        {
            var to = places.FirstOrDefault(m => PrepositionBefore(d, m.First, regionStart) is "to" && m.First > e.Match.Anchor);
            if (to is not null) e.Location = new EventLocation(d.TextOf(to.First, to.End - 1), to.Place!);
            else if (e.Recipient.FirstOrDefault()?.Entity.Country is { } host && knowledge.CountryPlace(host) is { } place)
                e.Location = new EventLocation(e.Recipient[0].Text, place);
        }
        ProtestSiteRecipient(d, sentence, e);
        FillGroupCountries(d, sentence, e);
        PlaceRecipient(d, sentence, e, knowledge);
        DestinationRecipient(d, sentence, e, knowledge);
        ShowOfForceRecipient(d, sentence, e, knowledge);
        DomesticRecipient(d, sentence, e, knowledge);
        // "as protests against the coup continued": protests with no one named are the people's of the state they target.
        if (e.Category == PloverCategory.Protest && e.Actor.Count == 0 && (!IsNominal(d, e) || IsSubjectOfItsClause(e))
            && e.Recipient.Select(r => r.Entity.Country).Distinct().ToList() is [{ } home]
            && e.Recipient.All(r => r.Entity.Org is null))
        {
            e.Actor.Add(new EventEntity(d.TextOf(e.Match.Anchor, e.Match.Last), new Entity("protesters", home, Sector.CVL, Kind: EntityKind.Group)));
            e.Reasons.Add($"actor: protesters of {home}, where the protest is held");
        }
        if (e.Category == PloverCategory.Consult && e.Location is { } met && e.Actor.Count >= 2
            && (e.Mode is null or PloverMode.ThirdParty || e.Mode == PloverMode.Multilateral && e.Actor.All(a => a.Entity.Org is null) && e.Actor.Select(a => a.Entity.Code).Distinct().Count() <= 4)
            && e.Actor.Any(a => a.Entity.Country == met.Place.Country) && e.Actor.Any(a => a.Entity.Country is { } c && c != met.Place.Country)
            && e.Actor.Select(a => a.Entity.Code).Distinct().Count() >= 2)
        {
            // Met in one party's country: the others are visiting (PLOVER: visitor is the actor, host the recipient).
            var hosts = e.Actor.Where(a => a.Entity.Country == met.Place.Country).ToList();
            e.Actor.RemoveAll(hosts.Contains);
            e.Recipient.AddRange(hosts);
            e.Mode = PloverMode.Visit;
            e.Cameo = new("042");
            e.Reasons.Add($"mode visit: met in {met.Place.Name}, home of {string.Join(", ", hosts.Select(h => h.Entity.Name))}");
        }
        if (e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && e.Recipient.Count == 0 && e.Location is { } hostPlace
            && e.Actor.All(a => a.Entity.Country != hostPlace.Place.Country) && knowledge.CountryPlace(hostPlace.Place.Country) is { } hostCountry)
        {
            e.Recipient.Add(new EventEntity(e.Location.Text, new Entity(hostCountry.Name, hostCountry.Country, null)));
            e.Reasons.Add($"host: {hostCountry.Name}, where the visit takes place");
        }
        if (e.Category == PloverCategory.Consult && e.Mode is null
            && (e.Actor.Any(a => a.Entity.OrgType == OrgType.IGO) || d.LowerOf(e.Match.Anchor) is "summit" or "summits" || e.Match.Tokens.Any(t => d.LowerOf(t) is "summit")))
        {
            e.Mode = PloverMode.Multilateral;
            e.Reasons.Add("mode multilateral: an international organisation or a summit");
        }
        if (e.Category == PloverCategory.Consult && e.Location is { } location && e.Mode is null && e.Actor.Count >= 2
            && e.Actor.All(a => a.Entity.Country is not null && a.Entity.Country != location.Place.Country))
        {
            e.Mode = PloverMode.ThirdParty;
            e.Cameo = new("044");
            e.Reasons.Add($"mode third-party: met in {location.Place.Name} ({location.Place.Country}), no party's own state");
        }
    }

    /// <summary>
    /// "annexed Crimea", "shelled Kharkiv", "Aleppo was bombed": a place attacked, seized or besieged stands for the state it belongs to.
    /// </summary>
    static void PlaceRecipient(Document d, Sentence sentence, CodedEvent e, KnowledgeBase knowledge)
    {
        if (e.Recipient.Count > 0 || e.Category is not (PloverCategory.Assault or PloverCategory.Coerce or PloverCategory.Retreat) || e.Clause is not { } c
            || c.Head != e.Match.Anchor || e.Category == PloverCategory.Retreat && e.Mode is not (PloverMode.Withdraw or null))
            return;
        var patient = c.Passive ? c.Subject : c.Object;
        if (patient.IsEmpty) return;
        var place = d.MentionsOf(sentence).FirstOrDefault(m => m.Kind == MentionKind.Place && patient.Contains(m.First));
        if (place is null || knowledge.CountryPlace(place.Place!.Country) is not { } state) return;
        // "The last French troops left Niger": the ground left; a state's own ground is no recipient.
        if (e.Category == PloverCategory.Retreat && e.Actor.Any(a => a.Entity.Country == state.Country)) return;
        // "captured Bakhmut": a place captured is territory seized, not people taken (PLOVER COERCE seize).
        if (e.Category == PloverCategory.Assault && e.Mode == PloverMode.Abduct && place.First == patient.First + (d.TagOf(patient.First) == PosTag.DT ? 1 : 0))
        {
            e.Category = PloverCategory.Coerce;
            e.Mode = PloverMode.Seize;
            e.Cameo = new("192");
            e.Reasons.Add($"COERCE seize: '{d.TextOf(place.First, place.End - 1)}' is a place taken");
        }
        e.Recipient.Add(new EventEntity(d.TextOf(place.First, place.End - 1), new Entity(state.Name, state.Country, null)));
        e.Reasons.Add($"recipient {state.Country}: the state of '{d.TextOf(place.First, place.End - 1)}', the place acted on");
    }

    static readonly HashSet<string> DestinationPreps = new(StringComparer.Ordinal)
    {
        "to", "into", "in", "near", "around", "along", "across", "over", "off", "towards", "toward", "inside", "at", "on",
    };

    /// <summary>
    /// Troops, aid and embassies go somewhere: "deployed 12,000 troops to its border with Belarus" (BLR), "airdropped
    /// meals into Gaza" (PSE), "drills around Taiwan" (TWN), "opened its embassy in Jerusalem" (ISR). With no
    /// recipient named, the state of the destination is the recipient; forces deployed at home are aimed at home.
    /// </summary>
    static void DestinationRecipient(Document d, Sentence sentence, CodedEvent e, KnowledgeBase knowledge)
    {
        if (e.Recipient.Count > 0 || e.Category is not (PloverCategory.Mobilize or PloverCategory.Aid or PloverCategory.Support or PloverCategory.Coerce))
            return;
        // "signed a peace agreement in Jeddah": where a document is signed is a setting, not a destination.
        if (e.Category == PloverCategory.Support && d.LemmaOf(e.Match.Anchor) is "sign" or "signing" or "initial") return;
        var limit = e.Clause?.Limit ?? Math.Min(sentence.EndToken, e.Last + 10);
        // "sent 5,000 tonnes of flour to Afghanistan as humanitarian assistance": a noun's destination follows its verb.
        var from = IsNominal(d, e) && e.Clause is { } vc && vc.Head < e.Match.Anchor ? vc.Head : e.Match.Anchor;
        var actorCountries = ActorCountries(e);
        foreach (var m in d.MentionsOf(sentence).Where(m => m.First > from && m.First < limit).OrderBy(m => m.First))
        {
            var country = m.Place?.Country ?? m.Entity?.Country;
            if (country is null || m.Entity?.OrgType is OrgType.IGO or OrgType.NGO) continue;
            if (Boundary(d, from + 1, m.First)) break;
            var prep = PrepositionBefore(d, m.First, from);
            var border = m.First >= 2 && d.LowerOf(m.First - 1) is "with" && d.LemmaOf(m.First - 2) is "border" or "frontier";
            // "a complete siege of the Gaza Strip": what a blockade or siege is of.
            var besieged = e.Category == PloverCategory.Coerce && PrecededByOf(d, m.First, from);
            if (!border && !besieged && (prep is null || !DestinationPreps.Contains(prep))) continue;
            var home = actorCountries.Contains(country);
            // A state's own border ("its border with Belarus") or its own ground: aimed at home only when nothing else is named.
            if (home && e.Category != PloverCategory.Mobilize) continue;
            if (home && d.MentionsOf(sentence).Any(o => o.First > m.First && o.First < limit && (o.Place?.Country ?? o.Entity?.Country) is { } other && !actorCountries.Contains(other)))
                continue;
            if (knowledge.CountryPlace(country) is not { } place) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), new Entity(place.Name, country, null)));
            e.Reasons.Add($"recipient {country}: where the {(e.Category == PloverCategory.Support ? "mission" : "forces or aid")} go ('{d.TextOf(m.First, m.End - 1)}')");
            return;
        }
    }

    /// <summary>
    /// "Taiwan scrambled jets after 56 Chinese aircraft flew into its zone", "Ukrainian troops fell back as Russian
    /// forces pressed their offensive": a show of force, retreat, threat or refusal with no target named answers
    /// the other party acting in the same sentence.
    /// </summary>
    public static void CounterpartRecipients(Document d, List<CodedEvent> events)
    {
        // "Iran blamed Israel for the attack and vowed revenge", "Bolivia cut ties with Israel, and Colombia and Chile
        // recalled their ambassadors": an act joined to another by the same actor, or of the same kind, shares its target.
        foreach (var e in events)
        {
            if (e.Recipient.Count > 0 || e.Actor.Count == 0) continue;
            var own = ActorCodes(e);
            if (own.Count == 0) continue;
            if (e.Category == PloverCategory.Retreat && e.Mode is PloverMode.Resign) continue;
            // A prison sentence is both a conviction and a detention: the two share their target.
            if (events.FirstOrDefault(o => o != e && o.Match == e.Match && o.Recipient.Count > 0) is { } twin)
            {
                e.Recipient.AddRange(twin.Recipient);
                continue;
            }
            // "accused the West of ...": a verb whose object names someone by name, uncoded, borrows nobody.
            if (e.Clause is { Object.IsEmpty: false } ec && ec.Head == e.Match.Anchor && !e.Match.Tokens.Any(ec.Object.Contains)
                && Enumerable.Range(ec.Object.First, ec.Object.End - ec.Object.First).Any(t => d.TagOf(t) is PosTag.NNP or PosTag.NNPS)) continue;
            var sibling = events.FirstOrDefault(o => o != e && o.Recipient.Count > 0 && o.Status != EventStatus.Negated
                                                     && (o.Category == e.Category && o.Actor.Count > 0 || Joined(d, e, o) && Polarity(e.Category) * Polarity(o.Category) >= 0)
                                                     && o.Recipient.All(r => r.Entity.Code is { } c && !own.Contains(c)));
            if (sibling is null) continue;
            e.Recipient.AddRange(sibling.Recipient);
            e.Reasons.Add($"recipient: shared with '{d.TextOf(sibling.Match.Anchor, sibling.Match.Last)}', joined to it");
        }
        // "Japan and South Korea agreed ..., with Tokyo promising to fund a foundation": one party of a joint act acting
        // alone acts towards the others.
        foreach (var e in events)
        {
            if (e.Recipient.Count > 0 || e.Actor.Count == 0 || Polarity(e.Category) <= 0) continue;
            var own = ActorCodes(e);
            var joint = events.FirstOrDefault(o => o != e && Polarity(o.Category) > 0 && o.Status != EventStatus.Negated && ActorCodes(o) is var codes
                                                   && codes.IsProperSupersetOf(own) && own.Count > 0);
            if (joint is null) continue;
            foreach (var a in joint.Actor.Where(a => a.Entity.Code is { } c && !own.Contains(c))) e.Recipient.Add(a);
            e.Reasons.Add($"recipient: the other parties of '{d.TextOf(joint.Match.Anchor, joint.Match.Last)}'");
        }
        foreach (var e in events)
        {
            if (e.Recipient.Count > 0 || e.Actor.Count == 0 || !Answers(e)) continue;
            var own = ActorCodes(e);
            if (own.Count == 0) continue;
            // Allies acting alongside ("a coalition, supported by the US and Britain, launched airstrikes") are no counterpart.
            var others = events.Where(o => o != e && o.Actor.Count > 0 && o.Actor.All(a => a.Entity.Code is { } c && !own.Contains(c))
                                           && (e.Category == PloverCategory.Reject || Answers(o) || o.Category is PloverCategory.Coerce or PloverCategory.Sanction
                                               or PloverCategory.Accuse or PloverCategory.Request or PloverCategory.Protest
                                               || o.Recipient.Any(r => r.Entity.Code is { } c && own.Contains(c)))).ToList();
            var parties = others.Select(o => string.Join(",", o.Actor.Select(a => a.Entity.Code).Order())).Distinct().ToList();
            if (parties.Count != 1) continue;
            var other = others[0];
            foreach (var a in other.Actor) if (!e.Recipient.Any(x => SameEntity(x, a))) e.Recipient.Add(a);
            e.Reasons.Add($"recipient: the other party, who '{d.TextOf(other.Match.Anchor, other.Match.Last)}'");
        }
    }

    /// <summary>Two verbs of one subject ("blamed Israel ... and vowed revenge") or a participle on its main verb (", agreeing to send").</summary>
    static bool Joined(Document d, CodedEvent e, CodedEvent o) =>
        e.Clause is { } ec && o.Clause is { } oc && ec != oc
        && (!ec.Subject.IsEmpty && ec.Subject == oc.Subject || ec.Governor == oc && d.TagOf(ec.Head) == PosTag.VBG && ec.Subject.IsEmpty)
        // (a main verb does not borrow the target of the participle that follows it: "reached a deal, putting pressure on Canada")
        && !(oc.Governor == ec && d.TagOf(oc.Head) == PosTag.VBG);

    /// <summary>+1 for cooperation, -1 for conflict, 0 for acts that can go either way.</summary>
    static int Polarity(PloverCategory c) => c switch
    {
        PloverCategory.Agree or PloverCategory.Support or PloverCategory.Consult or PloverCategory.Cooperate or PloverCategory.Aid
            or PloverCategory.Concede or PloverCategory.Retreat => 1,
        PloverCategory.Request => 0,
        _ => -1,
    };

    static bool Answers(CodedEvent e) => e.Category switch
    {
        PloverCategory.Mobilize or PloverCategory.Threaten or PloverCategory.Reject or PloverCategory.Assault => true,
        PloverCategory.Retreat => e.Mode is not (PloverMode.Resign or PloverMode.Release),
        _ => false,
    };

    /// <summary>
    /// "burned a Koran outside the Turkish embassy", "rallied outside parliament": a protest held at an
    /// institution's door is aimed at that institution.
    /// </summary>
    static void ProtestSiteRecipient(Document d, Sentence sentence, CodedEvent e)
    {
        if (e.Recipient.Count > 0 || e.Category != PloverCategory.Protest) return;
        var limit = e.Clause?.Limit ?? Math.Min(sentence.EndToken, e.Last + 10);
        foreach (var m in d.MentionsOf(sentence).Where(m => m.Kind == MentionKind.Actor && m.First > e.Match.Anchor && m.First < limit).OrderBy(m => m.First))
        {
            if (Boundary(d, e.Last + 1, m.First)) break;
            var before = m.First - 1 > 0 && d.TagOf(m.First - 1) == PosTag.DT ? m.First - 2 : m.First - 1;
            var site = d.LowerOf(before) is "outside" or "at" or "near"
                       || before >= 2 && d.LowerOf(before) == "of" && d.LowerOf(before - 1) == "front" && d.LowerOf(before - 2) == "in";
            if (!site || m.Entity is null || m.Entity.Sector is Sector.CVL or Sector.MED || e.Actor.Any(a => a.Entity == m.Entity)) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity));
            e.Reasons.Add($"recipient: '{d.TextOf(m.First, m.End - 1)}', where the protest was held");
            return;
        }
    }

    /// <summary>
    /// "sending a carrier group towards the Korean peninsula amid concern over North Korea's nuclear programme",
    /// "put 8,500 troops on alert as tensions with Russia mount": forces moved or readied with no destination
    /// named are aimed at the first foreign state the sentence names after them.
    /// </summary>
    static void ShowOfForceRecipient(Document d, Sentence sentence, CodedEvent e, KnowledgeBase knowledge)
    {
        if (e.Recipient.Count > 0 || e.Category != PloverCategory.Mobilize || e.Mode is PloverMode.Police || e.Actor.Count == 0) return;
        var own = ActorCountries(e);
        if (own.Count == 0) return;
        foreach (var m in d.MentionsOf(sentence).Where(m => m.First > e.Last).OrderBy(m => m.First))
        {
            var country = m.Kind == MentionKind.Actor ? m.Entity?.Country : m.Place?.Country;
            if (country is null || own.Contains(country) || m.Entity?.OrgType is OrgType.IGO or OrgType.NGO) continue;
            if (knowledge.CountryPlace(country) is not { } state) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), new Entity(state.Name, country, null)));
            e.Reasons.Add($"recipient {country}: the foreign state named after the show of force ('{d.TextOf(m.First, m.End - 1)}')");
            return;
        }
    }

    /// <summary>
    /// "imposed sweeping sanctions on Russia's banks and restricted exports", "called up 300,000 reservists and massed
    /// troops": two verbs of one sentence naming the same act (category, mode, status, actor and recipient) are one event.
    /// </summary>
    public static void MergeRepeats(Document d, List<CodedEvent> events)
    {
        static string Key(CodedEvent e) => string.Join("|", e.Category, e.Mode, e.Status,
            string.Join(",", e.Actor.Select(a => a.Entity.Code).Distinct().Order()), string.Join(",", e.Recipient.Select(r => r.Entity.Code).Distinct().Order()));
        var seen = new Dictionary<string, CodedEvent>();
        foreach (var e in events.ToList())
        {
            // ("struck Iran's nuclear sites and killed its commanders": attacks on different targets stay two.)
            if (e.Actor.Count == 0 || e.Category == PloverCategory.Assault) continue;
            if (!seen.TryAdd(Key(e), e))
            {
                var first = seen[Key(e)];
                first.Reasons.Add($"also reported as '{d.TextOf(e.Match.Anchor, e.Match.Last)}'");
                events.Remove(e);
            }
        }
    }

    static bool PrecededByOf(Document d, int token, int from)
    {
        for (var t = token - 1; t > from && t >= token - 3; t--)
        {
            if (d.LowerOf(t) == "of") return true;
            if (!ClauseAnalyzer.IsNominal(d, t)) return false;
        }
        return false;
    }

    /// <summary>
    /// Concessions, repression, protests and violence with no named target are aimed at the people of
    /// the state where they happen: "Sri Lanka lifted the curfew" (LKA → LKA), "police fired tear gas in Tbilisi".
    /// </summary>
    static void DomesticRecipient(Document d, Sentence sentence, CodedEvent e, KnowledgeBase knowledge)
    {
        // Police deployed with no destination named are deployed at home ("deployed 45,000 police officers across the country").
        var policing = e.Category == PloverCategory.Mobilize && e.Mode == PloverMode.Police
                       // "Kenyan police opened an investigation into the deaths": investigations are domestic unless someone is named.
                       || e.Category == PloverCategory.Accuse && e.Mode == PloverMode.Investigate && e.Actor.Count > 0 && e.Actor.All(a => a.Entity.Org is null);
        if (e.Recipient.Count > 0 || !policing && e.Category is not (PloverCategory.Concede or PloverCategory.Coerce or PloverCategory.Protest or PloverCategory.Assault or PloverCategory.Retreat or PloverCategory.Reject))
            return;
        if (e.Category == PloverCategory.Reject && (e.Actor.Count == 0 || !e.Actor.All(a => a.Entity.Sector is Sector.LEG or Sector.JUD))) return;
        var country = e.Location?.Place.Country;
        // "pulled back from positions around Kyiv", "let aid trucks into Gaza": the state whose ground is left or opened.
        if (e.Category == PloverCategory.Retreat && e.Mode is PloverMode.Resign or PloverMode.Ceasefire) return;
        if (e.Category == PloverCategory.Retreat && e.Clause is { } c)
        {
            var actorCountries = ActorCountries(e);
            var ground = d.MentionsOf(sentence).FirstOrDefault(m => m.Kind == MentionKind.Place && m.First > e.Match.Anchor && m.End <= c.Limit
                                                                    && PrepositionBefore(d, m.First, e.Match.Anchor) is "from" or "into" or "to" or "around"
                                                                    && !actorCountries.Contains(m.Place!.Country));
            if (ground is not null) country = ground.Place!.Country;
            else if (country is not null && actorCountries.Contains(country) is false && e.Mode is not PloverMode.Release) country = null;
        }
        if (country is null)
        {
            var named = d.MentionsOf(sentence).Select(m => m.Entity?.Country ?? m.Place?.Country).OfType<string>().Distinct().ToList();
            var actorCountries = e.Actor.Select(a => a.Entity.Country).OfType<string>().Distinct().ToList();
            if (named.Count == 1 && (actorCountries.Count == 0 || actorCountries.SequenceEqual(named))) country = named[0];
        }
        // "Belarus freed 14 political prisoners", "Nicaragua expelled them": the state's own people.
        if (country is null && e.Category is PloverCategory.Retreat or PloverCategory.Coerce && e.Mode is PloverMode.Release or PloverMode.Arrest or PloverMode.Deport or null
            && e.Clause is { } own && !own.Object.IsEmpty && !d.MentionsOf(sentence).Any(m => m.First >= own.Object.First && m.First < own.Object.End && m.Kind != MentionKind.Date)
            && SingleActorCountry(e) is { } home)
            country = home;
        // "lawmakers voted to block the decree", "a Kenyan court blocked the government's plan": a legislature or court
        // rejecting with no one named rejects its own state's act.
        if (country is null && e.Category == PloverCategory.Reject && e.Actor.Count > 0 && e.Actor.All(a => a.Entity.Sector is Sector.LEG or Sector.JUD))
            country = SingleActorCountry(e);
        // "Kazakhstan declared a state of emergency": emergency rule and curfews are imposed at home.
        if (country is null && e.Category == PloverCategory.Coerce && e.Mode is PloverMode.MartialLaw or PloverMode.Curfew) country = SingleActorCountry(e);
        if (country is null || knowledge.CountryPlace(country) is not { } place) return;
        e.Recipient.Add(new EventEntity(place.Name, new Entity(place.Name, country, null)));
        e.Reasons.Add($"recipient {country}: the people of the state where it happens");
    }

    /// <summary>
    /// Groups named without a state ("police", "protesters", "gunmen") belong to the state where the
    /// event happens, or to the only state the sentence names.
    /// </summary>
    static void FillGroupCountries(Document d, Sentence sentence, CodedEvent e)
    {
        string? country = e.Location?.Place.Country;
        if (country is null)
        {
            var named = d.MentionsOf(sentence).Where(m => (m.Entity?.Country ?? m.Place?.Country) is not null && m.Entity?.OrgType is not OrgType.IGO)
                                  .Select(m => m.Entity?.Country ?? m.Place!.Country).Distinct().ToList();
            if (named.Count == 1) country = named[0];
        }
        // "Belarus freed 14 political prisoners", "Russia detained protesters": people a state frees or holds, named
        // without a state, are its own.
        if (country is null && e.Category is PloverCategory.Retreat or PloverCategory.Coerce && e.Mode is PloverMode.Release or PloverMode.Arrest or PloverMode.Deport or null
            && SingleActorCountry(e) is { } home)
        {
            for (var i = 0; i < e.Recipient.Count; i++)
                if (e.Recipient[i].Entity is { Country: null, Org: null, Kind: EntityKind.Group } held)
                {
                    e.Recipient[i] = e.Recipient[i] with { Entity = held with { Country = home } };
                    e.Reasons.Add($"'{e.Recipient[i].Text}' are {home}'s own people");
                }
            return;
        }
        if (country is null) return;
        foreach (var list in new[] { e.Actor, e.Recipient })
            for (var i = 0; i < list.Count; i++)
                if (list[i].Entity is { Country: null, Org: null, Kind: EntityKind.Group, Sector: not (null or Sector.GOV) } group)
                {
                    list[i] = list[i] with { Entity = group with { Country = country } };
                    e.Reasons.Add($"'{list[i].Text}' takes the country of the event's setting: {country}");
                }
    }

    /// <summary>The states of the event's actors.</summary>
    static HashSet<string> ActorCountries(CodedEvent e) => e.Actor.Select(a => a.Entity.Country).OfType<string>().ToHashSet();

    /// <summary>The codes (organisation, else state) of the event's actors.</summary>
    static HashSet<string> ActorCodes(CodedEvent e) => e.Actor.Select(a => a.Entity.Code).OfType<string>().ToHashSet();

    /// <summary>The one state all the event's actors belong to, if there is exactly one.</summary>
    static string? SingleActorCountry(CodedEvent e) =>
        e.Actor.Select(a => a.Entity.Country).OfType<string>().Distinct().ToList() is [var home] ? home : null;

    /// <summary>The preposition governing a noun phrase that contains <paramref name="token"/>.</summary>
    static string? PrepositionBefore(Document d, int token, int limit)
    {
        for (var t = token - 1; t >= limit && t >= token - 6; t--)
        {
            if (d.LowerOf(t) == "of") continue; // "off the coast of South Carolina"
            if (LocativePreps.Contains(d.LowerOf(t))) return d.LowerOf(t); // whatever its tag ("off" as a particle)
            var tag = d.TagOf(t);
            if (tag is PosTag.IN or PosTag.TO) return d.LowerOf(t);
            if (!ClauseAnalyzer.IsNominal(d, t)) return null;
        }
        return null;
    }

    public CameoEntry? CameoOf(CameoCode code) => cameo.Find(code);
}
