using Parley.Sources.Languages;

namespace Parley.Sources;

/// <summary>
/// Limits and defaults for reading sources. The limits protect a run from inputs that would exhaust
/// memory or disk (a 50 MB page, a zip bomb); each one crossed becomes a problem naming the source.
/// </summary>
public sealed record SourceOptions
{
    /// <summary>The publication date given to plain-text files, which carry none of their own.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>A page, feed, text file or WARC payload larger than this is rejected unread.</summary>
    public long MaxDocumentBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>All the bytes that archives and gzip streams of one input may expand to, together.</summary>
    public long MaxExpandedBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Entries that the archives of one input may hold, together.</summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>
    /// How many times larger than its compressed size an archive entry may grow. Text and HTML
    /// compress 3 to 20 times; a zip bomb hundreds or thousands of times.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Archives inside archives deeper than this are not opened.</summary>
    public int MaxNesting { get; init; } = 4;

    /// <summary>Detects each document's language when its input does not give it; null leaves it unset.</summary>
    public LanguageDetector? Languages { get; init; } = LanguageDetector.Default;

    public static SourceOptions Default { get; } = new();
}
