using System.Net;
using System.Text;

namespace Parley.Watch.Http;

/// <summary>
/// Each host's robots.txt, fetched once and kept for a day; concurrent first requests to a host
/// share one fetch. A robots.txt that could not be fetched disallows the host for a few minutes,
/// then is asked for again. Only the first 500 KiB are read, as RFC 9309 allows.
/// </summary>
sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, TimeProvider clock)
{
    static readonly TimeSpan Kept = TimeSpan.FromDays(1);
    static readonly TimeSpan KeptWhenUnreachable = TimeSpan.FromMinutes(5);
    const int MaxBytes = 500 * 1024;

    readonly Dictionary<string, (Task<RobotsRules> Rules, long LoadedAt)> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules for the host of <paramref name="url"/>.</summary>
    public Task<RobotsRules> ForAsync(Uri url, CancellationToken cancel)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        Task<RobotsRules> rules;
        lock (hosts)
        {
            if (!hosts.TryGetValue(origin, out var entry) || Stale(entry))
                hosts[origin] = entry = (LoadAsync(new Uri(origin + "/robots.txt")), clock.GetTimestamp());
            rules = entry.Rules;
        }
        // One caller giving up must not cancel the fetch the others wait for.
        return rules.WaitAsync(cancel);
    }

    bool Stale((Task<RobotsRules> Rules, long LoadedAt) entry)
    {
        if (!entry.Rules.IsCompleted) return false;
        if (!entry.Rules.IsCompletedSuccessfully) return true;
        var age = clock.GetElapsedTime(entry.LoadedAt);
        return age > (entry.Rules.Result.Unreachable is null ? Kept : KeptWhenUnreachable);
    }

    async Task<RobotsRules> LoadAsync(Uri robots)
    {
        var result = await fetch(robots, CancellationToken.None);
        return result switch
        {
            FetchResult.Body body => RobotsRules.Parse(Encoding.UTF8.GetString(body.Bytes, 0, Math.Min(body.Bytes.Length, MaxBytes)), WatchOptions.Product),
            // A 4xx answer means there is no robots.txt for us: everything is allowed.
            FetchResult.Failed { Kind: FetchFailure.HttpStatus, Status: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError } => RobotsRules.AllowAll,
            FetchResult.Failed failed => RobotsRules.DisallowAll($"{robots} could not be fetched ({failed.Message})"),
            _ => RobotsRules.AllowAll,
        };
    }
}
