namespace Parley.Storage;

/// <summary>
/// Parley's event store: documents, the events coded from them, merged events with their mentions,
/// and the queries analysts run over them. One implementation per database (embedded SQLite,
/// PostgreSQL), the same schema and behaviour. Failures a user can fix (bad connection string,
/// unreachable server, read-only or full disk, a schema from a newer Parley) are
/// <see cref="StoreException"/>s with a message that names the fix; nothing already stored is lost.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages (a file path, or a server and database without password).</summary>
    string Description { get; }

    /// <summary>
    /// Stores a batch of coded documents in one transaction: all or nothing. Idempotent: a document
    /// stored with the same text and provenance is left alone; one whose text or provenance changed
    /// has its events replaced (the report counts what changed). Near-duplicate stories are linked
    /// to their original; events merge with the same event from other stories.
    /// </summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<CodedDocument> batch, Provenance provenance, CancellationToken cancel = default);

    /// <summary>Ids of stored documents coded with another provenance than this one, in id order, for `parley recode`.</summary>
    IAsyncEnumerable<string> StaleDocumentsAsync(Provenance current, EventQuery? filter = null, CancellationToken cancel = default);

    /// <summary>A stored document, or null.</summary>
    Task<StoredDocument?> GetDocumentAsync(string id, CancellationToken cancel = default);

    /// <summary>One page of events matching the query, in (date, id) order.</summary>
    Task<EventPage> QueryAsync(EventQuery query, CancellationToken cancel = default);

    /// <summary>A merged event and all its mentions with their evidence, or null.</summary>
    Task<EventDetail?> GetEventAsync(long mergedId, CancellationToken cancel = default);

    /// <summary>Counts, Goldstein sums and means, quad counts and change against a baseline.</summary>
    Task<IReadOnlyList<StatsRow>> StatsAsync(StatsQuery query, CancellationToken cancel = default);

    /// <summary>Actors whose name, country code or organisation starts with the prefix, most frequent first.</summary>
    Task<IReadOnlyList<ActorMatch>> SearchActorsAsync(string prefix, int limit = 20, CancellationToken cancel = default);

    /// <summary>Every event matching the query, page after page (its Limit and Cursor are ignored): what exports read.</summary>
    IAsyncEnumerable<StoredEvent> QueryAllAsync(EventQuery query, CancellationToken cancel = default);

    /// <summary>
    /// A number that is raised by every committed batch that changes documents or events (ingest,
    /// recode, watch) and by nothing else: whoever keeps answers computed from the store keeps them
    /// as long as the number stays the same. It comes from the database, so it covers other processes too.
    /// </summary>
    Task<long> VersionAsync(CancellationToken cancel = default);

    /// <summary>Row counts, for a status line and for tests: documents, raw events, merged events, mentions.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancel = default);
}

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(long Documents, long Duplicates, long Events, long MergedEvents, long Mentions, long Entities);
