using Parley.Model;

namespace Parley.Storage;

/// <summary>A document and the events Parley coded from it: the unit of ingest.</summary>
public sealed record CodedDocument(Article Article, IReadOnlyList<PloverEvent> Events, string? Language = null)
{
    /// <summary>
    /// The same document under another id, its text after <paramref name="prefix"/> and every date moved by
    /// <paramref name="move"/>: a separate document, story and events for benchmarks and tests, whose events still
    /// point at their words.
    /// </summary>
    public CodedDocument Copy(string id, string prefix, Func<DateOnly, DateOnly> move) =>
        new(Article with { Id = id, Text = prefix + Article.Text, Date = Article.Date is { } published ? move(published) : null },
            Events.Select(e => e with
            {
                Id = e.Id with { Doc = id },
                Doc = id,
                Date = e.Date is { } d ? d with { Date = move(d.Date) } : null,
                SpanStart = e.SpanStart + prefix.Length,
                SpanEnd = e.SpanEnd + prefix.Length,
            }).ToList(), Language);
}

/// <summary>What coded a document: Parley's version and the hash of its data (<see cref="Parley.Io.DataFingerprint"/>).</summary>
public sealed record Provenance(string ParleyVersion, string DataHash)
{
    /// <summary>The key a document stores: changes when either part changes.</summary>
    public string Key => $"{ParleyVersion}/{DataHash}";
}
