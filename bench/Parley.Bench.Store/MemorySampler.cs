using System.Collections.Concurrent;
using System.Diagnostics;

namespace Parley.Storage.Bench;

/// <summary>
/// The process's working set ten times a second, and at its highest sample in each stage of the benchmark (ingest,
/// the queries after it) how much of it the garbage collector had committed: what the peak is made of (the managed
/// heap, or the rest: SQLite's page caches, the runtime, code), which the peak working set alone does not say.
/// </summary>
sealed class MemorySampler : IDisposable
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly Timer timer;
    readonly ConcurrentDictionary<string, (long WorkingSet, long GcCommitted, long GcHeap, double Seconds)> peaks = new();
    readonly ConcurrentQueue<string> order = new();
    volatile string stage = "ingest";

    public MemorySampler()
    {
        order.Enqueue(stage);
        timer = new Timer(_ => Sample(), null, 0, 100);
    }

    /// <summary>Samples from now on count for <paramref name="name"/>.</summary>
    public void Stage(string name)
    {
        Sample();
        order.Enqueue(name);
        stage = name;
    }

    void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var sample = (process.WorkingSet64, GC.GetGCMemoryInfo().TotalCommittedBytes, GC.GetTotalMemory(false), clock.Elapsed.TotalSeconds);
        peaks.AddOrUpdate(stage, sample, (_, peak) => sample.WorkingSet64 > peak.WorkingSet ? sample : peak);
    }

    public void Print()
    {
        Sample();
        const double MiB = 1048576.0;
        foreach (var name in order.Distinct())
            if (peaks.TryGetValue(name, out var peak))
            {
                // Memory the collector commits is reserved, not necessarily touched: it can exceed the working set.
                var rest = peak.WorkingSet - peak.GcCommitted;
                Console.WriteLine($"  highest sampled working set during {name}: {peak.WorkingSet / MiB:N0} MiB at {peak.Seconds:F1} s; " +
                                  $"the collector had committed {peak.GcCommitted / MiB:N0} MiB (heap {peak.GcHeap / MiB:N0} MiB), " +
                                  (rest >= 0 ? $"the rest {rest / MiB:N0} MiB" : $"{-rest / MiB:N0} MiB of it not yet resident"));
            }
    }

    public void Dispose() => timer.Dispose();
}
