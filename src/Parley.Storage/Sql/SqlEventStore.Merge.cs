using System.Data.Common;
using Parley.Model;
using Parley.Storage.Merging;

namespace Parley.Storage.Sql;

/// <summary>A document's story signature and, for a copy or near-copy, the original it repeats.</summary>
sealed record StoryLink(uint[] Signature, string? DuplicateOf, double? Similarity);

abstract partial class SqlEventStore
{
    /// <summary>
    /// Finds, for each document, a stored or earlier-in-batch story it repeats. Candidates are the
    /// documents published within <see cref="StoryWindowDays"/> of a batch document that share an
    /// LSH band with it, banded here in memory from their stored signatures; the most similar at or
    /// above <see cref="MinHash.DuplicateThreshold"/> is the original (or that one's original).
    /// </summary>
    async Task<Dictionary<string, StoryLink>> LinkStoriesAsync(DbConnection connection, DbTransaction transaction, List<Article> articles, CancellationToken cancel)
    {
        var signatures = articles.Select(a => Stories.Signature(a.Text)).ToList();
        var keys = signatures.Select(s => Stories.BandKeys(s)).ToList();

        var byKey = new Dictionary<long, List<string>>();
        var candidates = new Dictionary<string, (DateOnly? Date, uint[] Signature, string? DuplicateOf)>(StringComparer.Ordinal);
        // Undated documents are compared with undated ones and with their own batch.
        var chunks = DayRanges(articles.Where(a => a.Date is not null).Select(a => a.Date!.Value.DayNumber), StoryWindowDays);
        for (var c = 0; c <= chunks.Count; c++)
        {
            await using var command = Command(connection, transaction, "");
            command.CommandText = "SELECT id, day, minhash, duplicate_of FROM documents WHERE " +
                                  (c < chunks.Count ? DayCondition(chunks[c], command) : "day IS NULL");
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                var id = reader.GetString(0);
                var signature = MinHash.FromBytes((byte[])reader.GetValue(2));
                candidates[id] = (reader.IsDBNull(1) ? null : DateOnly.FromDayNumber((int)reader.GetInt64(1)), signature, EventRows.Str(reader, 3));
                foreach (var key in Stories.BandKeys(signature))
                {
                    if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                    list.Add(id);
                }
            }
        }

        var links = new Dictionary<string, StoryLink>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            string? best = null;
            var bestSimilarity = 0.0;
            foreach (var key in keys[i])
            {
                if (!byKey.TryGetValue(key, out var ids)) continue;
                foreach (var id in ids)
                {
                    if (id == article.Id || !candidates.TryGetValue(id, out var c) || !Near(article.Date, c.Date)) continue;
                    var similarity = MinHash.Similarity(signatures[i], c.Signature);
                    if (similarity > bestSimilarity) (best, bestSimilarity) = (c.DuplicateOf ?? id, similarity);
                }
            }
            links[article.Id] = best is not null && bestSimilarity >= MinHash.ThresholdFor(article.Text)
                ? new StoryLink(signatures[i], best, bestSimilarity)
                : new StoryLink(signatures[i], null, null);
            // Later documents of this batch compare with this one too.
            candidates[article.Id] = (article.Date, signatures[i], links[article.Id].DuplicateOf);
            foreach (var key in keys[i])
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(article.Id);
            }
        }
        return links;
    }

    /// <summary>
    /// Every given day widened by <paramref name="pad"/>, as few ranges as possible, in chunks of
    /// at most 32: a batch in date order reads a few short stretches of a day-first index, and events
    /// with scattered historical dates cost one indexed query per chunk rather than a scan.
    /// </summary>
    internal static List<List<(long Lo, long Hi)>> DayRanges(IEnumerable<int> days, int pad)
    {
        var ranges = new List<(long Lo, long Hi)>();
        foreach (var day in days.Distinct().Order())
        {
            if (ranges.Count > 0 && day - pad <= ranges[^1].Hi + 1) ranges[^1] = (ranges[^1].Lo, day + pad);
            else ranges.Add((day - pad, day + pad));
        }
        return ranges.Chunk(32).Select(c => c.ToList()).ToList();
    }

    /// <summary>The SQL condition for one chunk of <see cref="DayRanges"/>, its bounds added as parameters.</summary>
    internal static string DayCondition(List<(long Lo, long Hi)> ranges, DbCommand command)
    {
        var parts = new List<string>(ranges.Count);
        foreach (var (lo, hi) in ranges)
        {
            var n = command.Parameters.Count;
            Add(command, $"@lo{n}", lo);
            Add(command, $"@hi{n}", hi);
            parts.Add($"day BETWEEN @lo{n} AND @hi{n}");
        }
        return "(" + string.Join(" OR ", parts) + ")";
    }

    static bool Near(DateOnly? a, DateOnly? b) =>
        a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= StoryWindowDays;

    /// <summary>A merged event as ingest sees it: stored already, or created by this batch.</summary>
    sealed class MergeTarget(long id, int? day, string? country)
    {
        public long Id { get; set; } = id;
        public int? Day { get; } = day;
        public string? Country { get; } = country;
        public PloverEvent? First { get; init; }
    }

    /// <summary>
    /// Assigns every non-negated event to a merged event: an existing one with the same category,
    /// status, actor and recipient codes, a date at most a day away and a compatible place (same
    /// country, or one of them unknown), else a new one. Returns how many were created; adds every
    /// merged event that gained a mention to <paramref name="touched"/>.
    /// </summary>
    async Task<int> MergeEventsAsync(DbConnection connection, DbTransaction transaction, List<CodedDocument> docs,
        Dictionary<string, StoryLink> stories, HashSet<long> touched, CancellationToken cancel)
    {
        var items = new List<(PloverEvent Event, CodedDocument Doc, string Key, int? Day)>();
        foreach (var doc in docs)
            foreach (var e in doc.Events)
                if (e.Status != EventStatus.Negated)
                    items.Add((e, doc, EventRows.MergeKey(e), (e.Date?.Date ?? doc.Article.Date)?.DayNumber));
        if (items.Count == 0) return 0;

        var targets = new Dictionary<string, List<MergeTarget>>(StringComparer.Ordinal);
        var keys = items.Select(i => i.Key).Distinct().ToList();
        foreach (var chunk in DayRanges(items.Where(i => i.Day is not null).Select(i => i.Day!.Value), 1))
        {
            await using var command = Command(connection, transaction, "");
            command.CommandText = $"SELECT id, merge_key, day, country FROM merged_events WHERE {DayCondition(chunk, command)} AND {InList("merge_key", "@keys")}";
            ListParameter(command, "@keys", keys);
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                var key = reader.GetString(1);
                if (!targets.TryGetValue(key, out var list)) targets[key] = list = [];
                list.Add(new MergeTarget(reader.GetInt64(0), (int)reader.GetInt64(2), EventRows.Str(reader, 3)));
            }
        }

        var created = new List<MergeTarget>();
        var assigned = new MergeTarget[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var (e, _, key, day) = items[i];
            var country = e.Location?.Place.Country;
            MergeTarget? target = null;
            if (day is not null && targets.TryGetValue(key, out var list))
                target = list.FirstOrDefault(t => t.Day is not null && Math.Abs(t.Day.Value - day.Value) <= 1
                                                  && (t.Country is null || country is null || t.Country == country));
            if (target is null)
            {
                target = new MergeTarget(created.Count, day, country) { First = e };
                created.Add(target);
                if (!targets.TryGetValue(key, out list)) targets[key] = list = [];
                list.Add(target);
            }
            assigned[i] = target;
        }

        if (created.Count > 0)
        {
            var first = await AllocateMergedIdsAsync(connection, transaction, created.Count, cancel);
            foreach (var t in created) t.Id += first;
            await using var w = await OpenWriterAsync(connection, transaction, TableShape.MergedEvents, cancel);
            foreach (var t in created)
            {
                var e = t.First!;
                await w.StartRowAsync();
                w.Write(t.Id); w.Write(EventRows.MergeKey(e)); w.Write(t.Day ?? 0L);
                if (t.Day is { } d)
                {
                    var date = DateOnly.FromDayNumber(d);
                    w.Write(Periods.Week(d)); w.Write(Periods.Month(date)); w.Write(date.Year);
                }
                else { w.Write((long?)null); w.Write((long?)null); w.Write((long?)null); }
                w.Write(e.Category.Name()); w.Write(e.Quad.Name()); w.Write(e.Status.Name()); w.Write(e.Mode?.Name()); w.Write(e.Cameo.Value);
                w.Write(e.Goldstein); w.Write(EventRows.PrimaryCode(e.Actor)); w.Write(EventRows.PrimaryCode(e.Recipient));
                w.Write(t.Country); w.Write(0L); w.Write(0L); w.Write(0L); w.Write(e.Id.ToString());
                await w.EndRowAsync();
            }
            await w.CompleteAsync();
        }

        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.Mentions, cancel))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var (e, doc, _, day) = items[i];
                touched.Add(assigned[i].Id);
                await w.StartRowAsync();
                w.Write(e.Id.ToString()); w.Write(assigned[i].Id); w.Write(doc.Article.Id); w.Write(e.Sentence);
                w.Write(doc.Article.Source); w.Write(day); w.Write(stories[doc.Article.Id].DuplicateOf is null ? 0L : 1L);
                await w.EndRowAsync();
            }
            await w.CompleteAsync();
        }
        return created.Count;
    }

    /// <summary>
    /// Recomputes GDELT-style counts of merged events from their mentions. Mentions and articles
    /// leave out reprints (documents linked as duplicates), so a wire story carried forty times
    /// counts once; sources counts every outlet that carried it. An event seen only in a reprint
    /// counts as one. Merged events left without mentions (their documents replaced) are deleted.
    /// </summary>
    async Task RecountAsync(DbConnection connection, DbTransaction transaction, HashSet<long> touched, CancellationToken cancel)
    {
        if (touched.Count == 0) return;
        // One grouped pass over the touched events' mentions (a correlated subquery per column and
        // row costs four index probes per merged event).
        string[] statements =
        [
            $"""
            UPDATE merged_events SET mentions = c.mentions, articles = c.articles, sources = c.sources, rep_event_id = c.rep
            FROM (SELECT merged_id,
                    CASE WHEN sum(1 - duplicate) > 0 THEN sum(1 - duplicate) ELSE count(*) END AS mentions,
                    CASE WHEN sum(1 - duplicate) > 0 THEN count(DISTINCT CASE WHEN duplicate = 0 THEN doc_id END) ELSE 1 END AS articles,
                    count(DISTINCT coalesce(source, doc_id)) AS sources,
                    coalesce(min(CASE WHEN duplicate = 0 THEN event_id END), min(event_id)) AS rep
                  FROM mentions WHERE {InList("merged_id", "@ids")} GROUP BY merged_id) AS c
            WHERE merged_events.id = c.merged_id AND {InList("merged_events.id", "@ids")}
            """,
            $"DELETE FROM merged_events WHERE {InList("id", "@ids")} AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.merged_id = merged_events.id)",
        ];
        foreach (var sql in statements)
        {
            await using var command = Command(connection, transaction, sql);
            ListParameter(command, "@ids", touched);
            await command.ExecuteNonQueryAsync(cancel);
        }
    }
}
