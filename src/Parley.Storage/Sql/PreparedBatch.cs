using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Parley.Model;
using Parley.Storage.Merging;

namespace Parley.Storage.Sql;

/// <summary>
/// A batch with everything ingest computes from the documents alone, before it touches the
/// database: content hashes, story signatures and their LSH band keys, and per event its id as
/// stored, merge key, primary codes, context JSON and entity ids. None of it depends on what is
/// stored, so <see cref="EventStores.IngestAllAsync"/> prepares the next batch on another core
/// while the database writes this one; and each value is computed once instead of once per table
/// that stores it.
/// </summary>
sealed class PreparedBatch
{
    public required List<PreparedDocument> Documents { get; init; }

    /// <summary>Events in document order, then in each document's order.</summary>
    public required PreparedEvent[] Events { get; init; }

    /// <summary>
    /// The stories linked ahead from a bulk load's memory (<see cref="SqlEventStore.PlanStories"/>), or null; used only if
    /// every document turns out new and the memory still answers for the store.
    /// </summary>
    public StoryLink[]? PlannedStories { get; set; }

    /// <summary>Documents and events in the batch as given, repeated documents included (what progress counts).</summary>
    public int OfferedDocuments { get; init; }

    /// <inheritdoc cref="OfferedDocuments"/>
    public int OfferedEvents { get; init; }

    /// <summary>
    /// Prepares a batch: a document repeated within it counts once (the last copy wins, as a later
    /// ingest would). <paramref name="signatures"/> computes story signatures now, on at most
    /// <paramref name="cores"/> cores; otherwise ingest computes them for the documents it writes (not for unchanged ones).
    /// </summary>
    public static PreparedBatch Prepare(IReadOnlyList<CodedDocument> batch, bool signatures, int cores = -1)
    {
        var last = new Dictionary<string, int>(batch.Count, StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++) last[batch[i].Article.Id] = i;
        // The order of first appearance, as GroupBy gave before: story linking compares later documents with earlier ones.
        var docs = new List<PreparedDocument>(last.Count);
        var placed = new HashSet<string>(last.Count, StringComparer.Ordinal);
        foreach (var d in batch)
            if (placed.Add(d.Article.Id)) docs.Add(new PreparedDocument(batch[last[d.Article.Id]]));
        if (signatures) Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = cores }, d => d.Sign());
        var events = new PreparedEvent[docs.Sum(d => d.Doc.Events.Count)];
        var n = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            docs[i].Hash = ContentHash(docs[i].Doc.Article.Text);
            docs[i].FirstEvent = n;
            foreach (var e in docs[i].Doc.Events) events[n++] = new PreparedEvent(e, i, docs[i].Doc.Article.Date);
        }
        return new PreparedBatch { Documents = docs, Events = events, OfferedDocuments = batch.Count, OfferedEvents = batch.Sum(d => d.Events.Count) };
    }

    static string ContentHash(string text)
    {
        // Hex of the first 16 bytes of SHA-256 over UTF-8: as before, without the full hex string and its copy.
        // A long text's bytes in a pooled buffer: a new one per article was a tenth of what a bulk load allocated.
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = max <= 8192 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        Span<byte> bytes = rented ?? stackalloc byte[max];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..length], hash);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(hash[..16]);
    }
}

/// <summary>A document of a <see cref="PreparedBatch"/>.</summary>
sealed class PreparedDocument(CodedDocument doc)
{
    public CodedDocument Doc { get; } = doc;
    public string Hash { get; set; } = "";
    /// <summary>The document's integer key (documents.rid), given when its batch is written: what its events, sentences and mentions hold.</summary>
    public long Rid { get; set; }
    /// <summary>Index of the document's first event in <see cref="PreparedBatch.Events"/>.</summary>
    public int FirstEvent { get; set; }
    public uint[]? Signature { get; private set; }
    public long[] BandKeys { get; private set; } = [];
    public double Threshold { get; private set; }

    /// <summary>Computes the story signature, its band keys and the similarity it needs to be linked.</summary>
    public void Sign()
    {
        if (Signature is not null) return;
        var signature = SqlEventStore.Stories.Signature(Doc.Article.Text);
        BandKeys = SqlEventStore.Stories.BandKeys(signature);
        Threshold = MinHash.ThresholdFor(Doc.Article.Text);
        Signature = signature;
    }
}

/// <summary>An event of a <see cref="PreparedBatch"/>, with the values its rows need.</summary>
sealed class PreparedEvent
{
    public PreparedEvent(PloverEvent e, int doc, DateOnly? published)
    {
        Event = e;
        Doc = doc;
        Id = e.Id.ToString();
        Day = EventRows.Day(e.Date?.Date);
        MergeDay = (e.Date?.Date ?? published)?.DayNumber;
        ActorCode = EventRows.PrimaryCode(e.Actor);
        RecipientCode = EventRows.PrimaryCode(e.Recipient);
        MergeKey = e.Status == EventStatus.Negated ? null : EventRows.MergeKey(e);
        Context = ContextJson(e.Context);
        ActorIds = EntityIds(e.Actor);
        RecipientIds = EntityIds(e.Recipient);
    }

    public PloverEvent Event { get; }
    /// <summary>Index of the event's document in <see cref="PreparedBatch.Documents"/>.</summary>
    public int Doc { get; }
    /// <summary>The event id as stored.</summary>
    public string Id { get; }
    /// <summary>The event's integer key (events.rid), given when its batch is written: what its links, mentions and merged event hold.</summary>
    public long Rid { get; set; }
    /// <summary>The event's own date as a day number (events.day).</summary>
    public long? Day { get; }
    /// <summary>The day merging uses: the event's date, else its document's.</summary>
    public int? MergeDay { get; }
    public string ActorCode { get; }
    public string RecipientCode { get; }
    /// <summary>Null for a negated event, which is not merged.</summary>
    public string? MergeKey { get; }
    public string Context { get; }
    public long[] ActorIds { get; }
    public long[] RecipientIds { get; }

    static long[] EntityIds(IReadOnlyList<EventEntity> side)
    {
        if (side.Count == 0) return [];
        var ids = new long[side.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = EventRows.EntityId(side[i].Entity);
        return ids;
    }

    /// <summary>The JSON of each distinct context list, serialised once: a few dozen combinations recur in millions of events.</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ContextCache = new(StringComparer.Ordinal);

    static string ContextJson(IReadOnlyList<PloverContext> context)
    {
        if (context.Count == 0) return "[]";
        Span<char> key = stackalloc char[context.Count];
        for (var i = 0; i < key.Length; i++) key[i] = (char)(context[i] + 1);
        var lookup = ContextCache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var json)) return json;
        json = JsonSerializer.Serialize(context.Select(c => c.Name()));
        if (ContextCache.Count < 100_000) ContextCache.TryAdd(new string(key), json);
        return json;
    }
}
