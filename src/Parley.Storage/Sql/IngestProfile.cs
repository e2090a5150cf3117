using System.Collections.Concurrent;
using System.Diagnostics;

namespace Parley.Storage.Sql;

/// <summary>
/// Where ingest time goes: wall-clock time per phase (reading stored documents, story linking,
/// each table's writes, merging, recounting, commit), summed over every batch of the process, the
/// CPU time of the phase's thread (Linux; on a machine whose cores other work shares, the wall clock
/// measures the others too) and the bytes the phase's thread allocated meanwhile. The store benchmark prints it, so that an
/// optimisation starts from a measurement. A phase costs two timestamps and two reads of the
/// thread's allocation counter and CPU clock per batch, nothing per row. A phase that awaits something truly
/// asynchronous may end on another thread: its allocations and CPU time are then not counted (its time is).
/// </summary>
static class IngestProfile
{
    static readonly ConcurrentDictionary<string, (long Ticks, long Bytes, long CpuNanoseconds)> Sums = new(StringComparer.Ordinal);
    static readonly ConcurrentQueue<string> Order = new();

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public static Phase Measure(string phase) =>
        new(phase, Stopwatch.GetTimestamp(), Environment.CurrentManagedThreadId, GC.GetAllocatedBytesForCurrentThread(), ThreadCpu());

    public readonly struct Phase(string name, long start, int thread, long allocated, long cpu) : IDisposable
    {
        public void Dispose()
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            var same = Environment.CurrentManagedThreadId == thread;
            var bytes = same ? GC.GetAllocatedBytesForCurrentThread() - allocated : 0;
            var nanoseconds = same ? ThreadCpu() - cpu : 0;
            if (Sums.TryAdd(name, (elapsed, bytes, nanoseconds))) Order.Enqueue(name);
            else Sums.AddOrUpdate(name, (elapsed, bytes, nanoseconds), (_, total) => (total.Ticks + elapsed, total.Bytes + bytes, total.CpuNanoseconds + nanoseconds));
        }
    }

    /// <summary>Each phase's total so far, in the order phases first ran: wall clock, its thread's CPU time, and bytes allocated on its thread.</summary>
    public static IReadOnlyList<(string Phase, TimeSpan Total, TimeSpan Cpu, long Allocated)> Totals() =>
        Order.Select(p => (p, Stopwatch.GetElapsedTime(0, Sums[p].Ticks), TimeSpan.FromTicks(Sums[p].CpuNanoseconds / 100), Sums[p].Bytes)).ToList();

    /// <summary>The calling thread's CPU time in nanoseconds (CLOCK_THREAD_CPUTIME_ID), 0 where that clock cannot be read.</summary>
    static long ThreadCpu()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        try { return ClockGetTime(3, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return 0; }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime", ExactSpelling = true)]
    static extern int ClockGetTime(int clock, out TimeSpec time);

    public static void Reset()
    {
        Sums.Clear();
        Order.Clear();
    }
}
