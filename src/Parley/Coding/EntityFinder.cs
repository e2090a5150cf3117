using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Finds the parties named in a stretch of a sentence: the actor mentions in it, a reciprocal
/// description ("the two sides") resolved to the pair named before, or a pronoun resolved to the
/// speaker, a pair joined by "and", or the last compatible actor.
/// </summary>
public sealed class EntityFinder(SentenceCoding s)
{
    readonly Document d = s.Document;
    readonly WordLists words = s.Syntax.Words;

    public static bool SameEntity(EventEntity a, EventEntity b) =>
        a.Entity.Name == b.Entity.Name && a.Entity.Country == b.Entity.Country && a.Entity.Org == b.Entity.Org;

    /// <summary>Adds the entities not already in the list.</summary>
    public static void Add(List<EventEntity> into, IEnumerable<EventEntity> entities)
    {
        foreach (var entity in entities)
            if (!into.Any(existing => SameEntity(existing, entity))) into.Add(entity);
    }

    public EventEntity EntityOf(ActorMention m) => new(d.TextOf(m.First, m.End - 1), m.Entity);

    public IEnumerable<EventEntity> In(TokenRange range, CodedEvent e)
    {
        if (range.IsEmpty) return [];
        if (Reciprocal(range, e) is { } pair) return pair;
        var named = Named(range, e);
        return named.Count > 0 ? named : Pronoun(range, e);
    }

    /// <summary>Reciprocal descriptions ("the two sides"), even where "the two leaders" is itself a group mention.</summary>
    List<EventEntity>? Reciprocal(TokenRange range, CodedEvent e)
    {
        var text = string.Join(' ', Enumerable.Range(range.First, range.End - range.First).Select(d.LowerOf));
        var phrase = words.ReciprocalPhrases.Entries.FirstOrDefault(text.Contains);
        if (phrase is null) return null;
        // "Xi and Biden agreed ..., a senior US official said after the two leaders met": the pair named earlier in
        // the same sentence, else the group the document last named.
        // "struck targets inside Cambodia as troops from the two countries exchanged fire": countries named as places count too.
        var states = words.ReciprocalStates.Entries.Any(text.Contains);
        var sentence = d.Sentences.Last(x => x.FirstToken <= range.First);
        var named = s.Actors.Where(m => m.End <= range.First && m.Entity?.Code is not null && m.Entity.Sector is not (Sector.MED or Sector.CVL))
                            .Select(m => (m.First, Entity: EntityOf(m)))
                            .Concat(d.PlacesOf(sentence).Where(m => states && m.End <= range.First && m.Place.Kind == PlaceKind.Country)
                                     .Select(m => (m.First, Entity: new EventEntity(d.TextOf(m.First, m.End - 1), new Entity(m.Place!.Name, m.Place.Country, null)))))
                            .OrderBy(m => m.First);
        var earlier = new List<EventEntity>();
        foreach (var (_, entity) in named)
            if (!earlier.Any(x => x.Entity.Code == entity.Entity.Code)) earlier.Add(entity);
        var two = text.Contains("two") || text.Contains("both");
        var group = earlier.Count >= 2 ? earlier.Take(two ? 2 : earlier.Count).ToList() : s.Memory.LastGroup;
        if (group.Count == 0) return null;
        e.Reasons.Add($"'{text}' refers to {string.Join(" and ", group.Select(g => g.Entity.Name))}");
        return group;
    }

    /// <summary>Whether the mention follows "of" (and the determiners, numbers and adjectives of its phrase) inside the range.</summary>
    bool OfModifier(TokenRange range, ActorMention m)
    {
        var t = m.First - 1;
        while (t > range.First && d.TagOf(t) is PosTag.DT or PosTag.CD or PosTag.JJ or PosTag.PRPS) t--;
        return t > range.First && d.LowerOf(t) is "of";
    }

    List<EventEntity> Named(TokenRange range, CodedEvent e)
    {
        var found = new List<EventEntity>();
        foreach (var m in s.Actors)
        {
            if (m.First < range.First || m.End > range.End) continue;
            // "a full-scale military offensive": a stateless group word modifying the event noun names no party.
            if (m.Entity is { Country: null, Org: null, Kind: EntityKind.Group } && d.TagOf(m.End - 1).IsAdjective()
                && m.End < range.End && d.TagOf(m.End) is PosTag.NN or PosTag.NNS)
                continue;
            // "his then counterpart, Yang Jiechi": a description without a state before the name it describes.
            if (m.Entity is { Code: null } && m.End + 1 < range.End && d.TagOf(m.End) == PosTag.Comma
                && s.Actors.Any(n => n.First == m.End + 1 && n.End <= range.End && n.Entity?.Code is not null))
                continue;
            // "The Israeli ambassador to Canada", "Turkey's envoy in Washington": a party in a prepositional modifier of a
            // head that names its own party is not a party too.
            if (found.Any(f => f.Entity.Code is not null) && m.First - 1 > range.First && d.TagOf(m.First - 1) is PosTag.IN or PosTag.TO
                && d.LowerOf(m.First - 1) is "to" or "in" && s.Actors.Any(a => a.First >= range.First && a.End == m.First - 1 && a.Entity?.Code is not null))
                continue;
            // "The families of hundreds of civilians", "The children of an Islamic State fighter": a party in an "of" modifier of a
            // group of people that names its own party is whom the group belongs to, not a party too.
            if (found is [{ Entity: { Code: not null, Kind: EntityKind.Group } }] && OfModifier(range, m)) continue;
            // "Russian drone and missile strikes on Kyiv, Ukraine": a place after the party's act, behind a preposition, is
            // where or on whom it falls, not a party to it.
            if (PlacedAfter(range, m, found.Any(f => f.Entity.Code is not null))) continue;
            found.Add(new EventEntity(d.TextOf(m.First, m.End - 1), Owned(range, m, e)));
        }
        return found;
    }

    /// <summary>Whether a mention of a country or city follows "on", "in", "at", "near" or "against" (data/words/impact-prepositions.txt; with the places named before
    /// it in commas, "on Kyiv, Ukraine", or the part of it, "in southern Afghanistan") after a word of an act: one that follows
    /// the first party found ("Russian strikes on Kyiv"), or the words of a trigger ("A bomb blast in southern Afghanistan kills").</summary>
    bool PlacedAfter(TokenRange range, ActorMention m, bool partyFound)
    {
        if (m.Entity is not { Kind: EntityKind.State, Sector: null, Org: null }) return false;
        var t = ClauseAnalyzer.BeforePlaceNames(d, m.First - 1, range.First, words);
        if (!(t > range.First && words.ImpactPrepositions.Contains(d.LowerOf(t)) && d.TagOf(t - 1) is PosTag.NN or PosTag.NNS)) return false;
        if (s.Matches.Any(x => x.First <= t - 1 && t - 1 <= x.Last)) return true;
        var firstParty = s.Actors.FirstOrDefault(a => a.First >= range.First && a.End <= range.End && a.Entity?.Code is not null);
        return partyFound && firstParty is not null && firstParty.End < t;
    }

    /// <summary>"killed several of its most senior commanders": a group owned by "its" or "their" (data/words/group-possessives.txt) belongs to the state referred to;
    /// one owned by "her" or "his" (data/words/person-possessives.txt) to the state of the person named before ("called on her government").</summary>
    Entity Owned(TokenRange range, ActorMention m, CodedEvent e)
    {
        var entity = m.Entity;
        if (entity is not { Country: null, Org: null, Kind: EntityKind.Group }) return entity;
        // (The possessive may open the mention itself: "her government".)
        var owner = Enumerable.Range(range.First, Math.Max(0, m.End - 1 - range.First)).LastOrDefault(t => words.GroupPossessives.Contains(d.LowerOf(t)) || words.PersonPossessives.Contains(d.LowerOf(t)), -1);
        if (owner < 0) return entity;
        // "its" and "their" stand for a state; "her" and "his" for a person, whose state it is ("called on her government").
        var person = words.PersonPossessives.Contains(d.LowerOf(owner));
        if (s.Actors.Where(a => a.End <= owner && a.Entity is { Country: not null } named && (person ? named.Kind != EntityKind.State && named.Org is null : named.Kind == EntityKind.State))
                .Select(a => a.Entity!.Country).LastOrDefault() is not { } country)
            return entity;
        e.Reasons.Add($"'{d.TextOf(owner)} {d.TextOf(m.First, m.End - 1)}': {country}'s");
        return entity with { Country = country };
    }

    IEnumerable<EventEntity> Pronoun(TokenRange range, CodedEvent e)
    {
        var pronoun = Enumerable.Range(range.First, range.End - range.First).FirstOrDefault(t => d.TagOf(t) is PosTag.PRP or PosTag.PRPS, -1);
        // ("Two more Palestinian protestors ... die from wounds. Both were shot by Israeli troops": "both" standing alone is "they".)
        var both = pronoun < 0 && range.End - range.First == 1 && d.LowerOf(range.First) == "both";
        if (both) pronoun = range.First;
        if (pronoun < 0) return [];
        var lower = both ? "they" : d.LowerOf(pronoun);
        var plural = words.PluralPronouns.Contains(lower);
        // "Finland and Sweden applied to join Nato, and Stoltenberg welcomed their bids": a pair named earlier in the sentence.
        if (plural && PairBefore(pronoun) is { Count: > 1 } pair) return Refers(e, lower, pair);
        if (Speaker(e, lower) is { } speakers) return speakers;
        if (words.FirstPersonWords.Contains(lower))
        {
            if (QuotedSpeaker(pronoun, e, lower) is { } quoted) return quoted;
            // "As I met with more and more refugees", "In our report we ask donors": outside a quotation the first person is
            // the writer, no party named before.
            if (!s.Syntax.Quoted(pronoun))
            {
                e.Reasons.Add($"'{lower}' outside a quotation is the writer");
                return [];
            }
        }
        // "Faymann calls on him": an object pronoun is not the subject of its own clause (that would be "himself").
        var ownSubject = lower is "him" or "her" or "them"
            && s.Clauses.LastOrDefault(c => c.Head < pronoun && pronoun < c.Limit) is { Subject.IsEmpty: false, NonFinite: false, Subordinator: not ("who" or "which" or "that") } own
            && own.Subject.End <= own.First ? own.Subject : TokenRange.None;
        var antecedent = s.Actors.Where(m => m.End <= pronoun && Compatible(lower, m.Entity!) && !m.IsWithin(ownSubject))
                                 .Select(m => s.AsAntecedent(m, EntityOf(m)))
                                 .Concat(s.Memory.Recent.Where(r => Compatible(lower, r.Entity.Entity)))
                                 .Select(r => (Antecedent: r, Salience: Salience(r) + (r.Plural == plural ? NumberAgrees : 0)))
                                 .OrderByDescending(r => r.Salience).ThenByDescending(r => r.Antecedent.Token).FirstOrDefault();
        // The last group named together as a subject ("Russia and Turkey agreed ..."; "they") is a plural subject of its sentence.
        if (plural && s.Memory.LastGroup.Count > 1
            && Salience(new Antecedent(s.Memory.LastGroup[0], -1, s.Memory.LastGroupSentence, Subject: true, Plural: true, Head: true)) + NumberAgrees >= antecedent.Salience)
            return Refers(e, lower, s.Memory.LastGroup);
        if (antecedent.Antecedent.Entity is not { } entity) return [];
        e.Reasons.Add($"'{lower}' refers to {entity.Entity.Name}");
        return [entity];
    }

    /// <summary>What a mention in the pronoun's number adds to its salience: more than being a subject.</summary>
    const double NumberAgrees = 100;

    /// <summary>
    /// How prominent an earlier mention is when a pronoun comes (after Lappin and Leass's salience factors): it fades by half
    /// with each sentence back, and a clause's subject counts for more than its object, and its object for more than a
    /// modifier, so "Corbyn condemned Trump's rhetoric as he continued to call for a vote" refers "he" to Corbyn, and "Once I
    /// sent 30 Tunisians and they were all killed" "they" to the Tunisians rather than the subject of the sentence before; the
    /// head of a phrase counts for more than a modifier or possessor ("it" after "the EU backs the Iran deal" is the EU). A
    /// mention in the pronoun's number counts for more ("expelled them": the prisoners, not Nicaragua).
    /// </summary>
    double Salience(Antecedent a) => 100 * Math.Pow(0.5, s.Sentence.Index - a.Sentence) + (a.Subject ? 80 : a.Object ? 50 : 0) + (a.Head ? 80 : 0);

    static List<EventEntity> Refers(CodedEvent e, string pronoun, List<EventEntity> group)
    {
        e.Reasons.Add($"'{pronoun}' refers to {string.Join(" and ", group.Select(g => g.Entity.Name))}");
        return group;
    }

    /// <summary>
    /// In reported speech, a pronoun subject is the speaker: "Beijing has told Washington it is unwilling";
    /// "Ethiopia's ruling coalition said it would ...": a collective noun in the singular is "it" too.
    /// </summary>
    List<EventEntity>? Speaker(CodedEvent e, string pronoun)
    {
        for (var c = e.Clause; c?.Governor is { } g; c = g)
        {
            if (!words.SpeechVerbs.Contains(d.LemmaOf(g.Head)) || g.Subject.IsEmpty) continue;
            var speaker = s.ActorsIn(g.Subject).ToList();
            if (speaker.Count == 0) continue;
            // ("Yemen's Houthi movement claims that it launched": the head of the phrase speaks, not its possessor.)
            if (speaker.Count > 1 && d.TagOf(speaker[0].End) == PosTag.POS && speaker[1].Entity!.Code is not null) speaker.RemoveAt(0);
            var first = speaker[0].Entity!;
            var collective = words.ThingPronouns.Contains(pronoun) && first.Kind == EntityKind.Group && first.Sector is not (null or Sector.CVL)
                             && d.TagOf(speaker[0].End - 1) is PosTag.NN or PosTag.NNP;
            if (!Compatible(pronoun, first) && !collective) continue;
            var speakers = words.PluralPronouns.Contains(pronoun) ? speaker : speaker.Take(1).ToList();
            e.Reasons.Add($"'{pronoun}' refers to the speaker {string.Join(" and ", speakers.Select(m => m.Entity!.Name))}");
            return speakers.Select(EntityOf).ToList();
        }
        return null;
    }

    /// <summary>
    /// "we", "our", "I" in what someone says are the speaker's: the subject of the sentence's verb of saying nearest the
    /// pronoun (‘... 800 Isis fighters that we captured in Syria,’ Trump tweeted), not the last party named before it.
    /// </summary>
    List<EventEntity>? QuotedSpeaker(int pronoun, CodedEvent e, string lower)
    {
        var speaker = s.Clauses.Where(c => words.SpeechVerbs.Contains(d.LemmaOf(c.Head)) && !c.Subject.IsEmpty && !c.Subject.Contains(pronoun))
                               .OrderBy(c => Math.Abs(c.Head - pronoun))
                               .Select(c => s.ActorsIn(c.Subject).FirstOrDefault()).FirstOrDefault(m => m is not null);
        if (speaker is null) return null;
        e.Reasons.Add($"'{lower}' refers to the speaker {speaker.Entity!.Name}");
        return [EntityOf(speaker)];
    }

    /// <summary>The last parties joined by "and" before a token: "Finland and Sweden", "Israel, Egypt and Jordan".</summary>
    List<EventEntity>? PairBefore(int token)
    {
        List<EventEntity>? found = null;
        var named = s.Actors.Where(m => m.End <= token && m.Entity is { Code: not null }).ToList();
        List<string> Between(int k) => Enumerable.Range(named[k - 1].End, named[k].First - named[k - 1].End).Select(d.LowerOf).ToList();
        for (var i = 1; i < named.Count; i++)
        {
            var between = Between(i);
            if (between is not (["and"] or [","] or ["and", "the"] or [",", "the"])) continue;
            var k = i - 1;
            while (k > 0 && Between(k) is [","] or [",", "the"]) k--;
            var group = new List<EventEntity>();
            for (var j = k; j <= i; j++) group.Add(EntityOf(named[j]));
            if (between[0] == "and") found = group;
        }
        return found;
    }

    bool Compatible(string pronoun, Entity entity) =>
        words.PersonPronouns.Contains(pronoun) ? entity.Kind == EntityKind.Person
        : words.ThingPronouns.Contains(pronoun) ? entity.Kind is EntityKind.State or EntityKind.Organisation
        : true;

    /// <summary>
    /// "An Israeli sniper kills Hussam Hamdan, a member of Hamas": an unknown name acted on is known by the apposition
    /// after it, a noun phrase opened by a determiner and closed by a comma or the sentence's end.
    /// </summary>
    public void FromObjectApposition(TokenRange obj, List<EventEntity> into, CodedEvent e)
    {
        if (obj.IsEmpty) return;
        var sentence = d.Sentences.Last(x => x.FirstToken <= obj.First);
        var start = obj.End + 1;
        if (start + 1 >= sentence.EndToken || d.TagOf(obj.End) != PosTag.Comma || d.TagOf(start) != PosTag.DT) return;
        if (d.TagOf(obj.End - 1) is not (PosTag.NNP or PosTag.NNPS)) return;
        var end = start;
        while (end < sentence.EndToken && d.TagOf(end) is not (PosTag.Comma or PosTag.Punct or PosTag.Colon) && !d.TagOf(end).IsFiniteVerb()) end++;
        var described = In(new TokenRange(start, end), e).FirstOrDefault(x => x.Entity.Code is not null);
        if (described is null) return;
        into.Add(described);
        e.Reasons.Add($"recipient from the apposition: '{d.TextOf(start, end - 1)}'");
    }

    /// <summary>
    /// "Karen Pierce, the UK permanent representative at the UN, complained": an unknown name is known by its apposition;
    /// with <paramref name="codedOnly"/>, only when the apposition names a state or organisation ("the then secretary of
    /// state, Rex Tillerson, pledged").
    /// </summary>
    public void FromApposition(Clause? clause, TokenRange subject, List<EventEntity> into, CodedEvent e, bool codedOnly = false)
    {
        if (clause is null || subject.IsEmpty || subject.End >= clause.First || d.TagOf(subject.End) != PosTag.Comma) return;
        var described = In(new TokenRange(subject.End + 1, clause.First), e).FirstOrDefault();
        if (described is null || codedOnly && described.Entity.Code is null) return;
        // ("A double car bombing in Benghazi, Libya, kills": a state after a place widens the place; it describes no one.)
        if (described.Entity is { Kind: EntityKind.State, Sector: null, Country: { } country } && s.Syntax.PlaceWidenedBy(subject.End, country) is not null) return;
        into.Add(described);
        e.Reasons.Add($"actor from the apposition: '{described.Text}'");
    }
}
