using System.Globalization;
using System.Security.Cryptography;
using Parley.Io;
using Parley.Model;
using Parley.Text;

namespace Parley.Knowledge;

/// <summary>
/// The actor base and gazetteer compiled from data/knowledge and data/gazetteer (and any user
/// files) into phrase tries. Built once at start-up; read-only afterwards, so it can be shared.
/// </summary>
public sealed class KnowledgeBase
{
    readonly Dictionary<string, Place> countryPlaces = new(StringComparer.Ordinal);
    readonly HashSet<string> ambiguousPlaces = new(StringComparer.Ordinal);
    readonly Dictionary<string, ActorEntry> capitals = new(StringComparer.Ordinal);
    readonly Tokenizer phraseTokenizer;
    readonly IncrementalHash versionHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    KnowledgeBase(Lexicon lexicon)
    {
        phraseTokenizer = new Tokenizer(lexicon);
        Actors = new PhraseTrie<ActorEntry>(word => lexicon.IsCommonWord(word));
    }

    public PhraseTrie<ActorEntry> Actors { get; }
    public PhraseTrie<Place> Places { get; } = new();

    /// <summary>A short digest of every knowledge file loaded, so that output can name the knowledge it was coded with.</summary>
    public string Version { get; private set; } = "";

    public Place? CountryPlace(string iso3) => countryPlaces.GetValueOrDefault(iso3);

    /// <summary>The state as a party to an event, named as the gazetteer names the country; null for a code the base does not know.</summary>
    public Entity? State(string iso3) => CountryPlace(iso3) is { } place ? new Entity(place.Name, iso3, null) : null;

    /// <summary>The ISO 3166-1 alpha-3 codes the base knows.</summary>
    public IReadOnlySet<string> CountryCodes => countryCodes ??= countryPlaces.Keys.ToHashSet(StringComparer.Ordinal);
    HashSet<string>? countryCodes;
    public bool IsAmbiguousPlaceName(string lower) => ambiguousPlaces.Contains(lower);

    public static KnowledgeBase Load(string dataDirectory, Lexicon lexicon, ProblemLog problems, IEnumerable<string>? userActorFiles = null)
    {
        var kb = new KnowledgeBase(lexicon);
        var knowledge = Path.Combine(dataDirectory, "knowledge");
        kb.LoadCountries(Path.Combine(knowledge, "countries.tsv"), problems);
        kb.LoadSovereigns(Path.Combine(knowledge, "sovereigns.tsv"), problems);
        kb.LoadOrganisations(kb.Read(Path.Combine(knowledge, "organisations.tsv"), 6, problems), problems);
        kb.LoadMetonyms(Path.Combine(knowledge, "metonyms.tsv"), problems);
        kb.LoadTitles(Path.Combine(knowledge, "titles.tsv"), problems);
        // One person may hold offices listed in several files; their terms are merged by name.
        var peopleFiles = PeopleSupplements(knowledge).Prepend(Path.Combine(knowledge, "people.tsv"));
        kb.LoadPeople(peopleFiles.SelectMany(file => kb.Read(file, 6, problems)).ToList(), problems);
        foreach (var file in userActorFiles ?? []) kb.LoadUserFile(file, problems);
        kb.LoadPlaces(Path.Combine(dataDirectory, "gazetteer", "places.tsv"), problems);
        kb.FindOutnumberedCapitals();
        kb.LoadAmbiguous(Path.Combine(dataDirectory, "gazetteer", "ambiguous.txt"));
        kb.LoadVenues(Path.Combine(knowledge, "venues.tsv"), problems);
        kb.LoadPeoples(Path.Combine(knowledge, "peoples.tsv"), problems);
        kb.Version = Convert.ToHexString(kb.versionHash.GetHashAndReset())[..12].ToLowerInvariant();
        return kb;
    }

    /// <summary>Further office-holder files in the people.tsv format (people-*.tsv), so that curated
    /// lists such as envoys or advisers can be kept apart from the main file.</summary>
    static IEnumerable<string> PeopleSupplements(string knowledge) =>
        Directory.Exists(knowledge) ? Directory.GetFiles(knowledge, "people-*.tsv").Order(StringComparer.Ordinal) : [];

    IEnumerable<DataLine> Read(string path, int minFields, ProblemLog problems)
    {
        if (File.Exists(path)) versionHash.AppendData(File.ReadAllBytes(path));
        return DataFile.Read(path, minFields, problems);
    }

    /// <summary>A phrase of a data file as a document of tokens, as the text it is looked up in will be.</summary>
    Document PhraseDocument(string phrase)
    {
        var document = new Document(new Article("", phrase, null), phrase, []);
        phraseTokenizer.Tokenize(document);
        return document;
    }

    string[] PhraseTokens(string phrase)
    {
        var document = PhraseDocument(phrase);
        var tokens = new string[document.TokenCount];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = document.TextOf(i).ToString();
        return tokens;
    }

    void AddActor(string phrase, ActorEntry entry)
    {
        var tokens = PhraseTokens(phrase);
        if (tokens.Length > 0) Actors.Add(tokens, entry);
    }

    void AddPlace(string phrase, Place place)
    {
        var tokens = PhraseTokens(phrase);
        if (tokens.Length > 0) Places.Add(tokens, place);
    }

    static bool ValidCountry(string? code) => code is null || (code.Length == 3 && code.All(char.IsAsciiLetterUpper));

    static bool TryParseDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    void LoadCountries(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 8, problems))
        {
            var iso3 = line[0].Trim();
            if (!ValidCountry(iso3) || !TryParseDouble(line[6], out var lat) || !TryParseDouble(line[7], out var lon))
            {
                problems.Add(line.File, line.Number, $"invalid country code or coordinates for '{iso3}'");
                continue;
            }
            var name = line[2].Trim();
            var source = $"countries.tsv:{line.Number}";
            var country = new ActorEntry(ActorEntryKind.Country, name, iso3, null, source);
            var place = new Place(name, iso3, lat, lon, PlaceKind.Country);
            countryPlaces[iso3] = place;
            foreach (var phrase in line.List(3).Prepend(name))
            {
                AddActor(phrase, country);
                AddPlace(phrase, place);
            }
            var adjective = new ActorEntry(ActorEntryKind.CountryAdjective, name, iso3, null, source);
            foreach (var phrase in line.List(4)) AddActor(phrase, adjective);
            if (line.Optional(5) is { } capital)
            {
                var entry = new ActorEntry(ActorEntryKind.Capital, name, iso3, null, source, Title: capital);
                capitals[capital] = entry;
                capitalEntries.Add(entry);
                AddActor(capital, entry);
            }
        }
    }

    void LoadOrganisations(IEnumerable<DataLine> lines, ProblemLog problems)
    {
        foreach (var line in lines)
        {
            var code = line[0].Trim();
            var country = line.Optional(4);
            var sectorText = line.Optional(5);
            Sector? sector = sectorText is not null && Codes.TryParseSector(sectorText, out var parsedSector) ? parsedSector : null;
            if (!Enum.TryParse<OrgType>(line[3].Trim(), out var orgType) || !ValidCountry(country) || (sectorText is not null && sector is null))
            {
                problems.Add(line.File, line.Number, $"organisation '{code}': orgType must be IGO, NGO, IMG or MNC, country ISO3, sector a CAMEO agent code");
                continue;
            }
            // The UN's organs, agencies, funds and missions are coded as the UN, and the EU's institutions as the EU
            // (EVENTS.md: "a short name (UN, NATO, EU...)"); the entity keeps the body's own name.
            var family = line[1].Contains("United Nations", StringComparison.Ordinal) || code is "WFP" ? "UN"
                : line[1].Contains("European Union", StringComparison.Ordinal)
                  || code is "European Commission" or "European Parliament" or "European Council" or "EEAS" ? "EU"
                : code;
            var entry = new ActorEntry(ActorEntryKind.Organisation, line[1].Trim(), country, sector, $"organisations.tsv:{line.Number}", Org: family, OrgType: orgType);
            foreach (var phrase in line.List(2).Prepend(line[1].Trim()).Prepend(code)) AddActor(phrase, entry);
            organisations.TryAdd(code, entry);
        }
    }

    readonly Dictionary<string, ActorEntry> organisations = new(StringComparer.Ordinal);

    void LoadMetonyms(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 3, problems))
        {
            var country = line.Optional(1);
            var sectorText = line.Optional(2);
            Sector? sector = sectorText is not null && Codes.TryParseSector(sectorText, out var parsedSector) ? parsedSector : null;
            if (!ValidCountry(country) || (sectorText is not null && sector is null))
            {
                problems.Add(line.File, line.Number, "metonym needs an ISO3 country and a CAMEO sector");
                continue;
            }
            var phrase = line[0].Trim();
            AddActor(phrase, new ActorEntry(ActorEntryKind.Metonym, line.Optional(3) ?? phrase, country, sector, $"metonyms.tsv:{line.Number}"));
        }
    }

    void LoadTitles(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 4, problems))
        {
            var sectorText = line.Optional(1);
            Sector? sector = sectorText is not null && Codes.TryParseSector(sectorText, out var parsedSector) ? parsedSector : null;
            var kind = line[3].Trim();
            if ((sectorText is not null && sector is null) || kind is not ("title" or "agent"))
            {
                problems.Add(line.File, line.Number, "title needs a CAMEO sector (or none) and kind 'title' or 'agent'");
                continue;
            }
            var phrase = line[0].Trim();
            var entryKind = kind == "title" ? ActorEntryKind.Title : ActorEntryKind.Agent;
            AddActor(phrase, new ActorEntry(entryKind, line.Optional(2) ?? phrase, null, sector, $"titles.tsv:{line.Number}", Title: line.Optional(2)));
        }
    }

    void LoadPeople(IEnumerable<DataLine> lines, ProblemLog problems)
    {
        var byName = new Dictionary<string, (List<OfficeTerm> Terms, HashSet<string> Aliases, string File, int Line)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var name = line[0].Trim();
            var country = line.Optional(2);
            var sectorText = line.Optional(3);
            Sector? sector = sectorText is not null && Codes.TryParseSector(sectorText, out var parsedSector) ? parsedSector : null;
            // The country column may name an organisation instead (an armed group's leader).
            var organisation = country is not null && !countryPlaces.ContainsKey(country) ? organisations.GetValueOrDefault(country) : null;
            if (organisation is not null) country = organisation.Country;
            else if (country is not null && !countryPlaces.ContainsKey(country))
            {
                problems.Add(line.File, line.Number, $"person '{name}': '{country}' is neither a country in countries.tsv nor an organisation code");
                continue;
            }
            DateOnly? from = null, to = null;
            var datesOk = TryDate(line.Optional(5), out from) && TryDate(line.Optional(6), out to);
            if (!ValidCountry(country) || (sectorText is not null && sector is null) || !datesOk || (from > to))
            {
                problems.Add(line.File, line.Number, $"person '{name}': needs an ISO3 country or organisation code, a CAMEO sector and ISO dates with from <= to");
                continue;
            }
            if (!byName.TryGetValue(name, out var person)) byName[name] = person = ([], [], Path.GetFileName(line.File), line.Number);
            person.Terms.Add(new OfficeTerm(country, sector, line.Optional(4) ?? "", from, to, organisation?.Org, organisation?.OrgType));
            foreach (var alias in line.List(1)) person.Aliases.Add(alias);
        }
        foreach (var (name, person) in byName)
        {
            var entry = new ActorEntry(ActorEntryKind.Person, name, person.Terms[0].Country, person.Terms[0].Sector,
                $"{person.File}:{person.Line}", Terms: person.Terms);
            AddActor(name, entry);
            foreach (var alias in person.Aliases) AddActor(alias, entry);
        }
    }

    static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>
    /// A user's own actors: the people.tsv format (7 fields) or the organisations.tsv format (6 fields),
    /// told apart by the number of fields on each line.
    /// </summary>
    void LoadUserFile(string path, ProblemLog problems)
    {
        if (!File.Exists(path)) { problems.AddFatal(path, "file not found"); return; }
        var firstProblem = problems.Problems.Count;
        int read;
        if (!path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            // Anything but Parley's own TSV is read as a TABARI/PETRARCH dictionary.
            versionHash.AppendData(File.ReadAllBytes(path));
            var imported = TabariDictionary.Read(path, countryPlaces.Keys.ToHashSet(StringComparer.Ordinal), problems);
            foreach (var (phrases, entry) in imported)
                foreach (var phrase in phrases) AddActor(phrase, entry);
            read = imported.Count;
        }
        else
        {
            var lines = Read(path, 6, problems).ToList();
            var split = problems.Problems.Count;
            LoadPeople(lines.Where(l => l.Fields.Length >= 7), problems);
            LoadOrganisations(lines.Where(l => l.Fields.Length == 6), problems);
            read = lines.Count - problems.Problems.Skip(split).Count(p => p.File == path && p.Line > 0);
        }
        problems.RequireMostRead(path, read, firstProblem, "actors",
            "--actors takes a people.tsv or organisations.tsv file or a TABARI/PETRARCH actor or agent dictionary (verb dictionaries go to --triggers)");
    }

    void LoadPlaces(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 7, problems))
        {
            var name = line[0].Trim();
            var country = line.Optional(3);
            if (country is null || !ValidCountry(country) || !TryParseDouble(line[5], out var lat) || !TryParseDouble(line[6], out var lon))
            {
                problems.Add(line.File, line.Number, $"place '{name}': needs an ISO3 country and coordinates");
                continue;
            }
            var kind = line[2].Trim() switch { "capital" => PlaceKind.Capital, "region" => PlaceKind.Region, _ => PlaceKind.City };
            long.TryParse(line[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            var place = new Place(name, country, lat, lon, kind, population, line.Optional(4));
            AddPlace(name, place);
            foreach (var alias in line.List(1)) AddPlace(alias, place);
            // Other spellings of a capital stand for its state too: "Kiev" as well as "Kyiv".
            if (kind == PlaceKind.Capital && capitals.TryGetValue(name, out var capitalEntry))
                foreach (var alias in line.List(1)) AddActor(alias, capitalEntry);
        }
    }

    /// <summary>How many times larger a namesake must be for a capital to lose its precedence (and its reading as its state).</summary>
    public const int OutnumberedCapital = 20;

    readonly List<ActorEntry> capitalEntries = [];
    readonly HashSet<ActorEntry> outnumberedCapitals = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether a capital's name stands for a namesake many times its size rather than for the capital's state: "Victoria" is
    /// Australia's state of 5.6 million before the Seychelles' capital of 23,000, "Hamilton" Ontario's city before Bermuda's.
    /// </summary>
    public bool IsOutnumberedCapital(ActorEntry entry) => outnumberedCapitals.Contains(entry);

    /// <summary>Whether a place is a capital that another place of its name, in the same list of namesakes, outnumbers many times over.</summary>
    public static bool IsOutnumbered(Place place, IEnumerable<Place> namesakes) =>
        place.Kind == PlaceKind.Capital && namesakes.Any(p => p != place && p.Population >= OutnumberedCapital * Math.Max(place.Population, 1));

    void FindOutnumberedCapitals()
    {
        var found = new List<Place>();
        foreach (var entry in capitalEntries)
        {
            var document = PhraseDocument(entry.Title!);
            if (document.TokenCount == 0 || Places.LongestMatch(document, 0, document.TokenCount, found) != document.TokenCount) continue;
            var namesakes = found.Where(p => p.Name == entry.Title).ToList();
            if (namesakes.FirstOrDefault(p => p.Kind == PlaceKind.Capital && p.Country == entry.Country) is { } capital && IsOutnumbered(capital, namesakes))
                outnumberedCapitals.Add(entry);
        }
    }

    readonly Dictionary<string, string> sovereigns = new(StringComparer.Ordinal);

    /// <summary>
    /// The state a country code stands for as a party (sovereigns.tsv): a dependent territory's sovereign (Puerto Rico's
    /// police act for the United States), any other code itself.
    /// </summary>
    public string? PartyCountry(string? iso3) => iso3 is not null && sovereigns.TryGetValue(iso3, out var state) ? state : iso3;

    void LoadSovereigns(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 2, problems))
        {
            var (territory, state) = (line[0].Trim(), line[1].Trim());
            if (!countryPlaces.ContainsKey(territory) || !countryPlaces.ContainsKey(state) || territory == state)
            {
                problems.Add(line.File, line.Number, $"'{territory}' and '{state}' must be two codes of countries.tsv");
                continue;
            }
            sovereigns[territory] = state;
        }
    }

    readonly Dictionary<string, Place> venues = new(StringComparer.Ordinal);

    /// <summary>Where an international body sits (venues.tsv), by the canonical name of its organisation; null if unknown.</summary>
    public Place? VenueOf(string organisationName) => venues.GetValueOrDefault(organisationName);

    /// <summary>
    /// "Kurdish", "Rohingya": peoples spread over several states (or without one), with those states, the usual first
    /// (data/knowledge/peoples.tsv); keyed by the word in lower case.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Peoples => peoples;
    readonly Dictionary<string, string[]> peoples = new(StringComparer.Ordinal);

    void LoadPeoples(string path, ProblemLog problems)
    {
        foreach (var line in Read(path, 2, problems))
        {
            var states = line.List(1).ToArray();
            if (states.Length == 0 || !states.All(countryPlaces.ContainsKey))
            {
                problems.Add(line.File, line.Number, "a people needs one or more codes of countries.tsv, |-separated");
                continue;
            }
            peoples[line[0].Trim().ToLowerInvariant()] = states;
        }
    }

    void LoadVenues(string path, ProblemLog problems)
    {
        var names = organisations.Values.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var line in Read(path, 2, problems))
        {
            var organisation = line[0].Trim();
            if (!names.Contains(organisation)) { problems.Add(line.File, line.Number, $"'{organisation}' is not the name of an organisation in organisations.tsv"); continue; }
            if (PlaceNamed(line[1].Trim()) is not { } place) { problems.Add(line.File, line.Number, $"'{line[1].Trim()}' is not a place in the gazetteer"); continue; }
            venues[organisation] = place;
        }
    }

    /// <summary>Whether a whole phrase, tokenised as text is, is an entry of the actor base; its readings go into <paramref name="found"/>.</summary>
    public bool ActorsNamed(string phrase, List<ActorEntry> found)
    {
        var document = PhraseDocument(phrase);
        return document.TokenCount > 0 && Actors.LongestMatch(document, 0, document.TokenCount, found) == document.TokenCount;
    }

    /// <summary>The state a whole phrase names as a country, its adjective or its capital ("American", "Chinese", "Israel"), else null.</summary>
    public string? StateNamed(string phrase)
    {
        var found = new List<ActorEntry>();
        return ActorsNamed(phrase, found)
            ? found.FirstOrDefault(e => e.Kind is ActorEntryKind.Country or ActorEntryKind.CountryAdjective or ActorEntryKind.Capital)?.Country
            : null;
    }

    /// <summary>The gazetteer's place of that exact name (a capital, else the most populous), looked up in the place index.</summary>
    Place? PlaceNamed(string name)
    {
        var document = PhraseDocument(name);
        var found = new List<Place>();
        if (document.TokenCount == 0 || Places.LongestMatch(document, 0, document.TokenCount, found) != document.TokenCount) return null;
        return found.Where(p => p.Name == name).OrderByDescending(p => p.Kind == PlaceKind.Capital).ThenByDescending(p => p.Population).FirstOrDefault();
    }

    void LoadAmbiguous(string path)
    {
        if (!File.Exists(path)) return;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#') ambiguousPlaces.Add(line.ToLowerInvariant());
        }
    }
}
