namespace Parley.Io;

/// <summary>A problem found in an input or data file, located by file and line. A fatal one (a file missing or
/// unreadable) means the data cannot be used at all; a warning concerns a document that was still read (a wrong
/// charset overruled, a feed date that could not be parsed); a note says what an import left out by design, and
/// loses nothing that was asked for.</summary>
public sealed record Problem(string File, int Line, string Message, bool Fatal = false)
{
    public bool Warning { get; init; }
    public bool Note { get; init; }

    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Collects problems found while loading data, so that none is lost silently.</summary>
public sealed class ProblemLog
{
    readonly List<Problem> problems = [];
    public IReadOnlyList<Problem> Problems => problems;
    public void Add(string file, int line, string message) => problems.Add(new Problem(file, line, message));
    public void AddFatal(string file, string message) => problems.Add(new Problem(file, 0, message, Fatal: true));
    public void AddNote(string file, string message) => problems.Add(new Problem(file, 0, message) { Note = true });
    public bool HasFatal => problems.Any(p => p.Fatal);

    /// <summary>
    /// A file the user gave (--actors, --triggers) from which nothing, or less than its unreadable lines, could be read
    /// is the wrong file or the wrong option, not a file with a few bad lines: that is fatal, with a hint at what it
    /// takes. <paramref name="firstProblem"/> is <see cref="Problems"/>' count before the file was read.
    /// </summary>
    public void RequireMostRead(string file, int read, int firstProblem, string what, string hint)
    {
        var unreadable = 0;
        for (var i = firstProblem; i < problems.Count; i++)
        {
            if (problems[i].File != file || problems[i].Note) continue;
            if (problems[i].Fatal) return;
            unreadable++;
        }
        if (read == 0) AddFatal(file, $"no {what} could be read from it; {hint}");
        else if (unreadable > read) AddFatal(file, $"most of its lines could not be read as {what} ({unreadable:N0} against {read:N0} read); {hint}");
    }
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
            problems.AddFatal(path, "file not found");
            yield break;
        }
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.AddFatal(path, $"cannot be read: {ex.Message}");
            yield break;
        }
        var number = 0;
        foreach (var raw in lines)
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
