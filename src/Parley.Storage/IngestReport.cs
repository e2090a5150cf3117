namespace Parley.Storage;

/// <summary>What one ingest (or recode) batch did to the store.</summary>
public sealed record IngestReport
{
    /// <summary>Documents new to the store.</summary>
    public int DocumentsAdded { get; init; }
    /// <summary>Documents already stored whose text or provenance changed: their events were replaced.</summary>
    public int DocumentsReplaced { get; init; }
    /// <summary>Documents already stored with the same text and provenance: nothing was written.</summary>
    public int DocumentsUnchanged { get; init; }
    /// <summary>New or replaced documents found to be copies or near-copies of a stored story.</summary>
    public int Duplicates { get; init; }
    public int EventsAdded { get; init; }
    public int EventsRemoved { get; init; }
    /// <summary>Events whose words (same sentence, same span) now carry another category.</summary>
    public int EventsRecategorised { get; init; }
    /// <summary>Merged events created by this batch (events not seen in any stored story).</summary>
    public int MergedCreated { get; init; }
    /// <summary>Per replaced document: what changed, for `parley recode`.</summary>
    public IReadOnlyList<DocumentChange> Changes { get; init; } = [];

    public static IngestReport operator +(IngestReport a, IngestReport b) => new()
    {
        DocumentsAdded = a.DocumentsAdded + b.DocumentsAdded,
        DocumentsReplaced = a.DocumentsReplaced + b.DocumentsReplaced,
        DocumentsUnchanged = a.DocumentsUnchanged + b.DocumentsUnchanged,
        Duplicates = a.Duplicates + b.Duplicates,
        EventsAdded = a.EventsAdded + b.EventsAdded,
        EventsRemoved = a.EventsRemoved + b.EventsRemoved,
        EventsRecategorised = a.EventsRecategorised + b.EventsRecategorised,
        MergedCreated = a.MergedCreated + b.MergedCreated,
        Changes = [.. a.Changes, .. b.Changes],
    };
}

/// <summary>How a replaced document's events changed.</summary>
public sealed record DocumentChange(string DocumentId, int Added, int Removed, int Recategorised);

/// <summary>Ingest progress, reported after every batch.</summary>
public readonly record struct IngestProgress(long Documents, long Events, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;
}
