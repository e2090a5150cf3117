using Parley.Model;
using Parley.Text;

namespace Parley.Knowledge;

/// <summary>
/// Groups named without a state or organisation get one: "a joint delegation from the African Union",
/// "officials from Qatar" (the one named after "from"); "Hemedti ... his fighters", "Hamas ... its gunmen"
/// (the armed group just named); "Five insurgents are also killed" (the armed group named last, twenty sentences back at
/// most); "Kurdish militants", "Rohingya refugees" (the one of the people's states the text
/// names); "police", "the military", "parliament" (the only state the sentence names, or else the state the
/// document was last about). "Western leaders", "foreign diplomats" and
/// attackers the text does not identify ("a gunman", "suicide bombers") belong to no one state.
/// </summary>
public sealed class GroupOwners(WordLists words, KnowledgeBase knowledge)
{
    /// <summary>The state the document was last about, and how often it has named each, carried from sentence to sentence.</summary>
    public sealed class Focus
    {
        public string? Country { get; set; }
        public Dictionary<string, int> Named { get; } = new(StringComparer.Ordinal);
    }

    public void Resolve(Document document, Sentence sentence, Focus focus)
    {
        var named = document.MentionsOf(sentence)
            .Where(m => m is not ActorMention { Entity.OrgType: OrgType.IGO or OrgType.NGO })
            .Select(m => m.Country).OfType<string>().Distinct().ToList();
        var country = named.Count == 1 ? named[0] : named.Count == 0 ? focus.Country : null;
        foreach (var state in named) focus.Named[state] = focus.Named.GetValueOrDefault(state) + 1;
        HeadsOfModifiers(document, sentence);
        DescribedByOffice(document, sentence);
        OfAPeople(document, sentence, named, focus);
        for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
        {
            if (document.Mentions[i] is not ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group } group } m) continue;
            if (FromSource(document, sentence, i, m, group, words) || OfficeOfABody(document, sentence, i, m, group)) continue;
            OwnedByArmedGroup(document, i, m, group);
            if (document.Mentions[i] is ActorMention { Entity.Org: null } still) FightersOfArmedGroup(document, sentence, i, still, group);
        }
        if (country is null && Speaker(document, sentence) is var (speaker, said))
            for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
            {
                // "Israel announces that an Air Force strike killed a commander of the Palestinian Islamic Jihad": the forces or
                // officials of no state that open what a state (or its government or forces) says are its own, unless an "of" or
                // "by" phrase names whose they are ("a new government being formed by incoming Palestinian Prime Minister Ahmed
                // Qureia"). (Named further on, they may be anyone's: "sanctions on the military leaders".)
                if (document.Mentions[i] is ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group, Sector: Sector.MIL or Sector.GOV or Sector.COP } group } m
                    && OpensWhatIsSaid(document, m, said) && !NamesWhose(document, sentence, m) && !Stateless(document, m)
                    && !words.NamesUnidentifiedAttackers(document.TextOf(m.First, m.End - 1)))
                    document.Mentions[i] = m with { Entity = group with { Country = speaker }, Reason = $"{m.Reason}; of the state that says it: {speaker}" };
            }
        if (country is not null)
            for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
            {
                if (document.Mentions[i] is ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group or EntityKind.Person } group } m
                    && group.Sector is not null && !Stateless(document, m) && !words.NamesUnidentifiedAttackers(document.TextOf(m.First, m.End - 1)))
                    document.Mentions[i] = m with { Entity = group with { Country = country }, Reason = $"{m.Reason}; the state the text is about: {country}" };
            }
        focus.Country = named.Count == 1 ? named[0] : named.Count == 0 ? focus.Country : named[0];
    }

    /// <summary>
    /// "Kurdish fighters", "the Kurds", "Rohingya refugees": a group of a people spread over several states
    /// (data/knowledge/peoples.tsv) is of the one of them the sentence names, else the one the document was last about,
    /// else the one it has named most ("Kurdish militants have vowed to wage war against the Turkish military in Syria",
    /// in an article about Syria, are Syria's); with none of them named, of none.
    /// </summary>
    void OfAPeople(Document document, Sentence sentence, List<string> named, Focus focus)
    {
        for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
        {
            if (document.Mentions[i] is not ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group } group } m || group.Sector is null) continue;
            if (PeopleWord(document, m) is not { } states) continue;
            var inSentence = states.Where(named.Contains).ToList();
            var state = inSentence.Count == 1 ? inSentence[0]
                : focus.Country is { } last && states.Contains(last) ? last
                : states.Where(s => focus.Named.GetValueOrDefault(s) > 0).OrderByDescending(s => focus.Named[s]).FirstOrDefault();
            if (state is null) continue;
            document.Mentions[i] = m with { Entity = group with { Country = state }, Reason = $"{m.Reason}; a group of a people of several states: {state}" };
        }
    }

    /// <summary>The states of the people word inside a group's mention or among the words describing it just before.</summary>
    string[]? PeopleWord(Document document, ActorMention m)
    {
        for (var t = m.First; t < m.End; t++)
            if (knowledge.Peoples.TryGetValue(document.LowerOf(t), out var states)) return states;
        for (var t = m.First - 1; DescribesMention(document, m, t); t--)
            if (knowledge.Peoples.TryGetValue(document.LowerOf(t), out var states)) return states;
        return null;
    }

    /// <summary>
    /// "A former British army soldier", "Canadian bureaucrat Chuck Guite", "the Utah National Guard", "Kabul police": a
    /// mention right after one that names a state, or a place in one, is the head of the same noun phrase, and that state's,
    /// not the state the sentence is about.
    /// </summary>
    void HeadsOfModifiers(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstMention + 1; i < sentence.EndMention; i++)
        {
            if (document.Mentions[i] is not ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group or EntityKind.Person } head } m) continue;
            var before = document.Mentions[i - 1];
            if (before is not (ActorMention or PlaceMention) || before.Country is not { } country || before.End != m.First) continue;
            // ("the Luhansk People's Republic": not a word of a longer name.)
            if (before is PlaceMention place && (!OpensTheNounPhrase(document, sentence, place) || m.End < sentence.EndToken && document.TagOf(m.End) == PosTag.POS))
                continue;
            document.Mentions[i] = m with { Entity = head with { Country = country }, Reason = $"{m.Reason}; head of '{document.TextOf(before.First, before.End - 1)}': {country}" };
        }
    }

    /// <summary>
    /// "Major General Lo Hsieh-che, head of the Taiwanese Army's electronic communications department", "Abdul Kader Mullah,
    /// a leader of the Bangladesh Jamaat-e-Islami": a person of no known state or organisation, described right after by an
    /// office in a named state's or organisation's body, is that state's or organisation's.
    /// </summary>
    static void DescribedByOffice(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstMention; i + 1 < sentence.EndMention; i++)
        {
            if (document.Mentions[i] is not ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Person } person } m) continue;
            var t = m.End;
            if (t + 3 >= sentence.EndToken || document.TextOf(t) is not ",") continue;
            t++;
            if (document.TagOf(t) == PosTag.DT) t++;
            var office = t;
            while (t < sentence.EndToken && t < office + 3 && document.TagOf(t) is PosTag.NN or PosTag.JJ) t++;
            if (t == office || t + 1 >= sentence.EndToken || document.LowerOf(t) != "of") continue;
            t++;
            if (BodyAt(document, i + 1, t) is not { } body) continue;
            document.Mentions[i] = m with { Entity = MemberOf(person, body), Reason = $"{m.Reason}; described as an office of {body.Name}" };
        }
    }

    /// <summary>
    /// Whether a place before a group names whose the group is: a place of some size ("Utah", "Hebron"; not the towns that
    /// share a name with a party or a constituency: "Uri Party", "Ashfield MP") that opens its noun phrase (not "the Seoul
    /// Central District Court", "Zimbabwe's Republic Police").
    /// </summary>
    bool OpensTheNounPhrase(Document document, Sentence sentence, PlaceMention place)
    {
        if (place.Place.Population < (place.Place.Kind == PlaceKind.Region ? MinimumOwningRegion : MinimumOwningPopulation)) return false;
        if (place.First > sentence.FirstToken && (document.TagOf(place.First - 1) == PosTag.POS || char.IsUpper(document.TextOf(place.First - 1)[0]))) return false;
        // (Nor a name that places of several states bear: "Kurdistan Workers' Party"; unless it is a province ten times the size of
        // every namesake elsewhere: "Ontario Finance Minister", not Ontario, California.)
        var namesakes = new List<Place>(4);
        knowledge.Places.LongestMatch(document, place.First, place.End, namesakes);
        return namesakes.All(p => p.Country == place.Country || place.Place.Kind == PlaceKind.Region && p.Population * 10 <= place.Place.Population);
    }

    /// <summary>
    /// The population of the smallest town, and of the smallest region, that names whose a group right after it is: a state
    /// or province of millions ("Utah", "Sindh", "Ontario"), not a small one whose name is also a wider area's ("Balkan
    /// leaders", "Kurdistan activists").
    /// </summary>
    const long MinimumOwningPopulation = 100_000, MinimumOwningRegion = 1_000_000;

    /// <summary>
    /// "a joint delegation from the African Union", "officials from Qatar": the group comes from the one named; "a spokesman
    /// for the radical Islamist Boko Haram group": a spokesperson belongs to the one named after "for".
    /// </summary>
    static bool FromSource(Document document, Sentence sentence, int i, ActorMention m, Entity group, WordLists words)
    {
        if (m.End + 1 >= sentence.EndToken) return false;
        var spokesperson = document.LowerOf(m.End) == "for" && words.SpokespersonNouns.Contains(document.LowerOf(m.End - 1));
        if (document.LowerOf(m.End) != "from" && !spokesperson) return false;
        // (after "for", over the words that describe the party: "the radical Islamist".)
        var start = m.End + 1;
        if (spokesperson)
            while (start < sentence.EndToken && start < m.End + 4 && (document.TagOf(start) is PosTag.DT or PosTag.JJ || document.TagOf(start) == PosTag.NNP && !document.MentionsOf(sentence).Any(x => x.First == start)))
                start++;
        var source = Enumerable.Range(i + 1, Math.Max(0, sentence.EndMention - i - 1)).Select(k => document.Mentions[k])
                               .OfType<ActorMention>().FirstOrDefault(o => o.First == start || o.First == m.End + 2 && document.LowerOf(m.End + 1) == "the")?.Entity;
        if (source is null || source.Org is null && source.Country is null || source.Kind is not (EntityKind.State or EntityKind.Organisation)) return false;
        document.Mentions[i] = m with { Entity = MemberOf(group, source), Reason = $"{m.Reason}; from {source.Name}" };
        return true;
    }

    /// <summary>
    /// "a senior official of the Communist Party of China", "commanders of the Syrian army", "the president of the Japanese
    /// shipping company": officials, forces or members of a body named right after "of" are the body's, in its sector when it
    /// has one. (Not the victims, critics or supporters of one: only the sectors that hold office or bear arms.)
    /// </summary>
    static bool OfficeOfABody(Document document, Sentence sentence, int i, ActorMention m, Entity group)
    {
        if (group.Sector is not (Sector.GOV or Sector.MIL or Sector.COP or Sector.JUD or Sector.LEG or Sector.PTY or Sector.SPY or Sector.REB)
            || m.End + 1 >= sentence.EndToken || document.LowerOf(m.End) != "of" || i + 1 >= sentence.EndMention
            || BodyAt(document, i + 1, m.End + 1) is not { } body)
            return false;
        // (The body says what kind of office it is: the president of a shipping company is in business, a leader of a party in its party.)
        var member = MemberOf(group, body);
        if (body.Sector is { } sector) member = member with { Sector = sector };
        document.Mentions[i] = m with { Entity = member, Reason = $"{m.Reason}; of {body.Name}" };
        return true;
    }

    /// <summary>
    /// The state or organisation the mention at <paramref name="index"/> names when it begins at <paramref name="t"/> (or after a
    /// determiner there: "of the Taiwanese Army"); null when it names neither or begins elsewhere.
    /// </summary>
    static Entity? BodyAt(Document document, int index, int t) =>
        document.Mentions[index] is ActorMention { Entity: var body } named
        && (named.First == t || named.First == t + 1 && document.TagOf(t) == PosTag.DT)
        && (body.Country is not null || body.Org is not null)
            ? body : null;

    /// <summary>A person or group who belongs to a body: the body's state and organisation.</summary>
    static Entity MemberOf(Entity member, Entity body) => member with { Org = body.Org, OrgType = body.OrgType, Country = body.Country };

    /// <summary>"Hemedti ... his fighters", "Hamas ... its gunmen": a group owned by the armed group or organisation just named.</summary>
    void OwnedByArmedGroup(Document document, int i, ActorMention m, Entity group)
    {
        var possessive = document.TagOf(m.First) == PosTag.PRPS ? m.First : m.First > 0 && document.TagOf(m.First - 1) == PosTag.PRPS ? m.First - 1 : -1;
        if (possessive < 0 || words.FirstPersonPossessives.Contains(document.LowerOf(possessive))) return;
        var owner = Enumerable.Range(0, i).Reverse().Select(k => document.Mentions[k])
                              .OfType<ActorMention>().FirstOrDefault(o => o.First < possessive);
        if (owner?.Entity is { Org: { } org, OrgType: OrgType.IMG } ownerEntity)
            document.Mentions[i] = m with { Entity = group with { Org = org, OrgType = OrgType.IMG, Country = ownerEntity.Country },
                                            Reason = $"{m.Reason}; '{document.LowerOf(possessive)}' refers to {ownerEntity.Name} ({org})" };
    }

    /// <summary>How many sentences back the armed group that counted or definite fighters refer to may have been named.</summary>
    const int ArmedGroupReach = 20;

    /// <summary>
    /// "Islamic State seized the town ... The militants executed three journalists", "Five insurgents are also killed", "a
    /// few hundred jihadists remained": fighters (data/words/armed-group-anaphors.txt) counted or definite, with no name or
    /// nationality on them, are of the armed group the document named last, twenty sentences back at most (a long article names
    /// Islamic State early and its "jihadists" many paragraphs on).
    /// </summary>
    void FightersOfArmedGroup(Document document, Sentence sentence, int i, ActorMention m, Entity group)
    {
        if (group.Sector != Sector.REB || !words.ArmedGroupAnaphors.Contains(document.LowerOf(m.End - 1))) return;
        var counted = false;
        // (The words before the noun, inside the mention or before it: "the", "five", "nine other", "more than 13 foreign".)
        for (var t = m.End - 2; t >= m.First - 5 && t >= sentence.FirstToken; t--)
        {
            var tag = document.TagOf(t);
            if (tag == PosTag.CD || tag == PosTag.DT && document.LowerOf(t) is "the" or "these" or "those") counted = true;
            else if (tag is PosTag.NNP or PosTag.NNPS || document.TextOf(t).Contains('-')) return;
            else if (!(tag is PosTag.JJ or PosTag.JJR or PosTag.JJS or PosTag.RB || document.LowerOf(t) is "of" or "than" or "about" or "other")) break;
        }
        if (!counted) return;
        // ("While the SDF closed in on the jihadists": a group the sentence names as a party is not the one its fighters' noun
        // refers to; one that only describes a noun may be, "airstrikes targeting Islamic State hideouts have killed 13 militants".)
        var parties = Enumerable.Range(sentence.FirstMention, sentence.EndMention - sentence.FirstMention).Select(k => document.Mentions[k])
            .OfType<ActorMention>().Where(o => o.Entity.Org is not null && !(o.End < sentence.EndToken && document.TagOf(o.End) is PosTag.NN or PosTag.NNS))
            .Select(o => o.Entity.Org).ToHashSet();
        for (var index = sentence.Index; index >= 0 && index >= sentence.Index - ArmedGroupReach; index--)
        {
            var named = document.Sentences[index];
            for (var k = Math.Min(i, named.EndMention) - 1; k >= named.FirstMention; k--)
            {
                if (document.Mentions[k] is not ActorMention { Entity: { Org: { } org, OrgType: OrgType.IMG, Kind: EntityKind.Organisation } owner } || parties.Contains(org))
                    continue;
                document.Mentions[i] = m with { Entity = group with { Org = org, OrgType = OrgType.IMG, Country = owner.Country },
                                                Reason = $"{m.Reason}; fighters of {owner.Name}, the armed group named last" };
                return;
            }
        }
    }

    /// <summary>Whether a token is one of the (up to three) adjectives, names and determiners before a mention that describe it.</summary>
    static bool DescribesMention(Document document, Mention m, int t) =>
        t >= 0 && t >= m.First - 3 && (document.TagOf(t).IsAdjective() || document.TagOf(t) is PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.Hyphen);

    /// <summary>
    /// The state that opens the sentence as the subject of a speech verb ("Israel announces that", "The Pakistani army says"),
    /// with that verb's token; null when the sentence opens otherwise.
    /// </summary>
    (string Country, int Verb)? Speaker(Document document, Sentence sentence)
    {
        if (sentence.FirstMention >= sentence.EndMention || document.Mentions[sentence.FirstMention] is not ActorMention
            {
                Entity: { Country: { } country, Org: null } entity
            } m || entity.Kind != EntityKind.State && entity.Sector is not (Sector.GOV or Sector.MIL))
            return null;
        var first = sentence.FirstToken;
        if (first < sentence.EndToken && document.TagOf(first) == PosTag.DT) first++;
        if (m.First != first) return null;
        var verb = m.End;
        while (verb < sentence.EndToken && document.TagOf(verb) == PosTag.RB) verb++;
        return verb < sentence.EndToken && document.TagOf(verb).IsVerb() && words.SpeechVerbs.Contains(document.LemmaOf(verb)) ? (country, verb) : null;
    }

    /// <summary>Whether an "of" after a mention, or a "by" within the next four words, names whose the group is.</summary>
    static bool NamesWhose(Document document, Sentence sentence, Mention m) =>
        m.End < sentence.EndToken && document.LowerOf(m.End) == "of"
        || Enumerable.Range(m.End, Math.Max(0, Math.Min(m.End + 4, sentence.EndToken) - m.End)).Any(t => document.LowerOf(t) == "by");

    /// <summary>
    /// Whether a mention opens the clause a speech verb introduces: right after the verb or its "that", over the words before
    /// its head ("says that its forces have taken", "announces that an Air Force strike killed", "says that 49 soldiers were").
    /// </summary>
    static bool OpensWhatIsSaid(Document document, Mention m, int said)
    {
        var t = m.First - 1;
        while (t > said && document.TagOf(t) is PosTag.DT or PosTag.CD or PosTag.JJ or PosTag.PRPS) t--;
        return t == said || t == said + 1 && document.LowerOf(t) == "that";
    }

    /// <summary>"Western leaders", "foreign diplomats", "international mediators": groups that belong to no one state.</summary>
    bool Stateless(Document document, Mention m)
    {
        for (var t = m.First - 1; DescribesMention(document, m, t); t--)
            if (words.StatelessModifiers.Contains(document.LowerOf(t))) return true;
        // Inside the mention only as a lower-case modifier: "foreign diplomats", not "Foreign Minister Israel Katz".
        for (var t = m.First; t < m.End; t++)
            if (words.StatelessLowercaseModifiers.Contains(document.LowerOf(t)) && char.IsLower(document.TextOf(t)[0]) || document.LowerOf(t) == "western") return true;
        return false;
    }
}
