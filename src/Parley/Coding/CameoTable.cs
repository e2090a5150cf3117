using System.Globalization;
using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>A row of the CAMEO table: the code with its name, Goldstein score, PLOVER category, mode and contexts.</summary>
public sealed record CameoEntry(CameoCode Code, string Name, double Goldstein, IReadOnlyList<PloverContext> Contexts, PloverCategory? Category = null, PloverMode? Mode = null);

/// <summary>The CAMEO code table (data/coding/cameo.tsv).</summary>
public sealed class CameoTable
{
    readonly Dictionary<CameoCode, CameoEntry> codes = [];

    public static CameoTable Load(string dataDirectory, ProblemLog problems)
    {
        var table = new CameoTable();
        foreach (var line in DataFile.Read(Path.Combine(dataDirectory, "coding", "cameo.tsv"), 3, problems))
        {
            if (!double.TryParse(line[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
            {
                problems.Add(line.File, line.Number, "Goldstein score is not a number");
                continue;
            }
            if (!CameoCode.TryParse(line[0].Trim(), out var code))
            {
                problems.Add(line.File, line.Number, $"'{line[0].Trim()}' is not a CAMEO code (two to four digits)");
                continue;
            }
            var contexts = new List<PloverContext>();
            foreach (var name in line[6].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (Codes.TryParseContext(name, out var context)) contexts.Add(context);
                else problems.Add(line.File, line.Number, $"'{name}' is not a context of the PLOVER manual");
            PloverCategory? category = Codes.TryParseCategory(line[4].Trim(), out var parsed) ? parsed : null;
            PloverMode? mode = line.Optional(5) is { } modeText && Codes.TryParseMode(modeText.Trim(), out var parsedMode) ? parsedMode : null;
            table.codes[code] = new CameoEntry(code, line[1].Trim(), goldstein, contexts, category, mode);
        }
        return table;
    }

    public CameoEntry? Find(CameoCode code) => codes.GetValueOrDefault(code);
    public bool Contains(CameoCode code) => codes.ContainsKey(code);
}
