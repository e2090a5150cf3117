using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>All trigger patterns, indexed by anchor lemma and class. Loaded from data/triggers/*.tsv and user files.</summary>
public sealed class TriggerLexicon
{
    readonly Dictionary<(string, AnchorClass), List<Trigger>> byAnchor = new();
    public int Count { get; private set; }

    public IReadOnlyList<Trigger> For(string lemma, AnchorClass anchorClass) =>
        byAnchor.TryGetValue((lemma, anchorClass), out var list) ? list : [];

    public static TriggerLexicon Load(string dataDirectory, CameoTable cameo, ProblemLog problems, IEnumerable<string>? extraFiles = null)
    {
        var lexicon = new TriggerLexicon();
        var directory = Path.Combine(dataDirectory, "triggers");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files) lexicon.Read(file, cameo, problems);
        foreach (var file in extraFiles ?? [])
        {
            var before = lexicon.Count;
            var firstProblem = problems.Problems.Count;
            if (file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || !File.Exists(file)) lexicon.Read(file, cameo, problems);
            else
            {
                // A TABARI/PETRARCH verb dictionary: its triggers are added after Parley's own, so Parley's win ties.
                var imported = TabariVerbDictionary.Read(file, cameo, problems);
                foreach (var trigger in imported.Triggers) lexicon.Add(trigger);
                problems.AddNote(file, $"imported {imported.Triggers.Count:N0} triggers; {imported.Skipped:N0} patterns need parse-tree context and were left out");
            }
            problems.RequireMostRead(file, lexicon.Count - before, firstProblem, "trigger patterns",
                "--triggers takes a data/triggers .tsv file or a TABARI/PETRARCH verb dictionary (actor dictionaries go to --actors)");
        }
        // Longest first; among equals, Parley's own patterns (added first) keep precedence: List.Sort is not stable, so sort by index too.
        foreach (var list in lexicon.byAnchor.Values)
        {
            var ordered = list.Select((t, i) => (t, i)).OrderByDescending(x => x.t.Length).ThenBy(x => x.i).Select(x => x.t).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
        return lexicon;
    }

    void Read(string file, CameoTable cameo, ProblemLog problems)
    {
        foreach (var line in DataFile.Read(file, 5, problems))
            if (Parse(line, cameo, out var error) is { } trigger) Add(trigger);
            else problems.Add(line.File, line.Number, error!);
    }

    public void Add(Trigger trigger)
    {
        var key = (trigger.Anchor, trigger.Class);
        if (!byAnchor.TryGetValue(key, out var list)) byAnchor[key] = list = [];
        list.Add(trigger);
        Count++;
    }

    Trigger? Parse(DataLine line, CameoTable cameo, out string? error)
    {
        error = null;
        var elements = line[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (elements.Length == 0) { error = "empty pattern"; return null; }
        var slash = elements[0].LastIndexOf('/');
        if (slash <= 0) { error = $"anchor '{elements[0]}' needs a word class: /V, /N or /A"; return null; }
        AnchorClass? anchorClass = elements[0][(slash + 1)..] switch { "V" => AnchorClass.Verb, "N" => AnchorClass.Noun, "A" => AnchorClass.Adjective, _ => null };
        if (anchorClass is null) { error = $"anchor '{elements[0]}' needs a word class: /V, /N or /A"; return null; }
        var anchorWord = elements[0][..slash].ToLowerInvariant();
        var followingWords = elements.Skip(1).Select(e => e.ToLowerInvariant().Split('|')).ToArray();
        if (line[1].Trim() == "NONE")
            return new Trigger(anchorWord, anchorClass.Value, followingWords, PloverCategory.Agree, null, default, [], $"{Path.GetFileName(line.File)}:{line.Number}", Blocks: true);
        if (!Codes.TryParseCategory(line[1].Trim(), out var category)) { error = $"unknown PLOVER category '{line[1]}'"; return null; }
        var modeText = line.Optional(2);
        PloverMode? mode = null;
        if (modeText is not null)
        {
            if (!Codes.TryParseMode(modeText, out var parsedMode) || !PloverScores.IsValidMode(category, parsedMode))
            { error = $"mode '{modeText}' is not a {category.Name()} mode in the PLOVER manual"; return null; }
            mode = parsedMode;
        }
        if (!CameoCode.TryParse(line[3].Trim(), out var code) || !cameo.Contains(code)) { error = $"unknown CAMEO code '{line[3].Trim()}'"; return null; }
        var slots = line.Optional(4)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var following = elements.Skip(1).Select(e => e.ToLowerInvariant().Split('|')).ToArray();
        var anchor = elements[0][..slash].ToLowerInvariant();
        var condition = line.Optional(5);
        if (condition is not (null or "negated" or "critical" or "intransitive" or "obligation" or "departure"))
        { error = $"unknown condition '{condition}' (the conditions are 'negated', 'critical', 'intransitive', 'obligation' and 'departure')"; return null; }
        return new Trigger(anchor, anchorClass.Value, following, category, mode, code, slots, $"{Path.GetFileName(line.File)}:{line.Number}",
            OnlyNegated: condition == "negated", OnlyCritical: condition == "critical", OnlyIntransitive: condition == "intransitive",
            OnlyObligation: condition == "obligation", OnlyDeparture: condition == "departure");
    }
}
