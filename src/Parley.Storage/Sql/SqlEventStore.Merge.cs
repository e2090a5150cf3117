using System.Data.Common;
using System.Runtime.InteropServices;
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
    async Task<StoryLink[]> LinkStoriesAsync(DbConnection connection, DbTransaction transaction, List<PreparedDocument> docs, CancellationToken cancel)
    {
        // Hashing every shingle 40 times is the one CPU-heavy step of ingest: it uses every core
        // (and is done already when the batch was prepared ahead, see EventStores.IngestAllAsync).
        using (IngestProfile.Measure("story signatures")) Parallel.ForEach(docs, d => d.Sign());
        var linker = StoryLinker.Rent(docs);
        // Undated documents are compared with undated ones and with their own batch.
        var chunks = DayRanges(docs.Where(d => d.Doc.Article.Date is not null).Select(d => d.Doc.Article.Date!.Value.DayNumber), StoryWindowDays);
        using (IngestProfile.Measure("read story candidates"))
            for (var c = 0; c <= chunks.Count; c++)
            {
                await using var command = Command(connection, transaction, "");
                command.CommandText = "SELECT id, day, minhash, duplicate_of FROM documents WHERE " +
                                      (c < chunks.Count ? DayCondition(chunks[c], command) : "day IS NULL");
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    var signature = MinHash.FromBytes((byte[])reader.GetValue(2));
                    linker.Offer(reader.GetString(0), reader.IsDBNull(1) ? null : (int)reader.GetInt64(1), signature, EventRows.Str(reader, 3), Stories.BandKeys(signature));
                }
            }
        try { return linker.Link(); }
        finally { linker.Return(); }
    }

    /// <summary>
    /// <see cref="LinkStoriesAsync"/> from a bulk load's memory of the documents it stored (<see cref="LoadMemory"/>), on the
    /// thread that prepares the batch, while the one before it is still being written: null when the memory does not hold
    /// every candidate. Candidates come in the order SQLite reads them (by day, then as stored), undated ones last.
    /// The writer uses the links only if the memory still answers for the store and every document is new.
    /// </summary>
    internal static StoryLink[]? PlanStories(List<PreparedDocument> docs, LoadMemory memory)
    {
        var dated = docs.Where(d => d.Doc.Article.Date is not null).Select(d => d.Doc.Article.Date!.Value.DayNumber).ToList();
        if (dated.Count > 0 && !memory.CoversStories(dated.Min() - StoryWindowDays)) return null;
        if (dated.Count == 0 && !memory.CoversStories(int.MaxValue)) return null;
        var linker = StoryLinker.Rent(docs);
        try
        {
            foreach (var (day, id, signature, duplicateOf, keys) in memory.StoryCandidates(DayRanges(dated, StoryWindowDays).SelectMany(c => c)))
                linker.Offer(id, day, signature, duplicateOf, keys);
            return linker.Link();
        }
        finally { linker.Return(); }
    }

    /// <summary>
    /// The comparison of <see cref="LinkStoriesAsync"/>: candidates offered first, in the order read, then each batch
    /// document in turn against those before it.
    /// </summary>
    sealed class StoryLinker
    {
        List<PreparedDocument> docs = [];
        // Every candidate is entered under each of its band keys; the candidates of one key are a
        // chain through `next`, in the order they came: no list per key (twenty keys a document).
        // Copies of one text share all twenty keys, so a candidate met again for the same document is skipped.
        readonly List<(string Id, uint[] Signature, string? DuplicateOf)> candidates = [];
        readonly List<int> days = [], visited = [], entries = [], next = [];
        readonly Dictionary<long, (int Head, int Tail)> chains = [];
        // A stored document can only be the original of a batch document that shares a band with it:
        // the others (nearly all of the window's) are not entered, which keeps the chains short.
        readonly HashSet<long> batchKeys = [];

        /// <summary>
        /// Linkers left by earlier batches, their lists and tables cleared but kept at their size: a batch of 10,000
        /// documents fills 200,000 chain entries, and allocating them anew for every batch was a third of what a bulk
        /// load allocated (at 300,000 events, 596 of 1,700 MiB), most of it in the large-object heap.
        /// At most two are in use at once (the writer's, and the next batch's planned ahead).
        /// </summary>
        static readonly System.Collections.Concurrent.ConcurrentBag<StoryLinker> Pool = [];

        StoryLinker() { }

        /// <summary>A linker for the batch's documents, reused if one is free; <see cref="Return"/> it once linked.</summary>
        public static StoryLinker Rent(List<PreparedDocument> docs)
        {
            if (!Pool.TryTake(out var linker)) linker = new StoryLinker();
            linker.docs = docs;
            // Sized for the batch's own documents, which are all entered; the stored ones that share a band with them are
            // usually few.
            linker.candidates.EnsureCapacity(docs.Count);
            linker.days.EnsureCapacity(docs.Count);
            linker.visited.EnsureCapacity(docs.Count);
            linker.entries.EnsureCapacity(docs.Count * Stories.Bands);
            linker.next.EnsureCapacity(docs.Count * Stories.Bands);
            linker.chains.EnsureCapacity(docs.Count * Stories.Bands);
            linker.batchKeys.EnsureCapacity(docs.Count * Stories.Bands);
            foreach (var d in docs)
                foreach (var key in d.BandKeys) linker.batchKeys.Add(key);
            return linker;
        }

        /// <summary>Clears the linker (it holds no document after this) and keeps it for the next batch.</summary>
        public void Return()
        {
            docs = [];
            candidates.Clear();
            days.Clear();
            visited.Clear();
            entries.Clear();
            next.Clear();
            chains.Clear();
            batchKeys.Clear();
            if (Pool.Count < 2) Pool.Add(this);
        }

        /// <summary>A stored document: entered if it shares a band with a batch document.</summary>
        public void Offer(string id, int? day, uint[] signature, string? duplicateOf, long[] keys)
        {
            foreach (var key in keys)
                if (batchKeys.Contains(key))
                {
                    Enter(id, day, signature, duplicateOf, keys);
                    return;
                }
        }

        void Enter(string id, int? day, uint[] signature, string? duplicateOf, long[] keys)
        {
            var candidate = candidates.Count;
            candidates.Add((id, signature, duplicateOf));
            days.Add(day ?? Undated);
            visited.Add(-1);
            foreach (var key in keys)
            {
                var entry = entries.Count;
                entries.Add(candidate);
                next.Add(-1);
                ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, key, out var exists);
                if (exists) { next[chain.Tail] = entry; chain.Tail = entry; }
                else chain = (entry, entry);
            }
        }

        public StoryLink[] Link()
        {
            var links = new StoryLink[docs.Count];
            for (var i = 0; i < docs.Count; i++)
            {
                var doc = docs[i];
                var article = doc.Doc.Article;
                var day = article.Date?.DayNumber ?? Undated;
                string? best = null;
                var bestSimilarity = 0.0;
                foreach (var key in doc.BandKeys)
                {
                    if (!chains.TryGetValue(key, out var chain)) continue;
                    for (var entry = chain.Head; entry >= 0; entry = next[entry])
                    {
                        var c = entries[entry];
                        if (visited[c] == i) continue;
                        visited[c] = i;
                        if (!Near(day, days[c]) || candidates[c].Id == article.Id) continue;
                        var similarity = MinHash.Similarity(doc.Signature, candidates[c].Signature);
                        if (similarity > bestSimilarity) (best, bestSimilarity) = (candidates[c].DuplicateOf ?? candidates[c].Id, similarity);
                    }
                }
                links[i] = best is not null && bestSimilarity >= doc.Threshold
                    ? new StoryLink(doc.Signature!, best, bestSimilarity)
                    : new StoryLink(doc.Signature!, null, null);
                // Later documents of this batch compare with this one too.
                Enter(article.Id, article.Date?.DayNumber, doc.Signature!, links[i].DuplicateOf, doc.BandKeys);
            }
            return links;
        }
    }

    /// <summary>The day of an undated candidate in <see cref="LinkStoriesAsync"/>: near every other day.</summary>
    const int Undated = int.MinValue;

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

    static bool Near(int a, int b) => a == Undated || b == Undated || Math.Abs(a - b) <= StoryWindowDays;

    /// <summary>A merged event as ingest sees it: stored already, or created by this batch (the <see cref="Created"/>th).</summary>
    sealed class MergeTarget(long id, int? day, string? country)
    {
        public long Id { get; set; } = id;
        public int? Day { get; } = day;
        public string? Country { get; } = country;
        public PreparedEvent? First { get; init; }
        public int Created { get; init; } = -1;
    }

    /// <summary>
    /// Assigns every non-negated event to a merged event: an existing one with the same category,
    /// status, actor and recipient codes, a date at most a day away and a compatible place (same
    /// country, or one of them unknown), else a new one. Returns how many were created; adds every
    /// stored merged event that gained a mention to <paramref name="touched"/> (new ones are counted here).
    /// </summary>
    async Task<int> MergeEventsAsync(DbConnection connection, DbTransaction transaction, List<PreparedDocument> docs, PreparedEvent[] events,
        StoryLink[] stories, HashSet<long> touched, StatsRollup rollup, LoadMemory? memory, CancellationToken cancel)
    {
        // Each event with its document's index in docs (and stories).
        var items = new List<(PreparedEvent Event, int Doc)>(events.Length);
        for (var d = 0; d < docs.Count; d++)
            for (var i = docs[d].FirstEvent; i < docs[d].FirstEvent + docs[d].Doc.Events.Count; i++)
                if (events[i].MergeKey is not null)
                    items.Add((events[i], d));
        if (items.Count == 0) return 0;

        // SQLite reads stored candidates by exact (day, merge key) for each event's day and the
        // days either side: one probe of the merged_key index each. Reading every merged event of
        // the batch's days instead costs it more the more the store holds (events with old dates
        // make the day ranges many and wide, and a key recurs on many of those days). PostgreSQL
        // probes slower than it scans (53.2 s against 6.8 s at 1 M events), so it reads the day
        // ranges, filtered by key. Either way the first compatible candidate in (day, id) order wins.
        // A load into an empty store remembers the merged events of recent days (LoadMemory): those days
        // are not read, only earlier ones (events dated long before their article).
        var targets = new Dictionary<string, List<MergeTarget>>(StringComparer.Ordinal);
        var dated = items.Where(i => i.Event.MergeDay is not null).ToList();
        var queries = new List<(DbCommand Command, string Sql)>();
        // The memory answers for recent days only while no other writer and no replaced document was seen.
        var remembered = memory is { MergeUsable: true } ? memory : null;
        if (remembered is not null)
        {
            if (docs.Where(d => d.Doc.Article.Date is not null).Select(d => d.Doc.Article.Date!.Value.DayNumber).DefaultIfEmpty().Min() is var earliest and > 0)
                remembered.Trim(earliest);
            foreach (var (e, _) in dated)
                for (var near = e.MergeDay!.Value - 1; near <= e.MergeDay.Value + 1; near++)
                    if (remembered.Covers(near) && remembered.Candidates(near, e.MergeKey!, out var first, out var more))
                    {
                        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(targets, e.MergeKey!, out _);
                        list ??= [];
                        // Taken already for another event of the key: a day's candidates are all taken at once, and only
                        // the memory's are in the lists yet (the database's and this batch's come after).
                        if (HasDay(list, near)) continue;
                        list.Add(new MergeTarget(first.Id, near, first.Country));
                        if (more is not null)
                            foreach (var (id, country) in more) list.Add(new MergeTarget(id, near, country));
                    }
            // Only events with a day the memory does not cover are looked up; from the database only those days are taken.
            dated = dated.Where(i => !remembered.Covers(i.Event.MergeDay!.Value - 1)).ToList();
        }
        // What the memory leaves are the few events dated long before their article (2 % at 1 M events), on days
        // scattered over years: PostgreSQL too probes those (its day ranges took 11.6 s for them at 1 M events).
        if (dated.Count > 0 && (ProbesMergeKeys || remembered is not null))
        {
            var probes = new HashSet<(long Day, string Key)>();
            foreach (var (e, _) in dated)
                for (var near = e.MergeDay!.Value - 1; near <= e.MergeDay.Value + 1; near++)
                    if (remembered?.Covers(near) != true) probes.Add((near, e.MergeKey!));
            var command = Command(connection, transaction, "");
            queries.Add((command, $"SELECT g.id, g.merge_key, g.day, g.country FROM {MergedByDayKey(DayKeyPairs(command, "@probes", probes))}"));
        }
        else if (dated.Count > 0)
        {
            var keys = dated.Select(i => i.Event.MergeKey!).Distinct().ToList();
            foreach (var chunk in DayRanges(dated.Select(i => i.Event.MergeDay!.Value), 1))
            {
                var command = Command(connection, transaction, "");
                var days = DayCondition(chunk, command);
                ListParameter(command, "@keys", keys);
                queries.Add((command, $"SELECT id, merge_key, day, country FROM merged_events WHERE {days} AND {InList("merge_key", "@keys")}"));
            }
        }
        using (IngestProfile.Measure("merge lookup"))
        {
            foreach (var (command, sql) in queries)
                await using (command)
                {
                    command.CommandText = sql;
                    await using var reader = await command.ExecuteReaderAsync(cancel);
                    while (await reader.ReadAsync(cancel))
                    {
                        var day = (int)reader.GetInt64(2);
                        if (remembered?.Covers(day) == true) continue; // taken from memory above
                        var key = reader.GetString(1);
                        if (!targets.TryGetValue(key, out var list)) targets[key] = list = [];
                        list.Add(new MergeTarget(reader.GetInt64(0), day, EventRows.Str(reader, 3)));
                    }
                }
            foreach (var list in targets.Values) list.Sort((a, b) => (a.Day, a.Id).CompareTo((b.Day, b.Id)));
        }

        var created = new List<MergeTarget>();
        var assigned = new MergeTarget[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i].Event;
            var (key, day) = (e.MergeKey!, e.MergeDay);
            var country = e.Event.Location?.Place.Country;
            MergeTarget? target = null;
            if (day is not null && targets.TryGetValue(key, out var list))
                foreach (var t in list)
                    if (t.Day is not null && Math.Abs(t.Day.Value - day.Value) <= 1 && (t.Country is null || country is null || t.Country == country))
                    {
                        target = t;
                        break;
                    }
            if (target is null)
            {
                target = new MergeTarget(created.Count, day, country) { First = e, Created = created.Count };
                created.Add(target);
                if (!targets.TryGetValue(key, out list)) targets[key] = list = [];
                list.Add(target);
            }
            assigned[i] = target;
        }

        // A merged event created here has all its mentions in this batch: its counts are known
        // now and written with it. Only merged events stored before need recounting from the table.
        // The mentions of each created one are a chain through nextMention, in item order.
        var firstMention = new int[created.Count];
        var lastMention = new int[created.Count];
        var nextMention = new int[items.Count];
        Array.Fill(firstMention, -1);
        for (var i = 0; i < items.Count; i++)
        {
            nextMention[i] = -1;
            if (assigned[i].Created is var c and >= 0)
            {
                if (firstMention[c] < 0) firstMention[c] = i; else nextMention[lastMention[c]] = i;
                lastMention[c] = i;
            }
            else touched.Add(assigned[i].Id);
        }
        IEnumerable<(string, string, string?, bool)> MentionsOf(int c)
        {
            for (var i = firstMention[c]; i >= 0; i = nextMention[i])
            {
                var doc = docs[items[i].Doc].Doc.Article;
                yield return (items[i].Event.Id, doc.Id, doc.Source, stories[items[i].Doc].DuplicateOf is not null);
            }
        }
        var representatives = new List<(long Merged, PreparedEvent Rep)>(created.Count);
        if (created.Count > 0)
        {
            var first = await AllocateMergedIdsAsync(connection, transaction, created.Count, cancel);
            foreach (var t in created)
            {
                t.Id += first;
                if (t.Day is { } day) memory?.Created(day, t.First!.MergeKey!, t.Id, t.Country);
            }
            using var phase = IngestProfile.Measure("write MergedEvents");
            await using var w = await OpenWriterAsync(connection, transaction, TableShape.MergedEvents, cancel);
            foreach (var t in created)
            {
                var p = t.First!;
                var e = p.Event;
                // Most merged events have one mention: its counts are one each, and it is the representative.
                var counts = nextMention[firstMention[t.Created]] < 0 ? (1, 1, 1, p.Id) : Count(MentionsOf(t.Created));
                var rep = p;
                if (counts.Item4 != p.Id)
                    for (var i = firstMention[t.Created]; i >= 0; i = nextMention[i])
                        if (items[i].Event.Id == counts.Item4) { rep = items[i].Event; break; }
                representatives.Add((t.Id, rep));
                await w.StartRowAsync();
                w.Write(t.Id); w.Write(p.MergeKey); w.Write(t.Day ?? 0L);
                long? month = null;
                if (t.Day is { } d)
                {
                    var date = DateOnly.FromDayNumber(d);
                    month = Periods.Month(date);
                    w.Write(Periods.Week(d)); w.Write(month); w.Write(date.Year);
                }
                else { w.Write((long?)null); w.Write((long?)null); w.Write((long?)null); }
                w.Write(e.Category.Name()); w.Write(e.Quad.Name()); w.Write(e.Status.Name()); w.Write(e.Mode?.Name()); w.Write(e.Cameo.Value);
                w.Write(e.Goldstein); w.Write(p.ActorCode); w.Write(p.RecipientCode);
                w.Write(t.Country); w.Write(counts.Item1); w.Write(counts.Item2); w.Write(counts.Item3); w.Write(rep.Rid);
                await w.EndRowAsync();
                if (month is { } m && e.Status == StatsQuery.DefaultStatus)
                    rollup.Add(new StatsRollup.Merged(p.ActorCode, p.RecipientCode, t.Country, e.Category.Name(), e.Quad.Name(), m, e.Goldstein, counts.Item1), +1);
            }
            await w.CompleteAsync();
        }

        using (IngestProfile.Measure("write MergedEntities"))
        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.MergedEntities, cancel))
        {
            foreach (var (merged, rep) in representatives)
                for (var side = 0L; side <= 1; side++)
                {
                    var ids = side == 0 ? rep.ActorIds : rep.RecipientIds;
                    for (var k = 0; k < ids.Length; k++)
                    {
                        if (Array.IndexOf(ids, ids[k]) < k) continue; // an entity twice on one side is one row
                        await w.StartRowAsync();
                        w.Write(ids[k]); w.Write(side); w.Write(merged);
                        await w.EndRowAsync();
                    }
                }
            await w.CompleteAsync();
        }

        using (IngestProfile.Measure("write Mentions"))
        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.Mentions, cancel))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var (e, d) = items[i];
                await w.StartRowAsync();
                w.Write(e.Rid); w.Write(assigned[i].Id); w.Write(stories[d].DuplicateOf is null ? 0L : 1L);
                await w.EndRowAsync();
            }
            await w.CompleteAsync();
        }
        return created.Count;
    }

    static bool HasDay(List<MergeTarget> targets, int day)
    {
        foreach (var t in targets)
            if (t.Day == day) return true;
        return false;
    }

    /// <summary>
    /// GDELT-style counts of one merged event from its mentions (event id, document, source, whether
    /// the document is a reprint), by the rules <see cref="RecountAsync"/> applies in SQL.
    /// </summary>
    internal static (long Mentions, long Sources, long Articles, string Representative) Count(
        IEnumerable<(string EventId, string DocId, string? Source, bool Duplicate)> mentions)
    {
        long all = 0, originals = 0;
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        string? firstOriginal = null, firstAny = null;
        foreach (var (eventId, docId, source, duplicate) in mentions)
        {
            all++;
            sources.Add(source ?? docId);
            if (firstAny is null || string.CompareOrdinal(eventId, firstAny) < 0) firstAny = eventId;
            if (duplicate) continue;
            originals++;
            articles.Add(docId);
            if (firstOriginal is null || string.CompareOrdinal(eventId, firstOriginal) < 0) firstOriginal = eventId;
        }
        return originals > 0
            ? (originals, sources.Count, articles.Count, firstOriginal!)
            : (all, sources.Count, 1, firstAny!);
    }

    /// <summary>
    /// The merged_entities rows of stored merged events whose mentions changed, from their representative
    /// event as it is after <see cref="RecountAsync"/> (which may have chosen another, or deleted the merged event).
    /// </summary>
    async Task RefreshMergedEntitiesAsync(DbConnection connection, DbTransaction transaction, HashSet<long> touched, CancellationToken cancel)
    {
        if (touched.Count == 0) return;
        string[] statements =
        [
            $"DELETE FROM merged_entities WHERE {InList("merged_id", "@ids")}",
            $"INSERT INTO merged_entities SELECT DISTINCT l.entity_id, 0, g.id FROM merged_events g {RepresentativeLinks("event_actor")} WHERE {InList("g.id", "@ids")}",
            $"INSERT INTO merged_entities SELECT DISTINCT l.entity_id, 1, g.id FROM merged_events g {RepresentativeLinks("event_recipient")} WHERE {InList("g.id", "@ids")}",
        ];
        foreach (var sql in statements)
        {
            await using var command = Command(connection, transaction, sql);
            ListParameter(command, "@ids", touched);
            await command.ExecuteNonQueryAsync(cancel);
        }
    }

    /// <summary>Counts the stored merged events <paramref name="ids"/> into the rollup (+1) or out of it (-1), as they are now.</summary>
    async Task RollupTouchedAsync(DbConnection connection, DbTransaction transaction, HashSet<long> ids, StatsRollup rollup, int sign, CancellationToken cancel)
    {
        if (ids.Count == 0) return;
        await using var command = Command(connection, transaction, $"SELECT {StatsRollup.MergedColumns} FROM merged_events g WHERE {InList("g.id", "@ids")}");
        ListParameter(command, "@ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
            if (StatsRollup.Read(reader, 0) is { } merged) rollup.Add(merged, sign);
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
            UPDATE merged_events SET mentions = c.mentions, articles = c.articles, sources = c.sources,
                rep_event = (SELECT r.rid FROM events r WHERE r.id = c.rep)
            FROM (SELECT m.merged_id,
                    CASE WHEN sum(1 - m.duplicate) > 0 THEN sum(1 - m.duplicate) ELSE count(*) END AS mentions,
                    CASE WHEN sum(1 - m.duplicate) > 0 THEN count(DISTINCT CASE WHEN m.duplicate = 0 THEN e.doc_rid END) ELSE 1 END AS articles,
                    count(DISTINCT coalesce(d.source, d.id)) AS sources,
                    coalesce(min(CASE WHEN m.duplicate = 0 THEN e.id END), min(e.id)) AS rep
                  FROM {MentionsWithDocuments} WHERE {InList("m.merged_id", "@ids")} GROUP BY m.merged_id) AS c
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
