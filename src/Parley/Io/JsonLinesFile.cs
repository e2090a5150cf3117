using System.Text.Json;

namespace Parley.Io;

/// <summary>Reads a labelled JSON Lines file, one record per line; a line that cannot be read is reported and skipped.</summary>
public static class JsonLinesFile
{
    /// <summary>A field the record must have; its absence is reported by name ("missing field 'events'").</summary>
    public static JsonElement Field(this JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) ? value : throw new FormatException($"missing field '{name}'");

    public static List<T> Read<T>(string path, ProblemLog problems, Func<JsonElement, T> parse)
    {
        var records = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                records.Add(parse(json.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                problems.Add(path, number, ex.Message);
            }
        }
        return records;
    }
}
