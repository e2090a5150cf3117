using System.Text.Json;
using Parley.Io;
using Parley.Model;

namespace Parley.Evaluation;

/// <summary>A labelled event: category, mode, status and the codes of its actors and recipients.</summary>
public sealed record GoldEvent(PloverCategory Category, string? Mode, EventStatus Status, IReadOnlySet<string> Actor, IReadOnlySet<string> Recipient);

/// <summary>A labelled sentence of the development set (eval/README.md describes the format).</summary>
public sealed record GoldSentence(string Id, DateOnly Date, string Text, IReadOnlyList<string> Tags, IReadOnlyList<GoldEvent> Events)
{
    public bool IsHard => Tags.Any(t => t.StartsWith("hard:", StringComparison.Ordinal));
}

/// <summary>Loads the development set; malformed lines are reported with their line number.</summary>
public static class DevSet
{
    public static List<GoldSentence> Load(string path, ProblemLog problems) => JsonLinesFile.Read(path, problems, root =>
    {
        var events = new List<GoldEvent>();
        foreach (var e in root.Field("events").EnumerateArray())
        {
            if (!Codes.TryParseCategory(e.Field("event").GetString(), out var category))
                throw new FormatException($"unknown category '{e.Field("event").GetString()}'");
            var statusText = e.TryGetProperty("status", out var s) ? s.GetString() ?? "asserted" : "asserted";
            if (!Enum.TryParse<EventStatus>(statusText, ignoreCase: true, out var status)) throw new FormatException($"unknown status '{statusText}'");
            var mode = e.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            events.Add(new GoldEvent(category, mode, status, CodeSet(e, "actor"), CodeSet(e, "recipient")));
        }
        var tags = root.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        return new GoldSentence(root.Field("id").GetString()!, DateOnly.Parse(root.Field("date").GetString()!),
            root.Field("text").GetString()!, tags, events);
    });

    static HashSet<string> CodeSet(JsonElement e, string property) =>
        e.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
}
