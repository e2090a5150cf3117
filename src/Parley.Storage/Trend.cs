namespace Parley.Storage;

/// <summary>
/// Change against a baseline, in the manner of ACLED's Trendfinder: each period's event count is
/// compared with the mean of the same group's previous N periods (periods with no events count as
/// zero; periods before the first one in the result are unknown and left out, so the first period
/// of a series has no baseline). The marks, chosen so that noise in small counts is not flagged:
/// <list type="bullet">
/// <item>large increase: at least twice the baseline and at least 3 events more;</item>
/// <item>moderate increase: at least 1.5 times the baseline and at least 2 events more;</item>
/// <item>large decrease: at most half the baseline and at least 3 events fewer;</item>
/// <item>moderate decrease: at most two thirds of the baseline and at least 2 events fewer.</item>
/// </list>
/// </summary>
public static class Trend
{
    public static TrendMark Classify(double count, double baseline)
    {
        var difference = count - baseline;
        if (count >= 2 * baseline && difference >= 3) return TrendMark.LargeIncrease;
        if (count >= 1.5 * baseline && difference >= 2) return TrendMark.ModerateIncrease;
        if (count <= 0.5 * baseline && difference <= -3) return TrendMark.LargeDecrease;
        if (count <= 2.0 / 3 * baseline && difference <= -2) return TrendMark.ModerateDecrease;
        return TrendMark.None;
    }

    /// <summary>Sorts rows by group and period and fills in baselines and marks.</summary>
    public static IReadOnlyList<StatsRow> Mark(List<StatsRow> rows, StatsPeriod per, int periods)
    {
        if (rows.Count == 0) return rows;
        var first = rows.Min(r => r.Period);
        var result = new List<StatsRow>(rows.Count);
        foreach (var group in rows.GroupBy(r => (r.Key, r.Key2)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Key2, StringComparer.Ordinal))
        {
            var counts = group.ToDictionary(r => r.Period, r => r.Events);
            foreach (var row in group.OrderBy(r => r.Period))
            {
                var known = 0;
                long total = 0;
                var p = row.Period;
                for (var i = 0; i < periods; i++)
                {
                    p = Previous(per, p);
                    if (p < first) break;
                    known++;
                    total += counts.GetValueOrDefault(p);
                }
                if (known == 0) { result.Add(row); continue; }
                var baseline = (double)total / known;
                result.Add(row with { Baseline = baseline, Trend = Classify(row.Events, baseline) });
            }
        }
        return result;
    }

    static DateOnly Previous(StatsPeriod per, DateOnly period) => per switch
    {
        StatsPeriod.Day => period.AddDays(-1),
        StatsPeriod.Week => period.AddDays(-7),
        StatsPeriod.Month => period.AddMonths(-1),
        _ => period.AddYears(-1),
    };
}
