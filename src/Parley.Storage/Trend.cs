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

    /// <summary>
    /// Sorts rows by group and period (in place) and returns them with baselines and marks. One
    /// sort and one pass: a group's rows are then adjacent and in period order, and periods lie on
    /// one grid (days, Mondays, first days of months or years), so a row's previous N periods are
    /// the rows just before it in its group from the earliest of those periods on. Whole-store
    /// stats return hundreds of thousands of rows; grouping them into dictionaries took most of the time.
    /// </summary>
    public static IReadOnlyList<StatsRow> Mark(List<StatsRow> rows, StatsPeriod per, int periods)
    {
        if (rows.Count == 0) return rows;
        var first = rows.Min(r => r.Period);
        // Rows read in key order (the rollup's) need no sort: checking costs one comparison a row.
        if (!IsSorted(rows)) rows.Sort(Compare);
        var result = new StatsRow[rows.Count];
        var groupStart = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i > 0 && (rows[i - 1].Key != row.Key || rows[i - 1].Key2 != row.Key2)) groupStart = i;
            var known = 0;
            var earliest = row.Period;
            for (; known < periods; known++)
            {
                var previous = Previous(per, earliest);
                if (previous < first) break;
                earliest = previous;
            }
            if (known == 0) { result[i] = row; continue; }
            long total = 0;
            for (var j = i - 1; j >= groupStart && rows[j].Period >= earliest; j--) total += rows[j].Events;
            var baseline = (double)total / known;
            result[i] = row with { Baseline = baseline, Trend = Classify(row.Events, baseline) };
        }
        return result;
    }

    static int Compare(StatsRow a, StatsRow b)
    {
        var c = string.CompareOrdinal(a.Key, b.Key);
        if (c == 0) c = string.CompareOrdinal(a.Key2, b.Key2);
        return c != 0 ? c : a.Period.CompareTo(b.Period);
    }

    static bool IsSorted(List<StatsRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
            if (Compare(rows[i - 1], rows[i]) > 0) return false;
        return true;
    }

    static DateOnly Previous(StatsPeriod per, DateOnly period) => per switch
    {
        StatsPeriod.Day => period.AddDays(-1),
        StatsPeriod.Week => period.AddDays(-7),
        StatsPeriod.Month => period.AddMonths(-1),
        _ => period.AddYears(-1),
    };
}
