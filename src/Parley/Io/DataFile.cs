namespace Parley.Io;

/// <summary>A problem found in an input or data file, located by file and line.</summary>
public sealed record Problem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Collects problems found while loading data, so that none is lost silently.</summary>
public sealed class ProblemLog
{
    readonly List<Problem> problems = [];
    public IReadOnlyList<Problem> Problems => problems;
    public void Add(string file, int line, string message) => problems.Add(new Problem(file, line, message));
}

/// <summary>One data line split into TAB-separated fields.</summary>
public readonly record struct DataLine(string File, int Number, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index] : "";

    /// <summary>A field that may be empty or "-"; null then.</summary>
    public string? Optional(int index)
    {
        var value = this[index].Trim();
        return value.Length == 0 || value == "-" ? null : value;
    }

    /// <summary>A `|`-separated list field.</summary>
    public string[] List(int index) =>
        Optional(index) is { } value
            ? value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}

/// <summary>
/// Reads Parley's plain-text data files: `#` comments, blank lines skipped, TAB-separated fields.
/// Lines with too few fields are reported and skipped.
/// </summary>
public static class DataFile
{
    public static IEnumerable<DataLine> Read(string path, int minFields, ProblemLog problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(path, 0, "file not found");
            yield break;
        }
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            if (fields.Length < minFields)
            {
                problems.Add(path, number, $"expected {minFields} TAB-separated fields, found {fields.Length}");
                continue;
            }
            yield return new DataLine(path, number, fields);
        }
    }
}
