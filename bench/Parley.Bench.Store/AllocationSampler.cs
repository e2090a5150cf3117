using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Parley.Storage.Bench;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark),
/// summed per type: where ingest's allocations go, without a profiler installed. On when
/// PARLEY_BENCH_ALLOCATIONS is set.
/// </summary>
sealed class AllocationSampler : EventListener
{
    readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick at verbose level
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Print(int top = 30)
    {
        Console.WriteLine("allocations by type (sampled):");
        foreach (var (type, total) in bytes.OrderByDescending(p => p.Value).Take(top))
            Console.WriteLine($"  {total / 1048576.0,8:N0} MiB  {type}");
    }
}
