namespace Parley.Storage.Tests;

public sealed class TrendTests
{
    static StatsRow Row(string key, int month, long events) => new()
    {
        Key = key, Period = new DateOnly(2024, month, 1), Events = events, Mentions = events, GoldsteinSum = 0,
        GoldsteinMentionWeightedMean = 0, VerbalCooperation = 0, MaterialCooperation = 0, VerbalConflict = 0, MaterialConflict = events,
    };

    [Theory]
    [InlineData(20, 10, TrendMark.LargeIncrease)]
    [InlineData(15, 10, TrendMark.ModerateIncrease)]
    [InlineData(11, 10, TrendMark.None)]
    [InlineData(2, 1, TrendMark.None)]
    [InlineData(6, 10, TrendMark.ModerateDecrease)]
    [InlineData(5, 10, TrendMark.LargeDecrease)]
    [InlineData(3, 0, TrendMark.LargeIncrease)]
    public void Periods_are_marked_against_their_baseline(double count, double baseline, TrendMark expected) =>
        Assert.Equal(expected, Trend.Classify(count, baseline));

    [Fact]
    public void The_baseline_is_the_mean_of_the_previous_periods_with_empty_ones_as_zero()
    {
        // January 4, February none, March 2, April 12: April's baseline over three months is (4 + 0 + 2) / 3.
        var rows = Trend.Mark([Row("SYR", 1, 4), Row("SYR", 3, 2), Row("SYR", 4, 12)], StatsPeriod.Month, 3);

        var april = Assert.Single(rows, r => r.Period.Month == 4);
        Assert.Equal(2.0, april.Baseline);
        Assert.Equal(TrendMark.LargeIncrease, april.Trend);
        Assert.Null(Assert.Single(rows, r => r.Period.Month == 1).Baseline);
    }

    [Fact]
    public void Each_group_is_compared_with_its_own_past_whatever_order_the_rows_come_in()
    {
        // Syria's February follows its January (4 events); Iraq's March has no past of its own,
        // though Syria's months come just before it: its baseline over January and February is 0.
        var rows = Trend.Mark([Row("SYR", 2, 6), Row("IRQ", 3, 9), Row("SYR", 1, 4)], StatsPeriod.Month, 3);

        Assert.Equal([("IRQ", 3), ("SYR", 1), ("SYR", 2)], rows.Select(r => (r.Key, r.Period.Month)));
        Assert.Equal(4.0, rows[2].Baseline);
        Assert.Equal(0.0, rows[0].Baseline);
        Assert.Equal(TrendMark.LargeIncrease, rows[0].Trend);
    }

    [Theory]
    [InlineData(StatsPeriod.Day)]
    [InlineData(StatsPeriod.Week)]
    [InlineData(StatsPeriod.Month)]
    [InlineData(StatsPeriod.Year)]
    public void Every_baseline_is_the_mean_of_the_group_s_counts_over_its_known_previous_periods(StatsPeriod per)
    {
        // Marking is one pass over sorted rows; here each baseline is counted directly, period by period.
        var random = new Random(11);
        var start = new DateOnly(2019, 1, 7);
        DateOnly Period(int i) => per switch
        {
            StatsPeriod.Day => start.AddDays(i), StatsPeriod.Week => start.AddDays(7 * i),
            StatsPeriod.Month => new DateOnly(2019, 1, 1).AddMonths(i), _ => new DateOnly(2019, 1, 1).AddYears(i),
        };
        var rows = (from key in new[] { "IRQ", "SYR", "USA" } from key2 in new[] { "", "RUS" } from i in Enumerable.Range(2, 30)
                    where random.Next(3) > 0
                    select Row(key, 1, random.Next(12)) with { Key2 = key2, Period = Period(i) }).OrderBy(_ => random.Next()).ToList();
        var first = rows.Min(r => r.Period);
        var counts = rows.ToDictionary(r => (r.Key, r.Key2, r.Period), r => r.Events);

        var marked = Trend.Mark(rows, per, 4);

        foreach (var row in marked)
        {
            var index = Enumerable.Range(0, 40).Single(i => Period(i) == row.Period);
            var known = Enumerable.Range(1, 4).Where(k => Period(index - k) >= first).ToList();
            double? baseline = known.Count == 0 ? null : known.Sum(k => counts.GetValueOrDefault((row.Key, row.Key2, Period(index - k)))) / (double)known.Count;
            Assert.Equal(baseline, row.Baseline);
            Assert.Equal(baseline is { } b ? Trend.Classify(row.Events, b) : TrendMark.None, row.Trend);
        }
    }
}
