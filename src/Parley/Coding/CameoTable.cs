using System.Globalization;
using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>A CAMEO code with its name, Goldstein score and PLOVER contexts.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, IReadOnlyList<string> Contexts, PloverCategory? Category = null, string? Mode = null);

/// <summary>The CAMEO code table (data/coding/cameo.tsv).</summary>
public sealed class CameoTable
{
    readonly Dictionary<string, CameoCode> codes = new(StringComparer.Ordinal);

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
            var contexts = line[6].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            PloverCategory? category = Codes.TryParseCategory(line[4].Trim(), out var parsed) ? parsed : null;
            table.codes[line[0].Trim()] = new CameoCode(line[0].Trim(), line[1].Trim(), goldstein, contexts, category, line.Optional(5));
        }
        return table;
    }

    public CameoCode? Find(string code) => codes.GetValueOrDefault(code);
    public bool Contains(string code) => codes.ContainsKey(code);
}
