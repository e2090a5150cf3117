namespace Parley.Storage;

/// <summary>
/// Baselines and marks (<see cref="Trend"/>) for stats rows that arrive sorted by group and period,
/// one row at a time, so that a store can mark each row as it reads it and build it once. The
/// group's last N periods are kept in a ring: a row's previous N periods can hold no other rows of
/// its group, and nothing is allocated per row.
/// </summary>
sealed class TrendMarker
{
    readonly int periods;
    readonly int step;
    readonly int firstOrdinal;
    readonly StatsPeriod per;
    readonly int[] ordinals;
    readonly long[] counts;
    int stored, next;
    string? key, key2;

    /// <param name="first">The earliest period of the whole result: periods before it are unknown.</param>
    public TrendMarker(StatsPeriod per, int periods, DateOnly first)
    {
        this.per = per;
        this.periods = Math.Max(periods, 0);
        step = per == StatsPeriod.Week ? 7 : 1;
        firstOrdinal = Ordinal(first);
        ordinals = new int[this.periods];
        counts = new long[this.periods];
    }

    /// <summary>
    /// The baseline and mark of the next row; null when none of its previous periods is known (the
    /// first period of the result).
    /// </summary>
    public (double? Baseline, TrendMark Trend) Next(string key, string? key2, DateOnly period, long events)
    {
        if (!string.Equals(key, this.key, StringComparison.Ordinal) || !string.Equals(key2, this.key2, StringComparison.Ordinal))
        {
            (this.key, this.key2) = (key, key2);
            stored = next = 0;
        }
        var ordinal = Ordinal(period);
        var known = Math.Min(periods, (ordinal - firstOrdinal) / step);
        (double?, TrendMark) mark = (null, TrendMark.None);
        if (known > 0)
        {
            var earliest = ordinal - known * step;
            long total = 0;
            for (var i = 0; i < stored; i++)
                if (ordinals[i] >= earliest) total += counts[i];
            var baseline = (double)total / known;
            mark = (baseline, Trend.Classify(events, baseline));
        }
        if (periods > 0)
        {
            (ordinals[next], counts[next]) = (ordinal, events);
            next = (next + 1) % periods;
            stored = Math.Min(stored + 1, periods);
        }
        return mark;
    }

    /// <summary>Periods as consecutive numbers (weeks as day numbers, <see cref="step"/> 7 apart).</summary>
    int Ordinal(DateOnly period) => per switch
    {
        StatsPeriod.Day or StatsPeriod.Week => period.DayNumber,
        StatsPeriod.Month => period.Year * 12 + period.Month - 1,
        _ => period.Year,
    };
}
