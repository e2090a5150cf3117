using System.Collections.Concurrent;
using Parley.Io;
using Parley.Model;
using Parley.Sources;
using Parley.Sources.Feeds;
using Parley.Storage;
using Parley.Watch.Http;

namespace Parley.Watch;

/// <summary>
/// Follows feeds: polls each on its own schedule (<see cref="PollSchedule"/>) with a conditional
/// GET, takes the items it has never seen, reads their documents (<see cref="ItemReader"/>), codes
/// them and stores them, and remembers every URL it took, failures too, so that no URL is fetched
/// twice. Everything it keeps is in the store (<see cref="IWatchState"/>): a restart carries on
/// with each feed's validators, failures and next poll. A feed's state is saved only after its new
/// items are stored, so that a watcher stopped mid-poll loses nothing: the next poll takes them again.
/// </summary>
public sealed class Watcher(
    WatchOptions options, WebFetcher web, IEventStore store, IWatchState state,
    Func<Article, IReadOnlyList<PloverEvent>> code, Provenance provenance, TimeProvider clock, IWatchObserver observer)
{
    readonly ItemReader items = new(web, clock);
    // Coding is one document at a time, whichever feed it comes from: the pipeline is not shared between threads.
    readonly SemaphoreSlim coding = new(1, 1);
    // URLs being read by some poll right now: two feeds carrying one story fetch it once.
    readonly ConcurrentDictionary<string, byte> inFlight = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, WatchedFeed> feeds = new(StringComparer.Ordinal);

    public WatchTotals Totals { get; } = new();

    /// <summary>
    /// Polls <paramref name="urls"/> until <paramref name="stop"/> is cancelled, or each once, now,
    /// when <paramref name="once"/>. Feeds known to the store keep their schedule and validators.
    /// </summary>
    public async Task RunAsync(IReadOnlyList<Uri> urls, bool once, CancellationToken stop)
    {
        var known = (await state.WatchedFeedsAsync(stop)).ToDictionary(f => f.Url, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var url in urls.Select(u => u.ToString()))
            feeds[url] = known.GetValueOrDefault(url) ?? new WatchedFeed(url) { NextPoll = now };
        Totals.SetFeeds(feeds.Count);
        UpdateTotals();
        // A failure that is not a bad source (the store lost, a bug) stops every feed, not just its own.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(stop);
        async Task Guarded(WatchedFeed feed)
        {
            try
            {
                if (once) await PollAsync(feed, failed.Token);
                else await FollowAsync(feed, failed.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await failed.CancelAsync();
                throw;
            }
        }
        var all = Task.WhenAll(feeds.Values.ToList().Select(Guarded));
        try
        {
            await all;
        }
        catch (Exception) when (all.Exception?.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped: each feed keeps the state of its last whole poll.
        }
    }

    async Task FollowAsync(WatchedFeed feed, CancellationToken stop)
    {
        while (true)
        {
            var wait = feed.NextPoll - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stop);
            feed = await PollAsync(feed, stop);
        }
    }

    /// <summary>One poll of one feed; returns the feed's new state, saved in the store.</summary>
    async Task<WatchedFeed> PollAsync(WatchedFeed feed, CancellationToken stop)
    {
        var now = clock.GetUtcNow();
        var fetched = await web.GetAsync(new Uri(feed.Url), new Validators(feed.ETag, feed.LastModified), stop);
        switch (fetched)
        {
            case FetchResult.NotModified:
                return await FinishAsync(feed with { LastPolled = now, Failures = 0, LastError = null, NextPoll = PollSchedule.Next(now, options, 0) },
                    new FeedPoll(feed.Url, PollOutcome.NotModified, PollSchedule.Next(now, options, 0)));
            case FetchResult.Failed failed:
                return await FailAsync(feed, now, failed.Message, failed.RetryAfter);
            case FetchResult.Body body:
                var entries = FeedParser.Entries(body.Bytes, SourceLocation.Named(feed.Url), body.Url, body.ContentType);
                // A problem of the whole feed (not of one item) with no item read: the feed failed.
                if (!entries.Any(e => e.Result.Article is not null) && entries.FirstOrDefault(e => e.Result.Problem is { Warning: false } p && p.File == feed.Url) is { Result.Problem: { } whole })
                    return await FailAsync(feed, now, whole.Message, null);
                foreach (var entry in entries)
                    if (entry.Result.Problem is { } problem) Report(problem);
                var poll = await TakeNewItemsAsync(feed.Url, entries, stop);
                // Counted from the end of the poll: a poll that took long (many new pages) is not followed at once by another.
                var next = PollSchedule.Next(clock.GetUtcNow(), options, 0);
                return await FinishAsync(feed with
                {
                    ETag = body.Validators.ETag, LastModified = body.Validators.LastModified, LastPolled = now,
                    Failures = 0, LastError = null, NextPoll = next, Items = feed.Items + poll.NewItems,
                }, poll with { NextPoll = next });
            default:
                throw new InvalidOperationException($"unexpected fetch result {fetched}");
        }
    }

    async Task<WatchedFeed> FailAsync(WatchedFeed feed, DateTimeOffset now, string message, TimeSpan? retryAfter)
    {
        var failures = feed.Failures + 1;
        var next = PollSchedule.Next(now, options, failures, retryAfter);
        Report(new Problem(feed.Url, 0, $"{message} (failed {failures} time{(failures == 1 ? "" : "s")} in a row; next try in {WebFetcher.Describe(next - now)})"));
        return await FinishAsync(feed with { LastPolled = now, Failures = failures, LastError = message, NextPoll = next },
            new FeedPoll(feed.Url, PollOutcome.Failed, next));
    }

    async Task<WatchedFeed> FinishAsync(WatchedFeed feed, FeedPoll poll)
    {
        await state.SaveFeedAsync(feed, CancellationToken.None);
        feeds[feed.Url] = feed;
        Totals.Add(poll);
        UpdateTotals();
        observer.Polled(poll);
        return feed;
    }

    void UpdateTotals()
    {
        Totals.SetFailing(feeds.Values.Count(f => f.Failures > 0));
        Totals.SetNextPoll(feeds.Values.Where(f => f.LastPolled is not null).Select(f => (DateTimeOffset?)f.NextPoll).Min());
    }

    /// <summary>Reads, codes and stores the items of a feed that the store has not seen, and remembers their URLs.</summary>
    async Task<FeedPoll> TakeNewItemsAsync(string feed, IReadOnlyList<FeedEntry> entries, CancellationToken stop)
    {
        var candidates = entries.Where(e => e.Result.Article is not null)
            .Select(e => (Url: e.Result.Article!.Url ?? e.Result.Article.Id, Entry: e))
            .DistinctBy(c => c.Url).ToList();
        var seen = await state.SeenAsync(candidates.Select(c => c.Url).ToList(), stop);
        var fresh = candidates.Where(c => !seen.Contains(c.Url) && inFlight.TryAdd(c.Url, 0)).ToList();
        try
        {
            var results = new ItemResult[fresh.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, fresh.Count), new ParallelOptions { MaxDegreeOfParallelism = options.ParallelFetches, CancellationToken = stop },
                async (i, cancel) => results[i] = await items.ReadAsync(fresh[i].Url, fresh[i].Entry, feed, cancel));
            foreach (var problem in results.SelectMany(r => r.Problems)) Report(problem);
            foreach (var language in results.Select(r => r.OtherLanguage).OfType<string>()) Totals.AddLanguage(language);
            var stored = await CodeAndStoreAsync(results, stop);
            return new FeedPoll(feed, PollOutcome.Read, default)
            {
                NewItems = fresh.Count,
                Stored = stored.Documents,
                Events = stored.Events,
                OtherLanguages = results.Count(r => r.Seen.Outcome == UrlOutcome.OtherLanguage),
                Disallowed = results.Count(r => r.Seen.Outcome == UrlOutcome.Disallowed),
                Failed = results.Count(r => r.Seen.Outcome == UrlOutcome.Failed),
            };
        }
        finally
        {
            foreach (var (url, _) in fresh) inFlight.TryRemove(url, out _);
        }
    }

    async Task<(int Documents, int Events)> CodeAndStoreAsync(ItemResult[] results, CancellationToken stop)
    {
        await coding.WaitAsync(stop);
        try
        {
            var documents = new List<Storage.CodedDocument>();
            foreach (var article in results.Select(r => r.ToCode).OfType<Article>())
            {
                // Stopping between documents drops the poll's batch: none of its URLs is remembered, so the next run takes them again.
                stop.ThrowIfCancellationRequested();
                documents.Add(new Storage.CodedDocument(article, code(article), article.Language));
            }
            if (documents.Count > 0) await store.IngestAsync(documents, provenance, CancellationToken.None);
            await state.RememberAsync(results.Select(r => r.Seen).ToList(), CancellationToken.None);
            return (documents.Count, documents.Sum(d => d.Events.Count));
        }
        finally
        {
            coding.Release();
        }
    }

    void Report(Problem problem)
    {
        if (!problem.Warning) Totals.AddError();
        observer.Report(problem);
    }
}
