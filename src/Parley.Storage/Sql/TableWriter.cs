namespace Parley.Storage.Sql;

/// <summary>
/// Appends rows to one table inside the ingest transaction: prepared, reused INSERTs on SQLite,
/// binary COPY on PostgreSQL. Values are written in the table's column order, then
/// <see cref="EndRowAsync"/>. Typed overloads keep PostgreSQL's COPY free of boxing.
/// </summary>
abstract class TableWriter : IAsyncDisposable
{
    public abstract ValueTask StartRowAsync();
    public abstract void Write(string? value);
    public abstract void Write(long? value);
    public abstract void Write(double? value);
    public abstract void Write(byte[]? value);
    /// <summary>A story signature, stored as its bytes (<see cref="Merging.MinHash.ToBytes"/>).</summary>
    public virtual void Write(uint[] signature) => Write(Merging.MinHash.ToBytes(signature));
    public abstract ValueTask EndRowAsync();
    /// <summary>Finishes the table's rows (COPY completes here; rows are not visible before).</summary>
    public abstract ValueTask CompleteAsync();
    public abstract ValueTask DisposeAsync();
}

/// <summary>
/// A table's name and its columns, in the order rows are written; <paramref name="OnConflict"/>,
/// when given, is what a row whose key exists does instead (DO NOTHING, or DO UPDATE ...);
/// <paramref name="ForeignKey"/>, whether a row is checked against another table's keys.
/// </summary>
sealed record TableShape(string Name, string[] Columns, string? OnConflict = null, bool ForeignKey = false)
{
    public static readonly TableShape Documents = new("documents",
        ["rid", "id", "url", "source", "title", "day", "content_hash", "language", "text", "provenance", "duplicate_of", "similarity", "minhash"],
        ForeignKey: true);
    public static readonly TableShape Sentences = new("sentences", ["doc_rid", "idx", "start_offset", "text"]);
    public static readonly TableShape Events = new("events",
    [
        "rid", "id", "doc_rid", "sentence", "day", "date_precision", "category", "quad", "mode", "context", "status", "intensity",
        "cameo", "goldstein", "loc_text", "loc_name", "loc_country", "loc_lat", "loc_lon", "event_text", "span_start",
        "span_end", "rule", "actor_code", "recipient_code",
    ]);
    public static readonly TableShape Entities = new("entities",
        ["id", "name", "name_key", "country", "sector", "title", "org", "org_type", "kind"], OnConflict: "DO NOTHING");
    public static readonly TableShape EventActor = new("event_actor",
        ["event_rid", "pos", "entity_id", "text", "start_offset", "end_offset"]);
    public static readonly TableShape EventRecipient = EventActor with { Name = "event_recipient" };
    public static readonly TableShape MergedEvents = new("merged_events",
    [
        "id", "merge_key", "day", "week", "month", "year", "category", "quad", "status", "mode", "cameo", "goldstein",
        "actor_code", "recipient_code", "country", "mentions", "sources", "articles", "rep_event",
    ]);
    public static readonly TableShape MergedEntities = new("merged_entities", ["entity_id", "side", "merged_id"]);
    public static readonly TableShape Mentions = new("mentions", ["event_rid", "merged_id", "duplicate"]);
    static readonly string[] StatsSums =
    [
        "events", "mentions", "goldstein", "goldstein_mentions",
        "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", .. Schema.QuadColumns,
    ];

    /// <summary>A batch's rollup changes: a row whose key exists has the changes added to its sums.</summary>
    public static readonly TableShape StatsMonths = new("stats_months", ["grp", "key", "key2", "month", .. StatsSums],
        OnConflict: "(grp, month, key, key2) DO UPDATE SET " + string.Join(", ", StatsSums.Select(c => $"{c} = stats_months.{c} + excluded.{c}")));

    /// <summary>Rollup rows known not to exist yet (<see cref="LoadMemory.NewStatsRow"/>): appended, on PostgreSQL by plain COPY.</summary>
    public static readonly TableShape NewStatsMonths = StatsMonths with { OnConflict = null };
}
