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
    /// Sorts rows by group and period (in place) and returns them with baselines and marks: one
    /// sort, then one pass of <see cref="TrendMarker"/>. Rows read in key order (the rollup's) need
    /// no sort: checking costs one comparison a row.
    /// </summary>
    public static IReadOnlyList<StatsRow> Mark(List<StatsRow> rows, StatsPeriod per, int periods)
    {
        if (rows.Count == 0) return rows;
        SortByGroupAndPeriod(rows);
        var first = rows[0].Period;
        foreach (var row in rows)
            if (row.Period < first) first = row.Period;
        var marker = new TrendMarker(per, periods, first);
        var result = new StatsRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var (baseline, trend) = marker.Next(row.Key, row.Key2, row.Period, row.Events);
            result[i] = baseline is null ? row : row with { Baseline = baseline, Trend = trend };
        }
        return result;
    }

    /// <summary>Sorts rows by group (ordinal) and period, unless they already are.</summary>
    internal static void SortByGroupAndPeriod(List<StatsRow> rows)
    {
        if (!IsSorted(rows)) rows.Sort(Compare);
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
}
