using System.Diagnostics;
using Parley.Storage.Sql;

namespace Parley.Storage.Bench;

/// <summary>
/// Stats on a store the store benchmark filled: the dyad x month aggregation from the rollup, the
/// share of it spent marking trends, and the same aggregation counted from the merged events, so
/// that an optimisation of stats can be measured without ingesting millions of events again.
/// </summary>
static class StatsBench
{
    public static async Task<int> RunAsync(string location)
    {
        await using var store = await EventStores.OpenAsync(location);
        var sql = (SqlEventStore)store;
        var query = new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month };
        var rows = await sql.StatsAsync(query, useRollup: true, CancellationToken.None);
        var rollup = await BestAsync(async () => (await sql.StatsAsync(query, useRollup: true, CancellationToken.None)).Count);
        Console.WriteLine($"dyad x month from the rollup: {rollup.Ms:F0} ms, {rollup.CpuMs:F0} ms CPU ({rollup.Rows:N0} rows)");
        var marking = await BestAsync(() => Task.FromResult(Trend.Mark(rows.Select(r => r with { Baseline = null, Trend = TrendMark.None }).ToList(), StatsPeriod.Month, 4).Count));
        Console.WriteLine($"Trend.Mark over those rows, as stats from the merged events mark them (and copying the rows): {marking.Ms:F0} ms, {marking.CpuMs:F0} ms CPU");
        var raw = await BestAsync(async () => (await sql.StatsAsync(query, useRollup: false, CancellationToken.None)).Count);
        Console.WriteLine($"dyad x month from the merged events: {raw.Ms:F0} ms, {raw.CpuMs:F0} ms CPU ({raw.Rows:N0} rows)");
        var counted = await sql.StatsAsync(query, useRollup: false, CancellationToken.None);
        var differ = counted.Count != rows.Count ? Math.Max(counted.Count, rows.Count) : rows.Zip(counted).Count(p => !Same(p.First, p.Second));
        Console.WriteLine(differ == 0 ? "the two answers are identical" : $"the two answers differ in {differ:N0} rows");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
        return 0;
    }

    /// <summary>Equal rows; sums of Goldstein scores may differ in the last digits, added in another order.</summary>
    static bool Same(StatsRow a, StatsRow b) =>
        a with { GoldsteinSum = 0, GoldsteinMentionWeightedMean = 0 } == b with { GoldsteinSum = 0, GoldsteinMentionWeightedMean = 0 }
        && Math.Abs(a.GoldsteinSum - b.GoldsteinSum) < 1e-6 && Math.Abs(a.GoldsteinMentionWeightedMean - b.GoldsteinMentionWeightedMean) < 1e-9;

    /// <summary>
    /// The best of three runs, by wall clock and by this process's CPU time: on a shared machine
    /// the wall clock also counts other processes' turns, the CPU time only this one's work.
    /// </summary>
    static async Task<(double Ms, double CpuMs, int Rows)> BestAsync(Func<Task<int>> run)
    {
        double best = double.MaxValue, bestCpu = double.MaxValue;
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            rows = await run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }
        return (best, bestCpu, rows);
    }
}
