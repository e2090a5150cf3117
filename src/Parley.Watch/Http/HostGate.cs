using System.Collections.Concurrent;

namespace Parley.Watch.Http;

/// <summary>
/// Politeness per host: at most <c>perHost</c> requests under way at once, and their starts at least
/// a delay apart (the larger of ours and the host's robots.txt Crawl-delay). Times are read from the
/// clock's monotonic timestamp, so that a wall clock held still in tests or changed by the system
/// neither stalls nor floods a host.
/// </summary>
sealed class HostGate(int perHost, TimeSpan delay, TimeProvider clock)
{
    readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);

    sealed class Host(int slots)
    {
        public readonly SemaphoreSlim Slots = new(slots, slots);
        public long NextStart;
    }

    /// <summary>Waits for a slot and for the host's turn; dispose the lease when the answer has been read.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan crawlDelay, CancellationToken cancel)
    {
        var host = hosts.GetOrAdd(url.Authority, _ => new Host(perHost));
        await host.Slots.WaitAsync(cancel);
        try
        {
            var spacing = crawlDelay > delay ? crawlDelay : delay;
            TimeSpan wait;
            lock (host)
            {
                var now = clock.GetTimestamp();
                var start = Math.Max(now, host.NextStart);
                host.NextStart = start + (long)(spacing.TotalSeconds * clock.TimestampFrequency);
                wait = TimeSpan.FromSeconds((double)(start - now) / clock.TimestampFrequency);
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancel);
            return new Lease(host.Slots);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
