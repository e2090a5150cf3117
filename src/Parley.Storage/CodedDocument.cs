using Parley.Model;

namespace Parley.Storage;

/// <summary>A document and the events Parley coded from it: the unit of ingest.</summary>
public sealed record CodedDocument(Article Article, IReadOnlyList<PloverEvent> Events, string? Language = null);

/// <summary>What coded a document: Parley's version and the hash of its data (<see cref="Parley.Io.DataFingerprint"/>).</summary>
public sealed record Provenance(string ParleyVersion, string DataHash)
{
    /// <summary>The key a document stores: changes when either part changes.</summary>
    public string Key => $"{ParleyVersion}/{DataHash}";
}
