using Parley.Storage.Postgres;
using Parley.Storage.Sqlite;

namespace Parley.Storage;

/// <summary>
/// Opens the store a user names: a PostgreSQL connection string (postgres://... or Host=...) or a
/// file path for the embedded store. With no name, the environment variable PARLEY_STORE, else
/// parley.db in the working directory.
/// </summary>
public static class EventStores
{
    public const string EnvironmentVariable = "PARLEY_STORE";
    public const string DefaultFile = "parley.db";

    /// <summary>What <paramref name="location"/> (or PARLEY_STORE, or the default) resolves to.</summary>
    public static string Resolve(string? location) =>
        !string.IsNullOrWhiteSpace(location) ? location
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultFile;

    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating or migrating) the store; throws <see cref="StoreException"/> with a fix for user errors.</summary>
    public static Task<IEventStore> OpenAsync(string? location = null, CancellationToken cancel = default) => OpenAsync(location, null, cancel);

    /// <summary>
    /// <see cref="OpenAsync(string?, CancellationToken)"/>, telling <paramref name="upgrading"/> before a stored
    /// schema is upgraded: on a store of millions of events that takes minutes (73 s at 5 million for
    /// version 6), and a user should know why nothing happens yet.
    /// </summary>
    public static Task<IEventStore> OpenAsync(string? location, Action<string>? upgrading, CancellationToken cancel = default)
    {
        var resolved = Resolve(location);
        return IsPostgres(resolved) ? PostgresEventStore.OpenAsync(resolved, upgrading, cancel) : SqliteEventStore.OpenAsync(resolved, upgrading, cancel);
    }

    /// <summary>
    /// Ingests documents in batches (one transaction each), reporting progress after every batch. The
    /// embedded and PostgreSQL stores read and prepare the next batch on another thread while one is written.
    /// </summary>
    public static async Task<IngestReport> IngestAllAsync(this IEventStore store, IEnumerable<CodedDocument> documents, Provenance provenance,
        int batchSize = 500, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        if (store is Sql.SqlEventStore sql) return await sql.IngestAllAsync(documents, provenance, batchSize, progress, cancel);
        var report = new IngestReport();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long docs = 0, events = 0;
        var batch = new List<CodedDocument>(batchSize);
        async Task Flush()
        {
            report += await store.IngestAsync(batch, provenance, cancel);
            docs += batch.Count;
            events += batch.Sum(d => d.Events.Count);
            batch.Clear();
            progress?.Report(new IngestProgress(docs, events, clock.Elapsed));
        }
        foreach (var doc in documents)
        {
            batch.Add(doc);
            if (batch.Count >= batchSize) await Flush();
        }
        if (batch.Count > 0) await Flush();
        return report;
    }
}
