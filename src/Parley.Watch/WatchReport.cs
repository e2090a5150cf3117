using Parley.Io;

namespace Parley.Watch;

/// <summary>How a poll of a feed went.</summary>
public enum PollOutcome
{
    /// <summary>The feed was read; <see cref="FeedPoll.NewItems"/> may still be zero.</summary>
    Read,
    /// <summary>The server said the feed has not changed (304).</summary>
    NotModified,
    /// <summary>The feed could not be fetched or read; it is polled again after a backoff.</summary>
    Failed,
}

/// <summary>One poll of one feed: the items new to the store and what came of them, and when the feed is polled next.</summary>
public sealed record FeedPoll(string Feed, PollOutcome Outcome, DateTimeOffset NextPoll)
{
    /// <summary>Items never seen before (neither remembered nor the URL of a stored document).</summary>
    public int NewItems { get; init; }
    public int Stored { get; init; }
    public int Events { get; init; }
    public int OtherLanguages { get; init; }
    public int Disallowed { get; init; }
    public int Failed { get; init; }
}

/// <summary>What the watcher tells as it goes: problems naming their source, and each finished poll.</summary>
public interface IWatchObserver
{
    /// <summary>An error (or, with <see cref="Problem.Warning"/>, a warning) about one feed or item, named by its URL.</summary>
    void Report(Problem problem);

    void Polled(FeedPoll poll);
}

/// <summary>Running totals over a watch, safe to read while it runs (for a status line).</summary>
public sealed class WatchTotals
{
    int feeds, polls, newItems, stored, events, errors, disallowed, failingFeeds;
    readonly SortedDictionary<string, int> languages = new(StringComparer.Ordinal);
    long nextPoll = long.MaxValue;

    public int Feeds => feeds;
    public int Polls => polls;
    public int NewItems => newItems;
    public int Stored => stored;
    public int Events => events;
    public int Errors => errors;
    public int Disallowed => disallowed;

    /// <summary>Feeds whose last poll failed.</summary>
    public int FailingFeeds => failingFeeds;

    /// <summary>The earliest next poll among the feeds, once each has been polled.</summary>
    public DateTimeOffset? NextPoll => Interlocked.Read(ref nextPoll) is var ticks && ticks == long.MaxValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);

    /// <summary>Documents not coded for their language, by language code.</summary>
    public IReadOnlyDictionary<string, int> OtherLanguages
    {
        get { lock (languages) return new SortedDictionary<string, int>(languages, StringComparer.Ordinal); }
    }

    internal void SetFeeds(int count) => feeds = count;
    internal void AddError() => Interlocked.Increment(ref errors);

    internal void SetFailing(int count) => Volatile.Write(ref failingFeeds, count);

    internal void SetNextPoll(DateTimeOffset? when) => Interlocked.Exchange(ref nextPoll, when?.UtcTicks ?? long.MaxValue);

    internal void AddLanguage(string language)
    {
        lock (languages) languages[language] = languages.GetValueOrDefault(language) + 1;
    }

    internal void Add(FeedPoll poll)
    {
        Interlocked.Increment(ref polls);
        Interlocked.Add(ref newItems, poll.NewItems);
        Interlocked.Add(ref stored, poll.Stored);
        Interlocked.Add(ref events, poll.Events);
        Interlocked.Add(ref disallowed, poll.Disallowed);
    }
}
