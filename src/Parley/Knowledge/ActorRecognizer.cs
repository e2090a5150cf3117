using Parley.Model;
using Parley.Text;

namespace Parley.Knowledge;

/// <summary>
/// Stage 5: finds actor and place mentions. Known phrases come from the knowledge base's tries;
/// they are then composed into one mention per noun phrase: "US National Security Adviser Jake
/// Sullivan" (state + title + person), "Chinese Foreign Minister Chen Gang" (a name the base does not
/// know, coded from its title), "Iraqi officials", "police in Lagos". A surname alone ("Wang") refers
/// to the person named earlier in the document.
/// </summary>
public sealed class ActorRecognizer(KnowledgeBase knowledge, WordLists words, DateWords dates, Lexicon lexicon)
{
    /// <summary>The knowledge base's test, made a delegate once: it runs at every token the actor base is matched at.</summary>
    readonly Predicate<ActorEntry> isOutnumberedCapital = knowledge.IsOutnumberedCapital;

    /// <summary>Per-document memory of the people named so far, for surname references.</summary>
    public sealed class DocumentState
    {
        public List<(ActorEntry Person, Entity Entity)> People { get; } = [];

        /// <summary>
        /// Surnames of people the base does not know, named in full ("Iftikhar Gilani"): the same word alone later in the
        /// document is that person, not a known namesake ("Yousaf Raza Gilani").
        /// </summary>
        public HashSet<string> OtherSurnames { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// People the base does not know, named in full with what they are ("the British aid worker David Haines"): their
        /// surname alone later in the document ("Isis beheaded Haines") is that person, latest last.
        /// </summary>
        public List<(string Surname, Entity Entity)> Described { get; } = [];

        /// <summary>The organisations named so far, latest last, for "the group", "the alliance".</summary>
        public List<Entity> Organisations { get; } = [];

        /// <summary>Scratch lists for look-ups whose matches are not kept (one document is read by one thread).</summary>
        internal List<Place> ScratchPlaces { get; } = new(4);
        internal List<ActorEntry> ScratchEntries { get; } = new(4);
    }

    public void Recognize(Document document, Sentence sentence, DocumentState state)
    {
        var end = sentence.EndToken;
        var entries = new List<ActorEntry>(4);
        var places = new List<Place>(4);
        var date = document.Article.Date;
        var firstMention = document.Mentions.Count;
        var t = sentence.FirstToken;
        while (t < end)
        {
            var consumed = TryCompose(document, sentence, t, end, entries, date, state, out var mention);
            // "in Borgu, Niger State, Nigeria": a place whose name is longer than the state's name it opens is that place.
            if (consumed > 0 && mention!.Entity is { Kind: EntityKind.State, Sector: null } && knowledge.Places.LongestMatch(document, t, end, places) > consumed)
                consumed = 0;
            // ("the jihadist group" reads as the agent "the jihadist" too; the group named earlier is meant.)
            if ((consumed == 0 || mention?.Entity is { Code: null }) && TryDefiniteOrganisation(document, t, end, state) is { } definite
                && (consumed == 0 || definite.End > t + 2 && definite.End >= t + consumed))
            {
                document.Mentions.Add(definite);
                t = definite.End;
                continue;
            }
            if (consumed > 0)
            {
                if (mention!.Entity is { Kind: EntityKind.Organisation } org)
                {
                    state.Organisations.Remove(org);
                    state.Organisations.Add(org);
                }
                document.Mentions.Add(mention!);
                AddPlaceInside(document, mention!, places);
                t += consumed;
                continue;
            }
            var placeLength = knowledge.Places.LongestMatch(document, t, end, places);
            if (placeLength > 0 && IsPlausiblePlace(document, t, placeLength, sentence.FirstToken, end, state, places))
            {
                var within = WiderPlace(document, t + placeLength, end, state);
                document.Mentions.Add(new PlaceMention(t, t + placeLength, ChoosePlace(places, within))
                {
                    Reason = within is null ? "gazetteer" : "gazetteer, in the place named after it",
                });
                t += placeLength;
                continue;
            }
            t++;
        }
        PartyLabels(document, sentence, firstMention);
        PreferNamesakesNamedHere(document, firstMention, places);
    }

    /// <summary>
    /// "Senator Robert Torricelli (D-NJ)", "Representative Mark Foley (R-FL)": the party and state in brackets after a name
    /// are the American press's label for a member of Congress, whom it makes a United States legislator.
    /// </summary>
    static void PartyLabels(Document d, Sentence sentence, int firstMention)
    {
        for (var t = sentence.FirstToken + 1; t + 2 < sentence.EndToken; t++)
        {
            if (d.LowerOf(t) != "(" || d.LowerOf(t + 2) != ")" || !IsPartyLabel(d.TextOf(t + 1))) continue;
            var index = d.Mentions.FindIndex(firstMention, m => m is ActorMention && m.End == t);
            if (index >= 0 && d.Mentions[index] is ActorMention { Entity.Country: null } named)
                d.Mentions[index] = named with { Entity = named.Entity with { Country = "USA", Sector = Sector.LEG, Kind = EntityKind.Person } };
            else if (index < 0 && !InMention(d, t - 1))
            {
                // A name the knowledge base does not hold: the capitalised words before the brackets.
                var first = t;
                while (first - 1 >= sentence.FirstToken && d.TagOf(first - 1) == PosTag.NNP && char.IsUpper(d.TextOf(first - 1)[0])
                       && !InMention(d, first - 1))
                    first--;
                if (t - first < 2) continue;
                var member = new Entity(d.TextOf(first, t - 1), "USA", Sector.LEG, Kind: EntityKind.Person);
                var mention = new ActorMention(first, t, member) { Reason = $"'{d.TextOf(t + 1, t + 1)}': a member of Congress" };
                var at = d.Mentions.FindIndex(firstMention, m => m.First > first);
                d.Mentions.Insert(at < 0 ? d.Mentions.Count : at, mention);
            }
        }
    }

    /// <summary>"D-NJ", "R-Ohio", "I-Vt.": a party's initial, a hyphen and a state.</summary>
    static bool IsPartyLabel(ReadOnlySpan<char> text) =>
        text.Length is >= 4 and <= 9 && text[0] is 'D' or 'R' or 'I' && text[1] == '-' && char.IsUpper(text[2])
        && text[3..].IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.") < 0;

    /// <summary>
    /// A town or region whose name other places share is the one in a state the sentence names, when it is not much smaller
    /// than the one chosen by size: "Chocó and Córdoba" in a sentence about Colombia are Colombia's departments, not
    /// Argentina's city. Countries and capitals keep their reading, so does a place whose state the sentence names, and so
    /// does a place ten times the size of its namesake ("talks in Geneva" beside "the US" is Switzerland's).
    /// </summary>
    void PreferNamesakesNamedHere(Document document, int firstMention, List<Place> places)
    {
        HashSet<string>? named = null;
        for (var i = firstMention; i < document.Mentions.Count; i++)
        {
            if (document.Mentions[i] is not PlaceMention { Reason: "gazetteer", Place.Kind: not (PlaceKind.Country or PlaceKind.Capital) } mention) continue;
            if (knowledge.Places.LongestMatch(document, mention.First, mention.End, places) != mention.End - mention.First) continue;
            if (places.All(p => p.Country == mention.Place.Country)) continue;
            named ??= StatesNamed(document, firstMention);
            if (named.Contains(mention.Place.Country)) continue;
            var better = places.Where(p => named.Contains(p.Country) && p.Population * NamesakeSizeRatio >= mention.Place.Population)
                               .OrderByDescending(p => p.Population).FirstOrDefault();
            if (better is null) continue;
            document.Mentions[i] = mention with { Place = better, Reason = $"gazetteer: the namesake in {better.Country}, which the sentence names" };
        }
    }

    /// <summary>The states the sentence names: countries, and actors of a state other than people.</summary>
    static HashSet<string> StatesNamed(Document document, int firstMention)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var k = firstMention; k < document.Mentions.Count; k++)
            if (document.Mentions[k] switch
                {
                    ActorMention { Entity.Kind: not EntityKind.Person } a => a.Country,
                    PlaceMention { Place.Kind: PlaceKind.Country } p => p.Place.Country,
                    _ => null,
                } is { } country)
                named.Add(country);
        return named;
    }

    /// <summary>How much larger the place chosen by size may be than its namesake in a state the sentence names, and still give way.</summary>
    const int NamesakeSizeRatio = 10;

    /// <summary>
    /// "the group", "the alliance", "the bloc", "the jihadist group", "the militant group": the organisation of that kind named
    /// last in the document. Lower-case words may describe the noun; a nationality ("the Kurdish group") may name another.
    /// </summary>
    ActorMention? TryDefiniteOrganisation(Document d, int t, int end, DocumentState state)
    {
        if (t + 1 >= end || d.LowerOf(t) != "the" || state.Organisations.Count == 0) return null;
        var head = t + 1;
        while (head + 1 < end && head < t + 3 && char.IsLower(d.TextOf(head)[0]) && (d.TagOf(head) is PosTag.JJ or PosTag.VBN || IsArmedAgent(d, head, end, state))
               && !words.ArmedGroupNouns.Contains(d.LowerOf(head)) && !words.IntergovernmentalNouns.Contains(d.LowerOf(head)) && !words.CompanyNouns.Contains(d.LowerOf(head)))
            head++;
        var noun = d.LowerOf(head);
        // "the militant group Hezbollah": the name that follows says which group.
        if (head + 1 < end && d.TagOf(head + 1).IsProperNoun() && char.IsUpper(d.TextOf(head + 1)[0])) return null;
        OrgType[]? kinds = words.ArmedGroupNouns.Contains(noun) ? [OrgType.IMG, OrgType.NGO]
            : words.IntergovernmentalNouns.Contains(noun) ? [OrgType.IGO]
            : words.CompanyNouns.Contains(noun) ? [OrgType.MNC]
            : null;
        if (kinds is null) return null;
        var org = state.Organisations.LastOrDefault(o => o.OrgType is { } type && kinds.Contains(type));
        if (org is null) return null;
        return new ActorMention(t, head + 1, org) { Reason = $"'{d.TextOf(t, head)}' refers to {org.Name}, named earlier" };
    }

    /// <summary>Whether the word is an agent noun of an armed group ("jihadist", "rebel"), as it may describe "the ... group".</summary>
    bool IsArmedAgent(Document d, int t, int end, DocumentState state) =>
        knowledge.Actors.LongestMatch(d, t, end, state.ScratchEntries) == 1
        && state.ScratchEntries.Any(e => e.Kind == ActorEntryKind.Agent && e.Sector == Sector.REB);

    /// <summary>Whether a place preposition comes right before the name, or before the parts of it named first: "in Lebanon",
    /// "in southern Lebanon", "in eastern and southern Lebanon".</summary>
    bool AfterPlacePreposition(Document document, int first)
    {
        var t = first - 1;
        while (t > 0 && (words.IsPartOfPlaceModifier(document.LowerOf(t))
                         || document.LowerOf(t) is "and" or "or" && words.CompassModifiers.Contains(document.LowerOf(t - 1))))
            t--;
        return t >= 0 && words.PlacePrepositions.Contains(document.LowerOf(t));
    }

    /// <summary>Country names and capitals are places as well as actors: "in Vienna", "a visit to China".</summary>
    void AddPlaceInside(Document document, ActorMention mention, List<Place> places)
    {
        var length = knowledge.Places.LongestMatch(document, mention.First, mention.End, places);
        // "Police fired tear gas": an agent that shares its name with a town (Police, Poland) is no place, unless "in" says so.
        // ("in Harouf and Qlayleh, Lebanon": a name after a comma that follows another name is the wider place.)
        if (length == 1 && knowledge.IsAmbiguousPlaceName(document.LowerOf(mention.First))
            && !AfterPlacePreposition(document, mention.First)
            && !(mention.First > 1 && document.TextOf(mention.First - 1) is "," && char.IsUpper(document.TextOf(mention.First - 2)[0])
                 && document.TagOf(mention.First - 2) is PosTag.NNP))
            return;
        // ("Syrian state news agency SANA", "under UN mandate": an acronym that names a body or a state's agency is no town, though
        // the gazetteer knows Saña in Peru and Un in India.)
        if (length == 1 && mention.Entity is not ({ Kind: EntityKind.State, Sector: null } or { Kind: EntityKind.Place }) && PosTagger.IsAllCaps(document.TextOf(mention.First)))
            return;
        if (length == mention.End - mention.First)
            document.Mentions.Add(new PlaceMention(mention.First, mention.End, ChoosePlace(places)) { Reason = "gazetteer" });
    }

    static Place ChoosePlace(List<Place> places, Place? within = null)
    {
        // A place the text puts in another country than any namesake the gazetteer knows is a place there.
        if (within is not null && places.All(p => p.Country != within.Country))
            return new Place(places[0].Name, within.Country, within.Lat, within.Lon, PlaceKind.City);
        // ("Manchester" is England's city before Jamaica's parish: regions and towns rank by their size, and so does a capital
        // that a namesake outnumbers many times over: "the Premier of Victoria" is Australia's state, not Seychelles' capital.)
        return places.OrderBy(p => within is not null && p.Country == within.Country ? 0 : 1)
                     .ThenBy(p => p.Kind switch
                     {
                         PlaceKind.Country => 0,
                         PlaceKind.Capital when !KnowledgeBase.IsOutnumbered(p, places) => 1,
                         _ => 2,
                     })
                     .ThenByDescending(p => p.Population).First();
    }

    /// <summary>
    /// "the village of Solhan in northern Burkina Faso", "Kherson, Ukraine": the wider place named right after a place
    /// decides which of its namesakes is meant. A chain of places is followed to its country: "the town of Nara in
    /// Koulikoro Region, Mali" is in Mali, whatever Japanese city shares its name.
    /// </summary>
    Place? WiderPlace(Document d, int t, int end, DocumentState state)
    {
        // ("Hamilton, Ontario": a chain that names no country ends in the region it names first, Canada's province, where no
        // other state has a region of that name.)
        Place? region = null;
        for (var hop = 0; hop < WiderPlaceReach; hop++)
        {
            // ("Lac Region, Chad", "San Lorenzo Canton, Ecuador": what kind of place it is comes before the wider place.)
            if (t < end && words.PlaceKindNouns.Contains(d.LowerOf(t))) t++;
            if (t < end && d.LowerOf(t) is "in" or ",") t++;
            else return region;
            // ("Derry, Northern Ireland": a compass word is skipped only where no place name starts with it.)
            var length = t < end ? knowledge.Places.LongestMatch(d, t, end, state.ScratchPlaces) : 0;
            if (length == 0)
            {
                while (t < end && words.CompassModifiers.Contains(d.LowerOf(t))) t++;
                length = t < end ? knowledge.Places.LongestMatch(d, t, end, state.ScratchPlaces) : 0;
            }
            // ("Bayonne, Nouvelle-Aquitaine, France": a capitalised name the gazetteer lacks, between commas, is a place of the
            // chain; the country after it still decides.)
            if (length == 0 && t + 1 < end && d.TagOf(t) is PosTag.NNP && d.LowerOf(t + 1) == "," && !IsKnownName(d, t, end, state))
            {
                t++;
                continue;
            }
            if (length == 0) return region;
            // ("the strike on its consulate in Damascus, US officials warned": a state's name before a common noun describes it; it
            // places nothing.)
            // ("Aba, Sichuan province": not before what kind of place it is.)
            if (t + length < end && d.TagOf(t + length) is PosTag.NN or PosTag.NNS && !words.PlaceKindNouns.Contains(d.LowerOf(t + length))) return region;
            if (state.ScratchPlaces.FirstOrDefault(p => p.Kind == PlaceKind.Country) is { } country) return country;
            // (Only a region no other state has one of that name, not "Punjab" or "Kurdistan", and only a whole name, not
            // "North-West" of "North-West Frontier Province".)
            if (hop == 0 && ChoosePlace(state.ScratchPlaces) is { Kind: PlaceKind.Region } first
                && state.ScratchPlaces.All(p => p.Kind != PlaceKind.Region || p.Country == first.Country)
                && !(t + length < end && char.IsUpper(d.TextOf(t + length)[0])))
                region = first;
            t += length;
        }
        return region;
    }

    /// <summary>How many places a chain may name before its country: "Nara in Koulikoro Region, Mali".</summary>
    const int WiderPlaceReach = 3;

    /// <summary>Whether a place or an actor name starts at the token.</summary>
    bool IsKnownName(Document d, int t, int end, DocumentState state) =>
        knowledge.Places.LongestMatch(d, t, end, state.ScratchPlaces) > 0 || knowledge.Actors.LongestMatch(d, t, end, state.ScratchEntries) > 0;

    /// <summary>Whether a token lies in a mention already found (this sentence's mentions are the last ones added).</summary>
    static bool InMention(Document document, int token)
    {
        for (var i = document.Mentions.Count - 1; i >= 0 && document.Mentions[i].End > token - 40; i--)
            if (document.Mentions[i].First <= token && token < document.Mentions[i].End) return true;
        return false;
    }

    /// <param name="namesakes">The places the gazetteer names at <paramref name="t"/> (its look-up there, not repeated).</param>
    bool IsPlausiblePlace(Document document, int t, int length, int sentenceStart, int end, DocumentState state, List<Place> namesakes)
    {
        var text = document.TextOf(t);
        if (!char.IsUpper(text[0])) return false;
        // "Asia Bibi", "Jordan Bardella", "in Puli Alam", "at Abu Ghraib": a place name followed by another capitalised
        // name is part of a longer name, unless that word says what kind of place it is ("Logar Province") or is a date
        // ("in Kabul Monday") or names a facility there ("Donetsk International Airport"); after a locative preposition the
        // longer name is a place the gazetteer does not know.
        if (t + length < end && document.TagOf(t + length) is PosTag.NNP && char.IsUpper(document.TextOf(t + length)[0])
            && !IsKnownName(document, t + length, end, state) && !IsPlaceKindOrDate(document.LowerOf(t + length)) && !FacilityAt(document, t + length, end))
            return false;
        // "María Corina Machado", "Operation Olive Branch": a place after a capitalised name that is no place or actor ends that name.
        if (t > sentenceStart && document.TagOf(t - 1) == PosTag.NNP && char.IsUpper(document.TextOf(t - 1)[0])
            && !words.PlaceNamePrefixes.Contains(document.LowerOf(t - 1))
            && !InMention(document, t - 1) && !IsKnownName(document, t - 1, t, state))
            return false;
        // "“... the clashes are continuing,” Bali said": a name that says a quotation closed right before it is a speaker's.
        if (length == 1 && t > sentenceStart && document.TagOf(t - 1) == PosTag.Quote && t + 1 < end
            && document.TagOf(t + 1) is PosTag.VBD or PosTag.VBZ && words.SpeechVerbs.Contains(document.LemmaOf(t + 1)))
            return false;
        // "Major Brent Taylor", "Nigel Evans": a place name right beside another of another state, which names no state or
        // actor and is no common word (as "Bay" of "Guantanamo Bay" is), is a person's name of two words that towns bear, not
        // two places ("Grozny Chechnya", "California Los Angeles" are).
        if (BesideAPlaceOfAnotherState(document, t, length, sentenceStart, end, state, namesakes)) return false;
        // "in Talafar, North Western Iraq": compass words before a place name say where in it, whatever region they also name.
        if (t + length < end && IsKnownName(document, t + length, end, state)
            && Enumerable.Range(t, length).All(k => words.CompassModifiers.Contains(document.LowerOf(k)) || words.CompassPoints.Contains(document.LowerOf(k))))
            return false;
        if (length == 1 && knowledge.IsAmbiguousPlaceName(document.LowerOf(t)))
            return t > sentenceStart && words.PlacePrepositions.Contains(document.LowerOf(t - 1));
        // A capitalised word at the start of a sentence is a place only if the lexicon does not know it as a common word; a
        // name of several capitalised words is one whatever its first word ("New York City police arrest").
        return t != sentenceStart || document.TagOf(t).IsProperNoun()
               || length > 1 && Enumerable.Range(t + 1, length - 1).All(k => char.IsUpper(document.TextOf(k)[0]));
    }

    /// <summary>Whether the place name at <paramref name="t"/> has right before or after it a place name of another state (<see cref="OnlyAPlace"/>).</summary>
    bool BesideAPlaceOfAnotherState(Document d, int t, int length, int sentenceStart, int end, DocumentState state, List<Place> namesakes)
    {
        var after = t + length < end && char.IsUpper(d.TextOf(t + length)[0]) ? OnlyAPlace(d, t + length, end, state) : null;
        var before = t > sentenceStart && char.IsUpper(d.TextOf(t - 1)[0]) ? OnlyAPlace(d, t - 1, t, state) : null;
        if (after is null && before is null) return false;
        var own = ChoosePlace(namesakes).Country;
        return after is not null && after != own || before is not null && before != own;
    }

    /// <summary>
    /// The state of the place whose name starts at the word (and goes on to <paramref name="end"/> at most), when it is no actor's
    /// name and no common word; null otherwise.
    /// </summary>
    string? OnlyAPlace(Document d, int t, int end, DocumentState state)
    {
        var lower = d.LowerOf(t);
        if (lexicon.IsCommonWord(lower) || words.PlaceNamePrefixes.Contains(lower) || words.CompassModifiers.Contains(lower) || IsPlaceKindOrDate(lower)) return null;
        if (knowledge.Actors.LongestMatch(d, t, end, state.ScratchEntries) > 0) return null;
        return knowledge.Places.LongestMatch(d, t, end, state.ScratchPlaces) > 0 ? ChoosePlace(state.ScratchPlaces).Country : null;
    }

    bool FacilityAt(Document document, int t, int end) =>
        words.FacilityNouns.Contains(document.LowerOf(t))
        || document.LowerOf(t) == "international" && t + 1 < end && words.FacilityNouns.Contains(document.LowerOf(t + 1));

    bool IsPlaceKindOrDate(string lower) =>
        words.PlaceKindNouns.Contains(lower) || dates.TryMonth(lower, out _) || dates.TryWeekday(lower, out _);

    int TryCompose(Document d, Sentence sentence, int start, int end, List<ActorEntry> entries, DateOnly? date,
        DocumentState state, out ActorMention? mention)
    {
        mention = null;
        string? country = null, countryText = null, title = null, org = null, name = null;
        Sector? sector = null;
        OrgType? orgType = null;
        ActorEntry? person = null, standalone = null;
        var reasons = new List<string>(3);
        var t = start;
        var sawTitle = false;
        var former = false;
        var lastUseful = start - 1;

        while (t < end)
        {
            var length = knowledge.Actors.LongestMatch(d, t, end, entries);
            if (length > 0 && entries.RemoveAll(isOutnumberedCapital) > 0 && entries.Count == 0) length = 0;
            if (length == 0)
            {
                // Hyphenated compounds lead with a state ("Vietnamese-led forces", "US-backed rebels") or with an organisation
                // ("UN-sponsored talks", "Nato-led forces", "Isis-held towns"); the word before the hyphen is looked up once.
                if (country is null && HyphenatedHead(d, t, entries, out var lowerAfterHyphen))
                {
                    if (entries.FirstOrDefault(e => e.Kind is ActorEntryKind.CountryAdjective or ActorEntryKind.Country or ActorEntryKind.Capital) is { Country: { } hyphenCountry })
                    {
                        country = hyphenCountry;
                        lastUseful = t++;
                        continue;
                    }
                    if (lowerAfterHyphen && org is null && !sawTitle && person is null && standalone is null && t == start
                        && entries.FirstOrDefault(e => e.Kind is ActorEntryKind.Organisation) is { } hyphenOrg)
                    {
                        country = hyphenOrg.Country;
                        org = hyphenOrg.Org;
                        orgType = hyphenOrg.OrgType;
                        countryText = d.TextOf(t, t);
                        reasons.Add($"'{countryText}' → {org}");
                        lastUseful = t++;
                        continue;
                    }
                }
                // "a New Jersey judge", "a New Mexico court": a capitalised modifier of titles before a state's name, that together
                // name a place of one state, is that place ("Jersey" alone is the island, "new" alone a modifier of the title).
                if (country is null && !sawTitle && person is null && char.IsUpper(d.TextOf(t)[0]) && words.TitleModifiers.Contains(d.LowerOf(t))
                    && t + 1 < end && knowledge.Actors.LongestMatch(d, t + 1, end, entries) > 0
                    && entries.Any(e => e.Kind is ActorEntryKind.Country or ActorEntryKind.CountryAdjective)
                    && knowledge.Places.LongestMatch(d, t, end, state.ScratchPlaces) is > 1 and var placeLength
                    && state.ScratchPlaces.All(p => p.Kind != PlaceKind.Country && p.Country == state.ScratchPlaces[0].Country))
                {
                    country = state.ScratchPlaces[0].Country;
                    countryText = d.TextOf(t, t + placeLength - 1);
                    reasons.Add($"'{countryText}' → {country}, a place of that state");
                    lastUseful = t + placeLength - 1;
                    t += placeLength;
                    if (!NextIsActorWord(d, t, end, state)) break;
                    continue;
                }
                if (words.TitleModifiers.Contains(d.LowerOf(t)) && t + 1 < end && (sawTitle == false))
                {
                    former |= d.LowerOf(t) is "former" or "ex";
                    t++;
                    continue;
                }
                if (d.TagOf(t) == PosTag.POS && country is not null && !sawTitle) { t++; continue; }
                // "a British former IT worker", "a Chinese rights lawyer": the nouns that classify the actor noun after a
                // nationality belong to the mention.
                if (country is not null && !sawTitle && person is null && standalone is null && IsClassifier(d, t) && NextIsActorWord(d, t, end, state))
                {
                    t++;
                    continue;
                }
                if (sawTitle && person is null && name is null && IsNameToken(d, t))
                {
                    var nameEnd = t;
                    while (nameEnd < end && ContinuesUnknownName(d, t, nameEnd, end, entries)) nameEnd++;
                    // (Not one of another state than the text gives: "Gambian Interior Minister Ousman Sonko" is not Senegal's Ousmane Sonko.)
                    if (nameEnd > t && Respelled(d, t, nameEnd, end) is { } respelled && (country is null || respelled.Country == country))
                    {
                        // ("Prime Minister Ali Mohammed Gedi": the base's Ali Mohamed Gedi, spelt another way.)
                        person = respelled;
                        reasons.Add($"'{d.TextOf(t, nameEnd - 1)}' is {respelled.Name} spelt another way");
                        lastUseful = nameEnd - 1;
                        t = nameEnd;
                    }
                    else if (nameEnd > t)
                    {
                        name = d.TextOf(t, nameEnd - 1);
                        reasons.Add($"'{name}' is not in the actor base; coded from its title");
                        lastUseful = nameEnd - 1;
                        t = nameEnd;
                    }
                }
                break;
            }
            var entry = Prefer(entries, country);
            var kind = entry.Kind;
            if (kind is ActorEntryKind.CountryAdjective || (kind is ActorEntryKind.Country && IsModifierPosition(d, t + length, end, state)))
            {
                if (country is not null || sawTitle || person is not null) break;
                country = entry.Country;
                countryText = d.TextOf(t, t + length - 1);
                reasons.Add($"'{countryText}' → {country}");
                lastUseful = t + length - 1;
                t += length;
                if (kind is ActorEntryKind.CountryAdjective && !NextIsActorWord(d, t, end, state)) break;
                continue;
            }
            if (kind is ActorEntryKind.Title && length == 1 && !char.IsUpper(d.TextOf(t)[0]) && d.TagOf(t).IsAdjective()
                && !(t + 1 < end && IsNameToken(d, t + 1)))
                break; // "a general amnesty", "a major offensive": an adjective, not an officer
            if (kind is ActorEntryKind.Title)
            {
                if (sawTitle && title is not null) { title = entry.Title ?? title; sector = entry.Sector ?? sector; }
                sawTitle = true;
                title ??= entry.Title;
                sector ??= entry.Sector;
                reasons.Add($"title '{d.TextOf(t, t + length - 1)}' → {entry.Sector?.Name() ?? "no sector"}");
                lastUseful = t + length - 1;
                t += length;
                // "The President of South Korea Lee Myung-bak", "the Vice-President of the United States Dick Cheney": a state
                // after "of" is the title's, and the name after it the same mention's.
                if (country is null && t + 1 < end && d.LowerOf(t) == "of")
                {
                    var at = t + 1 < end - 1 && d.LowerOf(t + 1) == "the" ? t + 2 : t + 1;
                    var found = state.ScratchPlaces;
                    var placeLength = knowledge.Places.LongestMatch(d, at, end, found);
                    // (Not "president of Cambodia's Senate": there the state owns what follows. "The Governor of California
                    // Jerry Brown": a region that only one state has gives that state; a town may share its name with a seat
                    // of power, "Archbishop of Westminster".)
                    if (placeLength > 0 && (found.FirstOrDefault(p => p.Kind == PlaceKind.Country)?.Country
                                            ?? (found.All(p => p.Kind == PlaceKind.Region && p.Country == found[0].Country) ? found[0].Country : null)) is { } named
                        && !(at + placeLength < end && d.TagOf(at + placeLength) == PosTag.POS))
                    {
                        country = named;
                        reasons.Add($"'{d.TextOf(t, at + placeLength - 1)}' → {country}");
                        lastUseful = at + placeLength - 1;
                        t = at + placeLength;
                    }
                }
                continue;
            }
            if (kind is ActorEntryKind.Agent && length == 1 && !char.IsUpper(d.TextOf(t)[0]) && d.TagOf(t).IsAdjective()
                && t + 1 < end && d.TagOf(t + 1) is PosTag.NN or PosTag.NNS && !NextIsActorWord(d, t + 1, end, state))
                break; // "a military offensive", "a military operation": an adjective before its noun, not the armed forces
            if (kind is ActorEntryKind.Agent && length == 1 && !char.IsUpper(d.TextOf(t)[0]) && words.CapitalisedAgents.Contains(d.LowerOf(t)))
                break; // "the first proposed congress": a gathering, not the legislature
            if (kind is ActorEntryKind.Agent)
            {
                if (person is not null) break;
                sector ??= entry.Sector;
                title ??= null;
                reasons.Add($"agent '{d.TextOf(t, t + length - 1)}' → {entry.Sector?.Name() ?? "no sector"}");
                lastUseful = t + length - 1;
                var capitalised = char.IsUpper(d.TextOf(t)[0]);
                t += length;
                sawTitle = true;
                // "The Pakistan People's Party", "the Swiss People's Party": a capitalised group word before "'s" and another
                // names the group the second word says.
                if (capitalised && t + 1 < end && d.TagOf(t) == PosTag.POS && char.IsUpper(d.TextOf(t + 1)[0])
                    && knowledge.Actors.LongestMatch(d, t + 1, end, entries) is > 0 and var named && entries.All(x => x.Kind is ActorEntryKind.Agent))
                {
                    sector = entries[0].Sector ?? sector;
                    reasons.Add($"agent '{d.TextOf(t + 1, t + named)}' → {sector?.Name() ?? "no sector"}");
                    lastUseful = t + named;
                    t += 1 + named;
                }
                // "police in Lagos", "a court in the Comoros": the place gives the state. "The Supreme Court of
                // Pakistan": a state after "of" gives it too, and belongs to the mention.
                if (country is null && t + 1 < end && d.LowerOf(t) is "in" or "of")
                {
                    var of = d.LowerOf(t) == "of";
                    var at = t + 1 < end - 1 && d.LowerOf(t + 1) == "the" ? t + 2 : t + 1;
                    var found = state.ScratchPlaces;
                    var placeLength = knowledge.Places.LongestMatch(d, at, end, found);
                    if (placeLength > 0 && found.Count > 0 && (!of || found.Any(p => p.Kind == PlaceKind.Country)))
                    {
                        // ("a mosque in Bayonne, Nouvelle-Aquitaine, France": the wider place named after it decides the namesake.)
                        var place = of ? found.First(p => p.Kind == PlaceKind.Country)
                            : found.Any(p => p.Kind == PlaceKind.Country) ? ChoosePlace(found)
                            : ChoosePlace(found.ToList(), WiderPlace(d, at + placeLength, end, state));
                        country = place.Country;
                        reasons.Add($"'{d.TextOf(t, at + placeLength - 1)}' → {country}");
                        if (of) lastUseful = at + placeLength - 1;
                    }
                }
                if (person is null) break;
                continue;
            }
            if (kind is ActorEntryKind.Person)
            {
                if (person is not null) break;
                if (IsNamesake(d, sentence, start, t, length, entry, state)) return 0;
                // "Maduro's government", "Hemedti's fighters": the group belongs to the person's state or organisation.
                if (country is null && !sawTitle && t + length + 1 < end && d.TagOf(t + length) == PosTag.POS
                    && knowledge.Actors.LongestMatch(d, t + length + 1, end, entries) > 0 && entries.All(e => e.Kind is ActorEntryKind.Agent))
                {
                    var owner = entry.Resolve(date, out _);
                    if (owner.Country is not null || owner.Org is not null)
                    {
                        country = owner.Country;
                        countryText = d.TextOf(t, t + length - 1);
                        org = owner.Org;
                        orgType = owner.OrgType;
                        reasons.Add($"'{countryText}'s' → {owner.Org ?? owner.Country}");
                        t += length + 1;
                        continue;
                    }
                }
                person = entry;
                lastUseful = t + length - 1;
                t += length;
                break;
            }
            // Country, capital, metonym or organisation: a complete mention unless titles follow ("China's foreign minister").
            if (country is not null || sawTitle) break;
            standalone = entry;
            lastUseful = t + length - 1;
            t += length;
            if (kind is ActorEntryKind.Capital && start > sentence.FirstToken && words.PlacePrepositions.Contains(d.LowerOf(start - 1)))
                return 0; // "in Beijing" is a place, not an actor
            // "the Treaty of Lisbon", "the Oslo Accords", "the Minsk agreements": a city a document or process is named for is no
            // party to it.
            if (kind is ActorEntryKind.Capital && (t < end && words.NamedDocumentNouns.Contains(d.LowerOf(t))
                                                  || start - 2 >= sentence.FirstToken && d.LowerOf(start - 1) == "of" && char.IsUpper(d.TextOf(start - 2)[0])
                                                     && words.NamedDocumentNouns.Contains(d.LowerOf(start - 2))))
                return 0;
            // "General Stanley A. McChrystal", "General Stanley McChrystal": a capital's name followed by an initial, or after a
            // title and followed by a name that is no English word and begins no entry of the actor base or the gazetteer, is a
            // given name (not "in a Baghdad Sunni district", "the Brussels Schaerbeek district", "London Underground").
            if (kind is ActorEntryKind.Capital && length == 1 && t < end
                && (IsInitial(d, t) || CouldBeSurname(d, t) && AfterTitle(d, sentence, start) && !Known(d, t, end)))
                return 0;
            // "Dominique Strauss-Kahn", "Jordan Bardella", "Chad Johnson": a state's one-word name before a word of letters that
            // is no English word, no kind of place or date, and begins no entry of the actor base or the gazetteer, and that
            // ends the phrase, is a given name; not after a preposition ("Prime Minister of Israel Tzipi Livni", "Special Envoy
            // for Yemen Hans Grundberg"), nor before a model of something ("U.S. F-15s", "US Chinook helicopters").
            if (kind is ActorEntryKind.Country && length == 1 && t < end && IsWordOfLetters(d.TextOf(t)) && !IsPlaceKindOrDate(d.LowerOf(t))
                && !(t + 1 < end && d.TagOf(t + 1) is PosTag.NN or PosTag.NNS)
                && !(start > sentence.FirstToken && d.TagOf(start - 1) is PosTag.IN or PosTag.TO)
                && CouldBeSurname(d, t) && !Known(d, t, end))
                return 0;
            // ("take part in Russia's exercises": a possessive names the owner, not the setting.)
            var beforeName = start - 1 > sentence.FirstToken && d.LowerOf(start - 1) == "the" ? start - 2 : start - 1;
            if (kind is ActorEntryKind.Country && beforeName >= sentence.FirstToken && d.LowerOf(beforeName) is "in" or "across" or "throughout" or "inside"
                && !(t < end && d.TagOf(t) == PosTag.POS))
                return 0;
            // "Nato leaders", "Hamas officials", "Kremlin aides": the group noun belongs to the organisation.
            if (kind is ActorEntryKind.Organisation or ActorEntryKind.Metonym && t < end
                && knowledge.Actors.LongestMatch(d, t, end, entries) is var agentLength and > 0
                && entries.All(e => e.Kind is ActorEntryKind.Agent or ActorEntryKind.Title))
            {
                lastUseful = t + agentLength - 1;
                t += agentLength;
                break;
            }
            // "Iran's most powerful military commander": adjectives may stand between the possessive and the title.
            var afterPossessive = t + 1;
            while (afterPossessive < end && afterPossessive <= t + 3 && d.TagOf(afterPossessive) is PosTag.RBS or PosTag.JJS or PosTag.JJ or PosTag.RB
                   && d.LowerOf(afterPossessive) is not ("former" or "late" or "then"))
                afterPossessive++;
            if (t + 1 < end && d.TagOf(t) == PosTag.POS && afterPossessive < end && knowledge.Actors.LongestMatch(d, afterPossessive, end, entries) is var titleLength and > 0
                && entries.Any(e => e.Kind is ActorEntryKind.Title or ActorEntryKind.Agent or ActorEntryKind.Person)
                // ("Russia's largest military exercises": past adjectives, the title must head its phrase.)
                && !(afterPossessive > t + 1 && afterPossessive + titleLength < end && d.TagOf(afterPossessive + titleLength) is PosTag.NN or PosTag.NNS))
            {
                country = entry.Country;
                org = entry.Org;
                orgType = entry.OrgType;
                standalone = null;
                t = afterPossessive;
                continue;
            }
            // "Brazil's Congress", "Israel's parliament": an institution named after a state's possessive is that state's,
            // whichever state the bare name stands for elsewhere.
            if (kind is ActorEntryKind.Country && entry.Country is not null && t + 1 < end && d.TagOf(t) == PosTag.POS
                && knowledge.Actors.LongestMatch(d, t + 1, end, entries) is var institutionLength and > 0
                && entries.FirstOrDefault(e => e.Kind is ActorEntryKind.Metonym && e.Sector is not null) is { } institution)
            {
                country = entry.Country;
                countryText = d.TextOf(start, t - 1);
                standalone = null;
                sector = institution.Sector;
                sawTitle = true;
                reasons.Add($"'{countryText}'s {d.TextOf(t + 1, t + institutionLength)}' → {country} {sector}");
                lastUseful = t + institutionLength;
                t += institutionLength + 1;
            }
            break;
        }

        if (lastUseful < start) return 0;

        // A surname or given name alone refers to a person already named in the document.
        if (person is null && standalone is null && !sawTitle && country is null && org is null) return 0;

        Entity entity;
        if (person is not null)
        {
            entity = person.Resolve(date, out var why);
            reasons.Add(why);
            if (entity.Country is null && country is not null) entity = entity with { Country = country };
            if (sawTitle && entity.Title is null && title is not null) entity = entity with { Title = title };
            // The text's own title outranks the base when the base has no office for that date:
            // "CIA Director Mike Pompeo" in April 2018, "opposition leader Aung San Suu Kyi" in 2011.
            if (former)
            {
                // "former prime minister Shinzo Abe": out of office, whatever office the base knows.
                if (entity.Sector != Sector.ELI) reasons.Add("'former': an ex-official (ELI)");
                entity = entity with { Sector = Sector.ELI };
            }
            else if (sawTitle && sector is not null && (entity.Sector is null || entity.Sector == Sector.ELI) && entity.Sector != sector)
            {
                entity = entity with { Sector = sector, Title = title ?? entity.Title };
                reasons.Add($"title in the text gives {sector} where the base has no office on that date");
            }
            if (!state.People.Any(p => ReferenceEquals(p.Person, person))) state.People.Add((person, entity));
        }
        else if (standalone is not null)
        {
            entity = standalone.Resolve(date, out var why);
            reasons.Add(why);
        }
        else if (name is not null)
        {
            // "The UK's former intelligence chief Sir John Sawers": a person the base does not know, after a state's possessive,
            // serves or served that state.
            if (country is null && PossessorState(d, sentence, start) is { } possessor)
            {
                country = possessor;
                reasons.Add($"of {possessor}, the possessor before the title");
            }
            entity = new Entity(name, country, former ? Sector.ELI : sector, former && title is not null ? "former " + title : title, Kind: EntityKind.Person);
            if (country is not null && name.Split(' ') is [_, .., var surname])
            {
                state.Described.RemoveAll(x => x.Surname == surname);
                state.Described.Add((surname, entity));
            }
        }
        else
        {
            var label = countryText is not null && title is null && sector is null ? countryText : d.TextOf(start, lastUseful);
            entity = new Entity(label, country, sector, title, org, orgType, sawTitle ? EntityKind.Group : org is not null ? EntityKind.Organisation : EntityKind.State);
        }
        mention = new ActorMention(start, lastUseful + 1, entity) { Reason = string.Join("; ", reasons) };
        return lastUseful + 1 - start;
    }

    /// <summary>
    /// "Iftikhar Gilani", "Gilani" after him: a known person's surname alone, after a given name that is not his,
    /// or later in a document that named such a namesake, or another known person of that surname, and not him, is someone
    /// else; so is the one-word name of a monarch
    /// before a surname ("Jean Leonard Rugambage" is not Grand Duke Jean).
    /// </summary>
    bool IsNamesake(Document d, Sentence sentence, int start, int t, int length, ActorEntry person, DocumentState state)
    {
        if (length != 1) return false;
        // "Jean Leonard Rugambage", "journalist Jean Charles de Menezes": a one-word name the base knows a monarch by, followed by a surname.
        if (!person.Name.Contains(' ') && t + 1 < sentence.EndToken && IsSurnameToken(d, t + 1)) return true;
        if (t != start) return false;
        // "Bradley Manning's lawyer argues ... Manning was arrested": a surname alone, after the document named another known
        // person by it and not this one, is that person (Chelsea Manning, not Patrick Manning).
        if (!state.People.Any(p => ReferenceEquals(p.Person, person))
            && state.People.Any(p => Surname(p.Person.Name) is { IsEmpty: false } surname && d.TextOf(t).SequenceEqual(surname)))
            return true;
        if (t > sentence.FirstToken && IsNameToken(d, t - 1) && !InMention(d, t - 1) && !words.Honorifics.Contains(d.LowerOf(t - 1)))
        {
            var given = d.TextOf(t - 1).ToString();
            if (person.Name.Split(' ').Contains(given, StringComparer.Ordinal)) return false;
            state.OtherSurnames.Add(d.TextOf(t).ToString());
            return true;
        }
        // "Anwar al-Awlaki", "Anwar Sadat": a given name the base knows one person by, followed by another surname.
        var parts = person.Name.Split(' ');
        if (parts.Length > 1 && d.TextOf(t).SequenceEqual(parts[0]) && t + 1 < sentence.EndToken && IsSurnameToken(d, t + 1)
            && !d.TextOf(t + 1).SequenceEqual(parts[1]))
            return true;
        return state.OtherSurnames.Count > 0 && state.OtherSurnames.Contains(d.TextOf(t).ToString())
               && !state.People.Any(p => ReferenceEquals(p.Person, person));
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> belongs to a name after a title that the base does not know, begun at
    /// <paramref name="first"/>: a name word that begins no entry but a title or an agent; or, within the name, one known
    /// person's surname alone ("leader Abu Suleiman al-Masri" is not Michel Suleiman).
    /// </summary>
    bool ContinuesUnknownName(Document d, int first, int at, int end, List<ActorEntry> entries)
    {
        if (!IsNameToken(d, at)) return false;
        var known = knowledge.Actors.LongestMatch(d, at, end, entries);
        return known == 0 || entries.All(e => e.Kind is ActorEntryKind.Agent or ActorEntryKind.Title)
               || at > first && known == 1 && entries.All(e => e.Kind is ActorEntryKind.Person);
    }

    /// <summary>
    /// The one person of the base a name it does not know spells another way: its last word is that person's surname alone,
    /// and its words, hyphens read as spaces, match that person's name word for word within two letters each ("Ali Mohammed
    /// Gedi" for Ali Mohamed Gedi, "Islom Karimov" for Islam Karimov, "Abdel-Halim Khaddam" for Abdul Halim Khaddam).
    /// </summary>
    ActorEntry? Respelled(Document d, int first, int nameEnd, int end)
    {
        var found = new List<ActorEntry>();
        if (nameEnd - first < 2 || knowledge.Actors.LongestMatch(d, nameEnd - 1, end, found) != 1) return null;
        var parts = d.TextOf(first, nameEnd - 1).ToString().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var matches = found.Where(e => e.Kind == ActorEntryKind.Person)
                           .Where(e => e.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries) is var known && known.Length == parts.Length
                                       && known.Zip(parts).All(p => EditDistance(p.First, p.Second) <= 2))
                           .Distinct().ToList();
        return matches is [var only] ? only : null;
    }

    /// <summary>Levenshtein distance between two words, ignoring case.</summary>
    static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>A capitalised name, or one after a particle ("al-Awlaki", "bin-Salman"), that is no date word.</summary>
    bool IsSurnameToken(Document d, int t)
    {
        if (dates.TryMonth(d.LowerOf(t), out _) || dates.TryWeekday(d.LowerOf(t), out _)) return false;
        return IsNameToken(d, t) || d.TagOf(t).IsProperNoun() && words.IsParticleName(d.TextOf(t));
    }

    /// <summary>
    /// Whether the part of a hyphenated word before its hyphen is an actor base entry ("US-backed", "UN-sponsored"), with the
    /// entries it matches, and whether a lower-case word follows the hyphen ("-led", not "Al-Shabaab").
    /// </summary>
    bool HyphenatedHead(Document d, int t, List<ActorEntry> entries, out bool lowerAfter)
    {
        var text = d.TextOf(t);
        // ("Timor-Leste-flagged", "al-Qaeda-linked": the suffix follows the last hyphen.)
        var hyphen = text.LastIndexOf('-');
        lowerAfter = hyphen > 0 && hyphen < text.Length - 1 && char.IsLower(text[hyphen + 1]);
        if (hyphen <= 0) return false;
        // ("US-backed rebels": the backer is not the group.)
        // ("Somali-born teenager ... arrested in Portland": a birthplace, not whose the person is.)
        var after = text[(hyphen + 1)..].ToString().ToLowerInvariant();
        // ("Iranian-manufactured rockets", "Russian-made jets": who made the weapon, not who used it.)
        if (words.BackerSuffixes.Contains(after) || words.BirthplaceSuffixes.Contains(after) || words.MakerSuffixes.Contains("-" + after)) return false;
        var head = text[..hyphen].ToString();
        if (knowledge.ActorsNamed(head, entries)) return true;
        var firstHyphen = text.IndexOf('-');
        if (firstHyphen < hyphen && knowledge.ActorsNamed(text[..firstHyphen].ToString(), entries)) return true;
        // ("a Marshall Islands-flagged oil tanker", "a Hong Kong-owned vessel": a name of two words whose second carries the
        // hyphen.)
        return t > 0 && d.TagOf(t - 1) == PosTag.NNP && knowledge.ActorsNamed($"{d.TextOf(t - 1)} {head}", entries);
    }

    /// <summary>A country name used as a modifier: "US National Security Adviser", "US officials".</summary>
    bool IsModifierPosition(Document d, int next, int end, DocumentState state)
    {
        if (next >= end) return false;
        var probe = state.ScratchEntries;
        return knowledge.Actors.LongestMatch(d, next, end, probe) > 0 && probe.Any(e => e.Kind is ActorEntryKind.Title or ActorEntryKind.Agent or ActorEntryKind.Person)
            || (words.TitleModifiers.Contains(d.LowerOf(next)) && next + 1 < end && knowledge.Actors.LongestMatch(d, next + 1, end, probe) > 0
                && probe.Any(e => e.Kind is ActorEntryKind.Title or ActorEntryKind.Agent));
    }

    bool NextIsActorWord(Document d, int t, int end, DocumentState state)
    {
        var probe = state.ScratchEntries;
        for (var k = t; k < end && k < t + 3; k++)
        {
            if (knowledge.Actors.LongestMatch(d, k, end, probe) > 0)
                return probe.Any(e => e.Kind is ActorEntryKind.Title or ActorEntryKind.Agent or ActorEntryKind.Person);
            if (!words.TitleModifiers.Contains(d.LowerOf(k)) && !d.TagOf(k).IsAdjective() && !IsClassifier(d, k)) return false;
        }
        return false;
    }

    /// <summary>A word that may classify a following noun: a lowercase noun or adjective ("rights", "aid") or a short acronym ("IT").</summary>
    static bool IsClassifier(Document d, int t)
    {
        var text = d.TextOf(t);
        var tag = d.TagOf(t);
        if (char.IsLower(text[0])) return tag is PosTag.NN or PosTag.NNS || tag.IsAdjective();
        if (!tag.IsProperNoun() || text.Length is < 2 or > 4) return false;
        foreach (var c in text)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>A capital letter and a full stop: "A." in "Stanley A. McChrystal".</summary>
    static bool IsInitial(Document d, int t) => d.TextOf(t) is [var letter, '.'] && char.IsUpper(letter);

    /// <summary>Whether an honorific or a title stands right before a token ("General", "Mr", "Senator").</summary>
    bool AfterTitle(Document d, Sentence sentence, int t)
    {
        if (t <= sentence.FirstToken) return false;
        if (words.Honorifics.Contains(d.LowerOf(t - 1))) return true;
        var entries = new List<ActorEntry>();
        return knowledge.Actors.LongestMatch(d, t - 1, t, entries) == 1 && entries.Any(e => e.Kind == ActorEntryKind.Title);
    }

    /// <summary>Whether a word is letters (with hyphens and apostrophes) and has a small letter: "Strauss-Kahn", not "F-15s" or "UN".</summary>
    static bool IsWordOfLetters(ReadOnlySpan<char> word)
    {
        var small = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019')) return false;
            small |= char.IsLower(c);
        }
        return small;
    }

    /// <summary>
    /// Whether the word at the token can be the surname after a given name that is also a capital's or a state's name: a
    /// name that is no English word ("McChrystal", "Strauss-Kahn"; the callers also ask that it begin no entry, <see cref="Known"/>).
    /// </summary>
    bool CouldBeSurname(Document d, int t) => IsSurnameToken(d, t) && !lexicon.IsCommonWord(d.LowerOf(t));

    /// <summary>Whether the words from a token on begin an entry of the actor base or the gazetteer.</summary>
    bool Known(Document d, int t, int end) =>
        knowledge.Actors.LongestMatch(d, t, end, []) > 0 || knowledge.Places.LongestMatch(d, t, end, []) > 0;

    static bool IsNameToken(Document d, int t) =>
        d.TagOf(t).IsProperNoun() && char.IsUpper(d.TextOf(t)[0]) && d.TextOf(t).Length > 1 && d.LowerOf(t) is not ("the" or "of");

    /// <summary>
    /// Where a phrase has several readings, prefer persons, then organisations, then states; of several persons, the one of
    /// the state the words before named ("Saudi King Abdullah" is not Jordan's).
    /// </summary>
    static ActorEntry Prefer(List<ActorEntry> entries, string? country) =>
        entries.MinBy(e => (e.Kind switch
        {
            ActorEntryKind.Person => 0,
            ActorEntryKind.Organisation => 1,
            ActorEntryKind.Metonym => 2,
            ActorEntryKind.Country => 3,
            ActorEntryKind.CountryAdjective => 4,
            ActorEntryKind.Title => 5,
            ActorEntryKind.Agent => 6,
            _ => 7,
        }, country is not null && e.Kind == ActorEntryKind.Person && e.Country != country ? 1 : 0))!;

    /// <summary>
    /// Surnames and given names of people already named in the document ("Wang", "Blinken") become
    /// mentions of those people. Runs after <see cref="Recognize"/> on each sentence.
    /// </summary>
    public void RecognizeShortNames(Document document, Sentence sentence, DocumentState state)
    {
        if (state.People.Count == 0 && state.Described.Count == 0) return;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var text = document.TextOf(t);
            // ("Manning was arrested", "Khan previously accused": a surname the tagger read as a word at the start of a sentence is
            // still the surname, when a verb or a possessive follows it as it would a name; not "Hunt for the killers goes on".)
            var nameToken = IsNameToken(document, t);
            if (!nameToken && !(t == sentence.FirstToken && text.Length > 1 && char.IsUpper(text[0]) && VerbFollows(document, sentence, t))
                || document.MentionsOf(sentence).Any(m => m is ActorMention && m.Contains(t))) continue;
            // "Haines" after "the British aid worker David Haines": alone, not inside a longer name ("Westminster Hall").
            if (nameToken && Described(document, sentence, t, state) is { } described)
            {
                document.Mentions.Add(new ActorMention(t, t + 1, described) { Reason = $"'{text}' refers to {described.Name}, named earlier" });
                continue;
            }
            for (var p = state.People.Count - 1; p >= 0; p--)
            {
                var (person, entity) = state.People[p];
                var surname = Surname(person.Name);
                if (surname.IsEmpty || !(text.SequenceEqual(surname) || nameToken && text.SequenceEqual(person.Name.AsSpan(0, person.Name.IndexOf(' '))))) continue;
                document.Mentions.Add(new ActorMention(t, t + 1, entity) { Reason = $"'{text}' refers to {person.Name}, named earlier" });
                break;
            }
        }
    }

    /// <summary>The last word of a name of several words ("Manning" of "Chelsea Manning"); empty for a one-word name.</summary>
    static ReadOnlySpan<char> Surname(string name) => name.LastIndexOf(' ') is var space and >= 0 ? name.AsSpan(space + 1) : [];

    /// <summary>Whether a finite verb, a modal or a possessive follows the token, past any adverbs, as after a subject's name.</summary>
    static bool VerbFollows(Document d, Sentence sentence, int t)
    {
        var next = t + 1;
        while (next < sentence.EndToken && d.TagOf(next) == PosTag.RB) next++;
        return next < sentence.EndToken && (d.TagOf(next).IsFiniteVerb() || d.TagOf(next) is PosTag.MD or PosTag.POS);
    }

    /// <summary>The state whose possessive ("The UK's", "Britain's") stands straight before the token, if any.</summary>
    static string? PossessorState(Document d, Sentence sentence, int start)
    {
        if (start - 2 < sentence.FirstToken || d.TagOf(start - 1) != PosTag.POS) return null;
        for (var i = d.Mentions.Count - 1; i >= 0; i--)
        {
            var m = d.Mentions[i];
            if (m.End < start - 1 || m.First < sentence.FirstToken) break;
            if (m is ActorMention { Entity: { Kind: EntityKind.State, Country: { } country, Sector: null } } && m.End == start - 1) return country;
        }
        return null;
    }

    /// <summary>The person the base does not know, described earlier in the document, whose surname stands alone at the token.</summary>
    static Entity? Described(Document d, Sentence sentence, int t, DocumentState state)
    {
        if (state.Described.Count == 0 || t > sentence.FirstToken && IsNameToken(d, t - 1) || t + 1 < sentence.EndToken && IsNameToken(d, t + 1)) return null;
        var text = d.TextOf(t);
        for (var i = state.Described.Count - 1; i >= 0; i--)
            if (text.SequenceEqual(state.Described[i].Surname)) return state.Described[i].Entity;
        return null;
    }
}
