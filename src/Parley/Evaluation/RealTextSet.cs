using System.Text.Json;
using Parley.Io;
using Parley.Model;

namespace Parley.Evaluation;

/// <summary>A labelled event of the real-text set: in which sentence, its category with defensible alternatives, status and parties.</summary>
public sealed record RealEvent(int Sentence, PloverCategory Category, IReadOnlyList<PloverCategory> Alternatives, PloverMode? Mode, EventStatus Status,
    IReadOnlySet<string> Actor, IReadOnlySet<string> Recipient, string Words)
{
    public bool Allows(PloverCategory category) => category == Category || Alternatives.Contains(category);
}

/// <summary>A unit of the real-text set: a Current Events item or a whole Guardian article, its sentences as offsets and every event it reports.</summary>
public sealed record RealUnit(string Id, string Source, DateOnly Date, string Text, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<RealEvent> Events)
{
    /// <summary>The sentence that holds a character offset of the unit's text, or -1.</summary>
    public int SentenceAt(int offset)
    {
        for (var i = 0; i < Sentences.Count; i++)
            if (offset >= Sentences[i].Start && offset < Sentences[i].End) return i;
        return -1;
    }
}

/// <summary>Loads eval/real/dev.jsonl and test.jsonl (format in eval/README.md); malformed lines are reported with their line number.</summary>
public static class RealTextSet
{
    /// <summary>Whether a labelled file is in the real-text format (units with sentence offsets) rather than single sentences.</summary>
    public static bool IsRealTextFile(string path)
    {
        using var reader = new StreamReader(path);
        var first = reader.ReadLine();
        if (first is null) return false;
        try
        {
            using var json = JsonDocument.Parse(first);
            return json.RootElement.TryGetProperty("sentences", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static List<RealUnit> Load(string path, ProblemLog problems) => JsonLinesFile.Read(path, problems, root =>
    {
        var text = root.Field("text").GetString() ?? throw new FormatException("text is missing");
        var sentences = root.Field("sentences").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
        if (sentences.Any(s => s.Item1 < 0 || s.Item2 > text.Length || s.Item1 >= s.Item2)) throw new FormatException("a sentence's offsets lie outside the text");
        var events = root.Field("events").EnumerateArray().Select(e => ReadEvent(e, sentences.Count)).ToList();
        return new RealUnit(root.Field("id").GetString()!, root.Field("source").GetString() ?? "", DateOnly.Parse(root.Field("date").GetString()!),
            text, sentences, events);
    });

    static RealEvent ReadEvent(JsonElement e, int sentences)
    {
        var sentence = e.Field("sentence").GetInt32();
        if (sentence < 0 || sentence >= sentences) throw new FormatException($"sentence {sentence} does not exist");
        var category = Category(e.Field("event").GetString());
        var alternatives = e.TryGetProperty("alt", out var alt) ? alt.EnumerateArray().Select(a => Category(a.GetString())).ToList() : [];
        PloverMode? mode = e.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String
            ? Codes.TryParseMode(m.GetString(), out var parsed) ? parsed : throw new FormatException($"unknown mode '{m.GetString()}'")
            : null;
        var statusText = e.Field("status").GetString();
        if (!Enum.TryParse<EventStatus>(statusText, ignoreCase: true, out var status)) throw new FormatException($"unknown status '{statusText}'");
        return new RealEvent(sentence, category, alternatives, mode, status, CodeSet(e, "actor"), CodeSet(e, "recipient"),
            e.TryGetProperty("words", out var w) ? w.GetString() ?? "" : "");
    }

    static PloverCategory Category(string? name) =>
        Codes.TryParseCategory(name, out var category) ? category : throw new FormatException($"unknown category '{name}'");

    static HashSet<string> CodeSet(JsonElement e, string property) =>
        e.Field(property).EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
