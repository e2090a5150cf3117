using System.Collections.Frozen;
using Parley.Io;

namespace Parley.Text;

/// <summary>
/// A named list of words or phrases from data/words: one entry per line, lowercase, with `#`
/// comments. A list is data, not code: the rules that use it say what it is for.
/// </summary>
public sealed class WordList
{
    readonly FrozenSet<string> entries;

    public WordList(string name, IEnumerable<string> entries)
    {
        Name = name;
        this.entries = entries.ToFrozenSet(StringComparer.Ordinal);
    }

    public string Name { get; }
    public int Count => entries.Count;
    public IEnumerable<string> Entries => entries;

    public bool Contains(string word) => entries.Contains(word);

    public override string ToString() => $"{Name} ({Count})";

    /// <summary>Reads data/words/NAME.txt; a missing file, an upper-case entry or a repeated one is a problem.</summary>
    public static WordList Load(string directory, string name, ProblemLog problems)
    {
        var path = Path.Combine(directory, name + ".txt");
        var words = new List<string>();
        if (!File.Exists(path))
        {
            problems.AddFatal(path, "word list not found");
            return new WordList(name, words);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var hash = raw.IndexOf(" #", StringComparison.Ordinal);
            var line = (raw.StartsWith('#') ? "" : hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line != line.ToLowerInvariant()) problems.Add(path, number, $"'{line}' must be lower case");
            else if (!seen.Add(line)) problems.Add(path, number, $"'{line}' is listed twice");
            else words.Add(line);
        }
        if (words.Count == 0) problems.Add(path, 0, "word list is empty");
        return new WordList(name, words);
    }
}
