using System.Text.Json;
using Parley.Io;
using Parley.Model;

namespace Parley.Evaluation;

/// <summary>A labelled actor mention: its words in the text and the code and sector it should resolve to.</summary>
public sealed record GoldMention(string Text, int Occurrence, string? Code, string? Sector, IReadOnlyList<string> Tags);

/// <summary>A text with its labelled actor mentions (eval/actors.jsonl).</summary>
public sealed record GoldActorText(string Id, DateOnly Date, string Text, IReadOnlyList<GoldMention> Mentions);

/// <summary>One mention's outcome, for the error listing.</summary>
public sealed record MentionResult(GoldActorText Item, GoldMention Gold, string? Code, string? Sector, string? Found, string? Reason)
{
    public bool CodeCorrect => string.Equals(Gold.Code, Code, StringComparison.OrdinalIgnoreCase);
    public bool Correct => CodeCorrect && string.Equals(Gold.Sector, Sector, StringComparison.Ordinal);
}

/// <summary>
/// Scores actor resolution: each labelled mention is matched to the recognised actor mention that
/// overlaps it most, and counts as right when its code (organisation, else state) and sector agree.
/// </summary>
public static class ActorScorer
{
    public static List<GoldActorText> Load(string path, ProblemLog problems) => JsonLinesFile.Read(path, problems, root =>
    {
        var mentions = root.Field("mentions").EnumerateArray().Select(m => new GoldMention(
            m.Field("text").GetString()!,
            m.TryGetProperty("occurrence", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : 1,
            m.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
            m.TryGetProperty("sector", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
            m.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [])).ToList();
        return new GoldActorText(root.Field("id").GetString()!, DateOnly.Parse(root.Field("date").GetString()!),
            root.Field("text").GetString()!, mentions);
    });

    public static List<MentionResult> Score(IEnumerable<GoldActorText> items, Pipeline pipeline)
    {
        var results = new List<MentionResult>();
        foreach (var item in items)
        {
            pipeline.Analyze(new Article(item.Id, item.Text, item.Date), out var d, keepAnalyses: false);
            var found = d.Mentions.OfType<ActorMention>()
                                  .Select(m => (Mention: m, Start: d.ToOriginal(d.StartOf(m.First)), End: d.ToOriginal(d.EndOf(m.End - 1) - 1) + 1)).ToList();
            foreach (var gold in item.Mentions)
            {
                var start = -1;
                for (var n = 0; n < gold.Occurrence; n++) start = item.Text.IndexOf(gold.Text, start + 1, StringComparison.Ordinal);
                if (start < 0) { results.Add(new MentionResult(item, gold, null, null, null, "mention text not found in the text")); continue; }
                var end = start + gold.Text.Length;
                var best = found.Select(f => (f.Mention, Overlap: Math.Min(end, f.End) - Math.Max(start, f.Start), f.Start, f.End))
                                .Where(f => f.Overlap > 0).OrderByDescending(f => f.Overlap).FirstOrDefault();
                if (best.Mention is null) { results.Add(new MentionResult(item, gold, null, null, null, "no actor recognised here")); continue; }
                var entity = best.Mention.Entity!;
                results.Add(new MentionResult(item, gold, entity.Code, entity.Sector?.Name(), item.Text[best.Start..best.End], best.Mention.Reason));
            }
        }
        return results;
    }
}
