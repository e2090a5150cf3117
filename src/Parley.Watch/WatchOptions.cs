using Parley.Io;
using Parley.Sources;

namespace Parley.Watch;

/// <summary>
/// How politely and how often the watcher fetches. The defaults suit news sites: a feed every 15
/// minutes, at most two requests at once to one host and a second between their starts, 30 seconds
/// for a whole answer, no page over 50 MB, five redirects at most.
/// </summary>
public sealed record WatchOptions
{
    /// <summary>How often each feed is polled when it answers well.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait between polls of a feed that keeps failing.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long one request may take, from sending it to the last byte of the answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The least time between the starts of two requests to one host (robots.txt's Crawl-delay can raise it).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many requests to one host may be under way at once.</summary>
    public int PerHost { get; init; } = 2;

    /// <summary>An answer larger than this is refused, and its download stopped there.</summary>
    public long MaxBytes { get; init; } = SourceOptions.Default.MaxDocumentBytes;

    /// <summary>Redirects followed for one request before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Pages of one poll fetched at the same time (over all hosts; each host has its own limit too).</summary>
    public int ParallelFetches { get; init; } = 8;

    /// <summary>The name robots.txt groups are matched against, and the product in the User-Agent.</summary>
    public const string Product = "Parley";

    /// <summary>The User-Agent every request sends: Parley, its version, and what it is.</summary>
    public string UserAgent { get; init; } = $"{Product}/{DataFingerprint.ParleyVersion} (news event coder; parley watch)";
}
