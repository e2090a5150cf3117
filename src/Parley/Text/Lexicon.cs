using Parley.Io;
using Parley.Model;

namespace Parley.Text;

/// <summary>
/// The word lexicon compiled from data/lexicon: tags per word form, irregular lemmas, and
/// abbreviations. Lookups take spans, so the hot path allocates nothing.
/// </summary>
public sealed class Lexicon
{
    readonly Dictionary<string, PosTag[]> tags;
    readonly Dictionary<string, PosTag[]>.AlternateLookup<ReadOnlySpan<char>> tagLookup;
    readonly Dictionary<string, string> irregular;
    readonly HashSet<string> abbreviations;
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviationLookup;

    Lexicon(Dictionary<string, PosTag[]> tags, Dictionary<string, string> irregular, HashSet<string> abbreviations)
    {
        this.tags = tags;
        this.irregular = irregular;
        this.abbreviations = abbreviations;
        tagLookup = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        abbreviationLookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => tags.Count;

    public static Lexicon Load(string dataDirectory, ProblemLog problems)
    {
        var dir = Path.Combine(dataDirectory, "lexicon");
        var tags = new Dictionary<string, PosTag[]>(200_000, StringComparer.Ordinal);
        foreach (var line in DataFile.Read(Path.Combine(dir, "tags.tsv"), 2, problems))
        {
            var parsed = new List<PosTag>(4);
            foreach (var name in line.List(1))
            {
                if (PosTags.TryParse(name, out var tag)) parsed.Add(tag);
                else problems.Add(line.File, line.Number, $"unknown tag '{name}'");
            }
            if (parsed.Count > 0) tags[line[0].Trim().ToLowerInvariant()] = parsed.ToArray();
        }
        foreach (var line in DataFile.Read(Path.Combine(dir, "overrides.tsv"), 2, problems))
        {
            var parsed = line.List(1).Select(n => PosTags.TryParse(n, out var t) ? t : PosTag.None).Where(t => t != PosTag.None).ToArray();
            if (parsed.Length == 0) problems.Add(line.File, line.Number, "no valid tag");
            else tags[line[0].Trim().ToLowerInvariant()] = parsed;
        }

        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(Path.Combine(dir, "lemmas.tsv"), 3, problems))
        {
            var pos = line[1].Trim();
            if (pos is not ("V" or "N" or "A"))
            {
                problems.Add(line.File, line.Number, $"part of speech must be V, N or A, not '{pos}'");
                continue;
            }
            irregular.TryAdd(Key(line[0].Trim().ToLowerInvariant(), pos[0]), line[2].Trim().ToLowerInvariant());
        }

        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var abbreviationFile = Path.Combine(dir, "abbreviations.txt");
        if (File.Exists(abbreviationFile))
            foreach (var raw in File.ReadLines(abbreviationFile))
            {
                var line = raw.Trim();
                if (line.Length > 0 && line[0] != '#') abbreviations.Add(line);
            }
        else problems.AddFatal(abbreviationFile, "file not found");

        var suffixes = new List<(string, PosTag[])>();
        foreach (var line in DataFile.Read(Path.Combine(dir, "suffixes.tsv"), 2, problems))
        {
            var parsed = line.List(1).Select(n => PosTags.TryParse(n, out var t) ? t : PosTag.None).Where(t => t != PosTag.None).ToArray();
            if (parsed.Length == 0) problems.Add(line.File, line.Number, "no valid tag");
            else suffixes.Add((line[0].Trim().ToLowerInvariant(), parsed));
        }
        return new Lexicon(tags, irregular, abbreviations) { suffixes = suffixes };
    }

    static string Key(string form, char pos) => string.Concat(form, "\t", pos.ToString());

    public PosTag[]? TagsOf(ReadOnlySpan<char> lowerWord) => tagLookup.TryGetValue(lowerWord, out var found) ? found : null;

    /// <summary>Whether a lower-case word is an English word, one the lexicon knows mostly as something other than a name.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> lowerWord) => TagsOf(lowerWord) is { } tags && tags[0] is not (PosTag.NNP or PosTag.NNPS);

    public bool Has(ReadOnlySpan<char> lowerWord, PosTag tag) =>
        tagLookup.TryGetValue(lowerWord, out var found) && Array.IndexOf(found, tag) >= 0;

    public bool HasVerb(ReadOnlySpan<char> lowerWord) =>
        tagLookup.TryGetValue(lowerWord, out var found) && found.Any(t => t is PosTag.VB or PosTag.VBP);

    public bool HasNoun(ReadOnlySpan<char> lowerWord) =>
        tagLookup.TryGetValue(lowerWord, out var found) && found.Any(t => t is PosTag.NN or PosTag.NNP);

    public string? IrregularLemma(string lowerForm, char pos) => irregular.GetValueOrDefault(Key(lowerForm, pos));

    public bool IsAbbreviation(ReadOnlySpan<char> token) => abbreviationLookup.Contains(token);

    List<(string Suffix, PosTag[] Tags)> suffixes = [];

    /// <summary>The tags of an unknown word by its ending (data/lexicon/suffixes.tsv), first match in file order.</summary>
    public PosTag[]? TagsBySuffix(string lowerWord)
    {
        foreach (var (suffix, tags) in suffixes)
            if (lowerWord.EndsWith(suffix, StringComparison.Ordinal)) return tags;
        return null;
    }
}
