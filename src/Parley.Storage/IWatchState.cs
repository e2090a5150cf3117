namespace Parley.Storage;

/// <summary>
/// What `parley watch` keeps in the store between runs, so that a restart carries on where it
/// stopped: each feed's validators (ETag, Last-Modified), when to poll it next and how often it
/// has failed in a row, and every URL taken from a feed with what came of it. Both stores
/// implement it (schema version 2); ask for it with <c>store as IWatchState</c>.
/// </summary>
public interface IWatchState
{
    /// <summary>Every feed ever watched with this store, in URL order.</summary>
    Task<IReadOnlyList<WatchedFeed>> WatchedFeedsAsync(CancellationToken cancel = default);

    /// <summary>Adds the feed or replaces what is kept about it.</summary>
    Task SaveFeedAsync(WatchedFeed feed, CancellationToken cancel = default);

    /// <summary>
    /// Those of <paramref name="urls"/> that need no fetching: the URL of a stored document (from
    /// any source), or a URL remembered from an earlier poll, failures included.
    /// </summary>
    Task<IReadOnlySet<string>> SeenAsync(IReadOnlyCollection<string> urls, CancellationToken cancel = default);

    /// <summary>Remembers URLs taken from a feed and what came of each; a URL remembered again keeps the newer record.</summary>
    Task RememberAsync(IReadOnlyList<SeenUrl> urls, CancellationToken cancel = default);

    /// <summary>What is remembered of one URL, or null.</summary>
    Task<SeenUrl?> GetSeenAsync(string url, CancellationToken cancel = default);
}

/// <summary>A watched feed's state. <see cref="Failures"/> counts failed polls in a row (zero after a good one).</summary>
public sealed record WatchedFeed(string Url)
{
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset NextPoll { get; init; }
    public DateTimeOffset? LastPolled { get; init; }
    public int Failures { get; init; }
    public string? LastError { get; init; }

    /// <summary>New items taken from this feed over all its polls.</summary>
    public long Items { get; init; }
}

/// <summary>What came of a URL taken from a feed.</summary>
public enum UrlOutcome
{
    /// <summary>Coded and stored as <see cref="SeenUrl.DocumentId"/>.</summary>
    Stored,
    /// <summary>Not in English: counted, not coded.</summary>
    OtherLanguage,
    /// <summary>robots.txt disallows fetching it.</summary>
    Disallowed,
    /// <summary>Fetching or reading it failed; <see cref="SeenUrl.Message"/> says why. It is not fetched again.</summary>
    Failed,
}

/// <summary>A URL taken from <see cref="Feed"/> at <see cref="At"/>, and what came of it.</summary>
public sealed record SeenUrl(string Url, string Feed, DateTimeOffset At, UrlOutcome Outcome, string? DocumentId = null, string? Message = null);
