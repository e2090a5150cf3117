using System.Data.Common;
using Parley.Model;
using Parley.Storage.Merging;

namespace Parley.Storage.Sql;

abstract partial class SqlEventStore
{
    /// <summary>Story signatures, shared by every store so that stored signatures stay comparable.</summary>
    internal static readonly MinHash Stories = new();

    /// <summary>Only stories published this many days apart or less are compared: a reprint follows its original closely.</summary>
    internal const int StoryWindowDays = 7;

    public async Task<IngestReport> IngestAsync(IReadOnlyList<CodedDocument> batch, Provenance provenance, CancellationToken cancel = default)
    {
        await Guard(() => EnsureQueryIndexesAsync(cancel));
        return await IngestAsync(PreparedBatch.Prepare(batch, signatures: false), provenance, null, null, cancel);
    }

    /// <summary>
    /// <see cref="EventStores.IngestAllAsync"/> for this store: while one batch is written, the next
    /// is read from the source and prepared (<see cref="PreparedBatch"/>) on another thread. Writing
    /// is one connection's work on one core; reading the source and preparing is most of the rest.
    /// </summary>
    internal async Task<IngestReport> IngestAllAsync(IEnumerable<CodedDocument> documents, Provenance provenance, int batchSize,
        IProgress<IngestProgress>? progress, CancellationToken cancel)
    {
        var report = new IngestReport();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long docs = 0, events = 0;
        using var source = documents.GetEnumerator();
        // One preparation at a time, each awaited before the next starts: the source is read by one thread at a time.
        // It leaves one core to the writer: on every core, its story signatures took the writer's core at the
        // start of each batch (link stories 12 to 15 s at 1 M events, most of it waiting for the core).
        var cores = Math.Max(1, Environment.ProcessorCount - 1);
        LoadMemory? memory = null;
        // A bulk load also links the batch's stories here, from its memory, once the batch before has linked its own.
        Task<PreparedBatch?> Prepare(Task linkedBefore) => Task.Run(async () =>
        {
            var batch = new List<CodedDocument>(batchSize);
            using (IngestProfile.Measure("ahead: read the source"))
                while (batch.Count < batchSize && source.MoveNext()) batch.Add(source.Current);
            if (batch.Count == 0) return null;
            PreparedBatch prepared;
            using (IngestProfile.Measure("ahead: prepare the batch")) prepared = PreparedBatch.Prepare(batch, signatures: true, cores);
            await linkedBefore;
            if (memory is { } m)
                using (IngestProfile.Measure("ahead: link stories"))
                    prepared.PlannedStories = PlanStories(prepared.Documents, m);
            return prepared;
        }, cancel);
        // Into an empty store the indexes only queries read are built once at the end (Schema.QueryIndexes), and on
        // PostgreSQL the documents' key to provenance is checked once there (DeferredByBulkLoad);
        // into any other, one that a bulk load stopped before its end left out is built first.
        // Into an empty store, the load also remembers what it stored (LoadMemory) instead of reading it back.
        using (IngestProfile.Measure("drop or build query indexes"))
        {
            memory = await Guard(() => DeferQueryIndexesAsync(cancel));
            if (memory is null) await Guard(() => EnsureQueryIndexesAsync(cancel));
        }
        var deferred = memory is not null;
        var next = Prepare(Task.CompletedTask);
        // The writer idles here when the preparation is behind: its time is wall clock the writer did not use.
        async Task<PreparedBatch?> NextAsync()
        {
            using (IngestProfile.Measure("wait for the next batch")) return await next;
        }
        var finished = false;
        try
        {
            while (await NextAsync() is { } batch)
            {
                var linked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                next = Prepare(linked.Task);
                report += await IngestAsync(batch, provenance, memory, linked, cancel);
                docs += batch.OfferedDocuments;
                events += batch.OfferedEvents;
                progress?.Report(new IngestProgress(docs, events, clock.Elapsed));
            }
            finished = true;
        }
        finally
        {
            // The source must not be disposed under a preparation still reading it; a failure of the batch
            // being written is the one reported, not the next batch's.
            await ((Task)next).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            // After a failure or a cancellation the indexes are still built if they can be; if not, the next ingest builds them.
            if (deferred && !finished)
                try { await EnsureQueryIndexesAsync(CancellationToken.None); }
                catch (Exception) { }
        }
        if (deferred)
            using (IngestProfile.Measure("build query indexes"))
                await Guard(() => EnsureQueryIndexesAsync(cancel));
        if (report.EventsAdded >= BulkEvents)
            using (IngestProfile.Measure("after the batches (PostgreSQL: ANALYZE)"))
                await Guard(async () => { await AfterBulkIngestAsync(cancel); return 0; });
        return report;
    }

    /// <summary>
    /// Drops the indexes only queries read (<see cref="Schema.QueryIndexes"/>), and whatever else <see cref="DeferredByBulkLoad"/> names, when the store holds no
    /// document, so that a bulk load does not maintain them row by row; then returns the load's memory
    /// of what it stores (<see cref="LoadMemory"/>, from the store's version now), else null.
    /// </summary>
    async Task<LoadMemory?> DeferQueryIndexesAsync(CancellationToken cancel)
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await BeginIngestAsync(connection, transaction, cancel);
        if (await ScalarAsync(connection, transaction, "SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1) d", cancel) is > 0L) return null;
        var version = await StoreVersionAsync(connection, transaction, cancel);
        // No document has ever been stored, so no rollup row either; checked all the same, as LoadMemory appends new rows.
        var noStats = await ScalarAsync(connection, transaction, "SELECT count(*) FROM (SELECT 1 FROM stats_months LIMIT 1) s", cancel) is 0L;
        foreach (var deferred in DeferredByBulkLoad) await ExecuteAsync(connection, transaction, deferred.Drop, cancel);
        await transaction.CommitAsync(cancel);
        queryIndexesComplete = false;
        return new LoadMemory(version, noStats);
    }

    static async Task<long> StoreVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancel) =>
        await ScalarAsync(connection, transaction, "SELECT version FROM store_version WHERE id = 1", cancel) is long n ? n : 0;

    /// <summary>
    /// Whether this store object has seen every one of <see cref="DeferredByBulkLoad"/> in place: then a batch
    /// needs no look at the catalogue (`parley ingest` writes a batch every 500 documents, `parley watch` one per page).
    /// </summary>
    volatile bool queryIndexesComplete;

    /// <summary>Builds those of <see cref="DeferredByBulkLoad"/> the store lacks, unless this store object has seen them all.</summary>
    async Task<int> EnsureQueryIndexesAsync(CancellationToken cancel)
    {
        if (queryIndexesComplete) return 0;
        await using var connection = await OpenConnectionAsync(cancel);
        var missing = await MissingQueryIndexesAsync(connection, cancel);
        if (missing.Count > 0)
        {
            await IndexBuildSettingsAsync(connection, building: true, cancel);
            try
            {
                await using var transaction = await connection.BeginTransactionAsync(cancel);
                await BeginIngestAsync(connection, transaction, cancel);
                foreach (var deferred in missing) await ExecuteAsync(connection, transaction, deferred.Create, cancel);
                await transaction.CommitAsync(cancel);
            }
            finally { await IndexBuildSettingsAsync(connection, building: false, CancellationToken.None); }
        }
        queryIndexesComplete = true;
        return missing.Count;
    }

    async Task<List<Schema.Deferred>> MissingQueryIndexesAsync(DbConnection connection, CancellationToken cancel)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var command = Command(connection, null, IndexNamesQuery))
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel)) present.Add(reader.GetString(0));
        return DeferredByBulkLoad.Where(d => !present.Contains(d.Name)).ToList();
    }

    /// <summary>Ingests a batch prepared beforehand (<see cref="PreparedBatch"/>), in one transaction.</summary>
    /// <param name="linked">Set once the batch's stories are linked (or it failed before): the next batch's preparation waits for it.</param>
    internal Task<IngestReport> IngestAsync(PreparedBatch batch, Provenance provenance, LoadMemory? memory, TaskCompletionSource? linked,
        CancellationToken cancel) =>
        Guard(async () =>
        {
            try { return await WriteBatchAsync(batch, provenance, memory, linked, cancel); }
            finally { linked?.TrySetResult(); }
        });

    async Task<IngestReport> WriteBatchAsync(PreparedBatch batch, Provenance provenance, LoadMemory? memory, TaskCompletionSource? linked, CancellationToken cancel)
    {
        if (batch.Documents.Count == 0) return new IngestReport();
        await using var connection = await OpenConnectionAsync(cancel);
        // A bulk load's batches store documents without a per-row check of their key to provenance: each batch stores its
        // provenance row first, in the same transaction (CheckAsync verifies it). Turned on again before the connection is reused.
        var keysOff = memory is { Usable: true } && await BulkSettingsAsync(connection, bulk: true, cancel);
        try { return await WriteBatchAsync(connection, batch, provenance, memory, linked, keysOff, cancel); }
        finally
        {
            if (keysOff) await BulkSettingsAsync(connection, bulk: false, CancellationToken.None);
        }
    }

    async Task<IngestReport> WriteBatchAsync(DbConnection connection, PreparedBatch batch, Provenance provenance, LoadMemory? memory,
        TaskCompletionSource? linked, bool keysOff, CancellationToken cancel)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var entities = new List<long>();
        var report = await IngestAsync(connection, transaction, batch, provenance, memory, linked, keysOff, entities, cancel);
        // Last before the commit: on PostgreSQL the row stays locked until then, and concurrent writers queue only here.
        if (report.DocumentsAdded + report.DocumentsReplaced > 0)
        {
            await ExecuteAsync(connection, transaction, "UPDATE store_version SET version = version + 1 WHERE id = 1", cancel);
            memory?.Raised();
        }
        using (IngestProfile.Measure("commit")) await transaction.CommitAsync(cancel);
        // Only once committed: a rolled-back batch leaves its entities unwritten.
        foreach (var id in entities) storedEntities.TryAdd(id, 0);
        return report;
    }

    /// <summary>
    /// Entities this store object has committed. Entities are never deleted, so one known here needs
    /// no insert (and no unique-index probe) again; a few thousand entities recur in millions of events.
    /// </summary>
    readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> storedEntities = new();

    async Task<IngestReport> IngestAsync(DbConnection connection, DbTransaction transaction, PreparedBatch batch, Provenance provenance,
        LoadMemory? memory, TaskCompletionSource? linked, bool keysOff, List<long> newEntities, CancellationToken cancel)
    {
        using (IngestProfile.Measure("begin (lock, provenance; PostgreSQL: ANALYZE)"))
        {
            await BeginIngestAsync(connection, transaction, cancel);
            // Under the writer lock: has another writer committed since the load's last batch?
            if (memory is { Usable: true }) memory.Check(await StoreVersionAsync(connection, transaction, cancel));
            if (memory is { Usable: false }) memory = null;
            if (memory is not null) await BulkBatchAsync(connection, transaction, ++memory.Batches, cancel);
            await using var command = Command(connection, transaction,
                "INSERT INTO provenance (key, parley_version, data_hash) VALUES (@k, @v, @h) ON CONFLICT DO NOTHING");
            Add(command, "@k", provenance.Key);
            Add(command, "@v", provenance.ParleyVersion);
            Add(command, "@h", provenance.DataHash);
            await command.ExecuteNonQueryAsync(cancel);
        }

        var stored = new Dictionary<string, (string Hash, string Provenance)>(StringComparer.Ordinal);
        // A load into an empty store asks only about ids it may have stored itself (usually none).
        var ids = batch.Documents.Select(d => d.Doc.Article.Id).Where(id => memory is null || memory.MayHold(id)).ToList();
        if (ids.Count > 0)
            using (IngestProfile.Measure("read stored documents"))
            await using (var command = Command(connection, transaction, $"SELECT id, content_hash, provenance FROM documents WHERE {InList("id", "@ids")}"))
            {
                ListParameter(command, "@ids", ids);
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel)) stored[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }

        var write = new List<PreparedDocument>(batch.Documents.Count);
        var replaced = new List<string>();
        var unchanged = 0;
        foreach (var doc in batch.Documents)
        {
            if (stored.TryGetValue(doc.Doc.Article.Id, out var old))
            {
                if (old.Hash == doc.Hash && old.Provenance == provenance.Key) { unchanged++; continue; }
                replaced.Add(doc.Doc.Article.Id);
            }
            write.Add(doc);
        }
        if (write.Count == 0) return new IngestReport { DocumentsUnchanged = unchanged };

        var touched = new HashSet<long>();
        var before = replaced.Count == 0 ? [] : await EventKeysAsync(connection, transaction, replaced, cancel);
        if (replaced.Count > 0)
        {
            await DeleteDocumentsAsync(connection, transaction, replaced, touched, cancel);
            memory?.Replaced();
        }
        if (memory is not null)
            foreach (var doc in write) memory.Stored(doc.Doc.Article.Id);

        StoryLink[] stories;
        using (IngestProfile.Measure("link stories"))
        {
            // Linked ahead from the load's memory, which still answers for the store, and every document new: as read here.
            stories = batch.PlannedStories is { } planned && memory is not null && replaced.Count == 0 && write.Count == batch.Documents.Count
                ? planned
                : await LinkStoriesAsync(connection, transaction, write, cancel);
            memory?.Linked(write, stories);
            linked?.TrySetResult();
        }
        using (IngestProfile.Measure("write documents, events, links")) await WriteDocumentsAsync(connection, transaction, write, batch.Events, provenance, stories, keysOff, newEntities, cancel);
        int created;
        // The rollup of an earlier batch, emptied, when no other batch holds it; a new one sized for a row per two events
        // (about one in three at 1 M events): growing it was a third of the rollup's allocations.
        var rollup = Interlocked.Exchange(ref spareRollup, null) ?? new StatsRollup(batch.Events.Length / 2);
        try
        {
            using (IngestProfile.Measure("merge events")) created = await MergeEventsAsync(connection, transaction, write, batch.Events, stories, touched, rollup, memory, cancel);
            using (IngestProfile.Measure("recount"))
            {
                // Stored merged events whose mentions changed leave the rollup as they were and enter it as they are now.
                await RollupTouchedAsync(connection, transaction, touched, rollup, -1, cancel);
                await RecountAsync(connection, transaction, touched, cancel);
                await RollupTouchedAsync(connection, transaction, touched, rollup, +1, cancel);
                await RefreshMergedEntitiesAsync(connection, transaction, touched, cancel);
            }
            using (IngestProfile.Measure("write StatsMonths"))
                if (!rollup.IsEmpty)
                {
                    // In a bulk load, rows the table cannot hold yet are appended; the others are summed into.
                    var fresh = memory is null ? 0 : rollup.MarkNew(memory.NewStatsRow);
                    if (fresh > 0)
                        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.NewStatsMonths, cancel))
                            await rollup.WriteAsync(w, marked: true);
                    if (fresh < rollup.Count)
                        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.StatsMonths, cancel))
                            await rollup.WriteAsync(w, marked: false);
                }
        }
        finally
        {
            // Kept only at the size of ordinary batches: one batch of millions of documents would hold its rows for good.
            if (rollup.Count <= MaxSpareRollupRows)
            {
                rollup.Clear();
                spareRollup = rollup;
            }
        }

        var changes = replaced.Select(id => Diff(id, before.GetValueOrDefault(id) ?? [], write.First(d => d.Doc.Article.Id == id).Doc.Events)).ToList();
        var removed = before.Values.Sum(v => v.Count);
        return new IngestReport
        {
            DocumentsAdded = write.Count - replaced.Count,
            DocumentsReplaced = replaced.Count,
            DocumentsUnchanged = unchanged,
            Duplicates = stories.Count(s => s.DuplicateOf is not null),
            EventsAdded = write.Sum(w => w.Doc.Events.Count),
            EventsRemoved = removed,
            EventsRecategorised = changes.Sum(c => c.Recategorised),
            MergedCreated = created,
            Changes = changes,
        };
    }

    /// <summary>A batch's rollup, kept emptied for the next batch (<see cref="StatsRollup.Clear"/>); taken by one batch at a time.</summary>
    StatsRollup? spareRollup;

    const int MaxSpareRollupRows = 100_000;

    /// <summary>The stored events of documents, keyed by where their words are, for the recode report.</summary>
    async Task<Dictionary<string, List<(int Sentence, int Start, int End, string Category)>>> EventKeysAsync(
        DbConnection connection, DbTransaction transaction, List<string> docIds, CancellationToken cancel)
    {
        var keys = new Dictionary<string, List<(int, int, int, string)>>(StringComparer.Ordinal);
        await using var command = Command(connection, transaction,
            $"SELECT d.id, e.sentence, e.span_start, e.span_end, e.category FROM events e JOIN documents d ON d.rid = e.doc_rid WHERE {InList("d.id", "@ids")}");
        ListParameter(command, "@ids", docIds);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var doc = reader.GetString(0);
            if (!keys.TryGetValue(doc, out var list)) keys[doc] = list = [];
            list.Add(((int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), reader.GetString(4)));
        }
        return keys;
    }

    static DocumentChange Diff(string docId, List<(int Sentence, int Start, int End, string Category)> before, IReadOnlyList<PloverEvent> after)
    {
        var old = before.GroupBy(b => (b.Sentence, b.Start, b.End)).ToDictionary(g => g.Key, g => g.Select(b => b.Category).ToHashSet());
        var now = after.GroupBy(e => (e.Sentence, e.SpanStart, e.SpanEnd)).ToDictionary(g => g.Key, g => g.Select(e => e.Category.Name()).ToHashSet());
        int added = 0, removed = 0, recategorised = 0;
        foreach (var (key, categories) in now)
        {
            if (!old.TryGetValue(key, out var was)) { added += categories.Count; continue; }
            // Same words, other category: a recategorisation, not a removal plus an addition.
            var gone = was.Except(categories).Count();
            var come = categories.Except(was).Count();
            recategorised += Math.Min(gone, come);
            added += Math.Max(0, come - gone);
            removed += Math.Max(0, gone - come);
        }
        removed += old.Where(o => !now.ContainsKey(o.Key)).Sum(o => o.Value.Count);
        return new DocumentChange(docId, added, removed, recategorised);
    }

    async Task DeleteDocumentsAsync(DbConnection connection, DbTransaction transaction, List<string> docIds, HashSet<long> touched, CancellationToken cancel)
    {
        var documents = $"SELECT rid FROM documents WHERE {InList("id", "@ids")}";
        var events = $"SELECT rid FROM events WHERE doc_rid IN ({documents})";
        await using (var command = Command(connection, transaction, $"SELECT DISTINCT merged_id FROM mentions WHERE event_rid IN ({events})"))
        {
            ListParameter(command, "@ids", docIds);
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel)) touched.Add(reader.GetInt64(0));
        }
        string[] deletes =
        [
            $"DELETE FROM event_actor WHERE event_rid IN ({events})",
            $"DELETE FROM event_recipient WHERE event_rid IN ({events})",
            $"DELETE FROM mentions WHERE event_rid IN ({events})",
            $"DELETE FROM events WHERE doc_rid IN ({documents})",
            $"DELETE FROM sentences WHERE doc_rid IN ({documents})",
            $"DELETE FROM documents WHERE {InList("id", "@ids")}",
        ];
        foreach (var sql in deletes)
        {
            await using var command = Command(connection, transaction, sql);
            ListParameter(command, "@ids", docIds);
            await command.ExecuteNonQueryAsync(cancel);
        }
    }

    async Task WriteDocumentsAsync(DbConnection connection, DbTransaction transaction, List<PreparedDocument> write, PreparedEvent[] events,
        Provenance provenance, StoryLink[] stories, bool keysOff, List<long> newEntities, CancellationToken cancel)
    {
        // Integer keys in the order written (documents', then events'), so that the tables keyed by them grow at their end.
        // Safe without a sequence: one ingest at a time (SQLite's IMMEDIATE transaction, PostgreSQL's WriterLock).
        using (IngestProfile.Measure("write Documents"))
        {
            var next = await ScalarAsync(connection, transaction, "SELECT coalesce(max(rid), 0) + 1 FROM documents", cancel) is long first ? first : 1;
            foreach (var doc in write) doc.Rid = next++;
        }
        // One table at a time: PostgreSQL allows one COPY per connection.
        using (IngestProfile.Measure("write Documents"))
        await using (var w = await OpenWriterAsync(connection, transaction, keysOff ? TableShape.Documents with { ForeignKey = false } : TableShape.Documents, cancel))
        {
            var provenanceKey = provenance.Key;
            for (var i = 0; i < write.Count; i++)
            {
                var a = write[i].Doc.Article;
                var story = stories[i];
                await w.StartRowAsync();
                w.Write(write[i].Rid); w.Write(a.Id); w.Write(a.Url); w.Write(a.Source); w.Write(a.Title); w.Write(EventRows.Day(a.Date));
                w.Write(write[i].Hash); w.Write(write[i].Doc.Language); w.Write(a.Text); w.Write(provenanceKey);
                w.Write(story.DuplicateOf); w.Write(story.Similarity); w.Write(story.Signature);
                await w.EndRowAsync();
            }
            await w.CompleteAsync();
        }
        using (IngestProfile.Measure("write Sentences"))
        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.Sentences, cancel))
        {
            var seen = new HashSet<int>();
            foreach (var doc in write)
            {
                seen.Clear();
                foreach (var e in doc.Doc.Events)
                {
                    if (!seen.Add(e.Sentence)) continue;
                    var start = doc.Doc.Article.Text.IndexOf(e.Text, StringComparison.Ordinal);
                    await w.StartRowAsync();
                    w.Write(doc.Rid); w.Write(e.Sentence); w.Write(start < 0 ? null : start); w.Write(e.Text);
                    await w.EndRowAsync();
                }
            }
            await w.CompleteAsync();
        }
        using (IngestProfile.Measure("write Events"))
        {
            var rid = await ScalarAsync(connection, transaction, "SELECT coalesce(max(rid), 0) + 1 FROM events", cancel) is long first ? first : 1;
            foreach (var doc in write)
                for (var i = doc.FirstEvent; i < doc.FirstEvent + doc.Doc.Events.Count; i++)
                    events[i].Rid = rid++;
        }
        using (IngestProfile.Measure("write Events"))
        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.Events, cancel))
        {
            foreach (var doc in write)
                for (var i = doc.FirstEvent; i < doc.FirstEvent + doc.Doc.Events.Count; i++)
                    await EventRows.WriteEventAsync(w, events[i], doc.Rid);
            await w.CompleteAsync();
        }
        using (IngestProfile.Measure("write Entities"))
        await using (var w = await OpenWriterAsync(connection, transaction, TableShape.Entities, cancel))
        {
            var seen = new HashSet<long>();
            foreach (var doc in write)
                for (var i = doc.FirstEvent; i < doc.FirstEvent + doc.Doc.Events.Count; i++)
                    for (var actor = 0; actor <= 1; actor++)
                    {
                        var (ids, side) = actor == 0 ? (events[i].ActorIds, events[i].Event.Actor) : (events[i].RecipientIds, events[i].Event.Recipient);
                        for (var k = 0; k < ids.Length; k++)
                            if (!storedEntities.ContainsKey(ids[k]) && seen.Add(ids[k]))
                            {
                                await EventRows.WriteEntityAsync(w, ids[k], side[k].Entity);
                                newEntities.Add(ids[k]);
                            }
                    }
            await w.CompleteAsync();
        }
        foreach (var (shape, actor) in new[] { (TableShape.EventActor, true), (TableShape.EventRecipient, false) })
        {
            using var phase = IngestProfile.Measure("write links");
            await using var w = await OpenWriterAsync(connection, transaction, shape, cancel);
            foreach (var doc in write)
                for (var i = doc.FirstEvent; i < doc.FirstEvent + doc.Doc.Events.Count; i++)
                {
                    var e = events[i];
                    await EventRows.WriteLinksAsync(w, e.Rid, actor ? e.Event.Actor : e.Event.Recipient, actor ? e.ActorIds : e.RecipientIds);
                }
            await w.CompleteAsync();
        }
    }
}
