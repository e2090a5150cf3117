using System.Collections.Concurrent;
using System.Diagnostics;

namespace Parley.Storage.Sql;

/// <summary>
/// Where ingest time goes: wall-clock time per phase (reading stored documents, story linking,
/// each table's writes, merging, recounting, commit), summed over every batch of the process. The
/// store benchmark prints it, so that an optimisation starts from a measurement. A phase costs two
/// timestamps per batch, nothing per row.
/// </summary>
static class IngestProfile
{
    static readonly ConcurrentDictionary<string, long> Ticks = new(StringComparer.Ordinal);
    static readonly ConcurrentQueue<string> Order = new();

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public static Phase Measure(string phase) => new(phase, Stopwatch.GetTimestamp());

    public readonly struct Phase(string name, long start) : IDisposable
    {
        public void Dispose()
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            if (Ticks.TryAdd(name, elapsed)) Order.Enqueue(name);
            else Ticks.AddOrUpdate(name, elapsed, (_, total) => total + elapsed);
        }
    }

    /// <summary>Each phase's total so far, in the order phases first ran.</summary>
    public static IReadOnlyList<(string Phase, TimeSpan Total)> Totals() =>
        Order.Select(p => (p, Stopwatch.GetElapsedTime(0, Ticks[p]))).ToList();

    public static void Reset()
    {
        Ticks.Clear();
        Order.Clear();
    }
}
