using System.Collections.Concurrent;
using System.Diagnostics;

namespace Parley.Storage.Sql;

/// <summary>
/// Where ingest time goes: wall-clock time per phase (reading stored documents, story linking,
/// each table's writes, merging, recounting, commit), summed over every batch of the process, and
/// the bytes the phase's thread allocated meanwhile. The store benchmark prints it, so that an
/// optimisation starts from a measurement. A phase costs two timestamps and two reads of the
/// thread's allocation counter per batch, nothing per row. A phase that awaits something truly
/// asynchronous may end on another thread: its allocations are then not counted (its time is).
/// </summary>
static class IngestProfile
{
    static readonly ConcurrentDictionary<string, (long Ticks, long Bytes)> Sums = new(StringComparer.Ordinal);
    static readonly ConcurrentQueue<string> Order = new();

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public static Phase Measure(string phase) =>
        new(phase, Stopwatch.GetTimestamp(), Environment.CurrentManagedThreadId, GC.GetAllocatedBytesForCurrentThread());

    public readonly struct Phase(string name, long start, int thread, long allocated) : IDisposable
    {
        public void Dispose()
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            var bytes = Environment.CurrentManagedThreadId == thread ? GC.GetAllocatedBytesForCurrentThread() - allocated : 0;
            if (Sums.TryAdd(name, (elapsed, bytes))) Order.Enqueue(name);
            else Sums.AddOrUpdate(name, (elapsed, bytes), (_, total) => (total.Ticks + elapsed, total.Bytes + bytes));
        }
    }

    /// <summary>Each phase's total so far, in the order phases first ran: wall clock, and bytes allocated on its thread.</summary>
    public static IReadOnlyList<(string Phase, TimeSpan Total, long Allocated)> Totals() =>
        Order.Select(p => (p, Stopwatch.GetElapsedTime(0, Sums[p].Ticks), Sums[p].Bytes)).ToList();

    public static void Reset()
    {
        Sums.Clear();
        Order.Clear();
    }
}
