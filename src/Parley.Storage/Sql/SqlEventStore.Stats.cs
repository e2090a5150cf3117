using System.Data.Common;

namespace Parley.Storage.Sql;

abstract partial class SqlEventStore
{
    public Task<IReadOnlyList<StatsRow>> StatsAsync(StatsQuery query, CancellationToken cancel = default) =>
        StatsAsync(query, useRollup: true, cancel);

    /// <summary>
    /// Stats from the rollup where it can answer (<see cref="StatsRollup.CanAnswer"/>), else from
    /// the merged events; tests compare the two.
    /// </summary>
    internal Task<IReadOnlyList<StatsRow>> StatsAsync(StatsQuery query, bool useRollup, CancellationToken cancel) => Guard(async () =>
    {
        if (useRollup && StatsRollup.CanAnswer(query)) return await RollupStatsAsync(query, cancel);
        await using var connection = await OpenConnectionAsync(cancel);
        if (useRollup && StatsRollup.SeriesMember(query) is { } member && !await NamesAnEntityAsync(connection, query.Filter, cancel))
            return await RollupSeriesAsync(connection, query, member, cancel);
        query = query with { Filter = query.Filter with { Status = query.Status } };
        await using var command = connection.CreateCommand();
        var filter = new EventFilter(this, command);
        var where = await filter.BuildAsync(query.Filter, merged: true, connection, cancel);
        var groups = query.By switch
        {
            StatsGroup.Dyad => "g.actor_code, g.recipient_code",
            StatsGroup.Actor => "g.actor_code",
            StatsGroup.Recipient => "g.recipient_code",
            StatsGroup.Country => "coalesce(g.country, '')",
            StatsGroup.Event => "g.category",
            _ => "g.quad",
        };
        // Every row has two key columns; PostgreSQL will not group by a constant, so the second is selected only.
        var keys = query.By == StatsGroup.Dyad ? groups : groups + ", ''";
        var period = "g." + Periods.Column(query.Per);
        var join = filter.NeedsEvent ? $"JOIN events e ON e.rid = g.rep_event {SentenceJoin}" : "";
        command.CommandText =
            $"""
            SELECT {keys}, {period}, count(*), sum(g.mentions), sum(g.goldstein), sum(g.goldstein * g.mentions),
              sum(CASE WHEN g.quad = 'verbal-cooperation' THEN 1 ELSE 0 END),
              sum(CASE WHEN g.quad = 'material-cooperation' THEN 1 ELSE 0 END),
              sum(CASE WHEN g.quad = 'verbal-conflict' THEN 1 ELSE 0 END),
              sum(CASE WHEN g.quad = 'material-conflict' THEN 1 ELSE 0 END)
            FROM merged_events g {join}
            WHERE g.day > 0 AND {where}
            GROUP BY {groups}, {period}
            """;
        var rows = new List<StatsRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
            {
                var mentions = Convert.ToInt64(reader.GetValue(4));
                var key2 = reader.GetString(1);
                rows.Add(new StatsRow
                {
                    Key = reader.GetString(0),
                    Key2 = query.By == StatsGroup.Dyad ? key2 : null,
                    Period = Periods.Start(query.Per, reader.GetInt64(2)),
                    Events = reader.GetInt64(3),
                    Mentions = mentions,
                    GoldsteinSum = Convert.ToDouble(reader.GetValue(5)),
                    GoldsteinMentionWeightedMean = mentions == 0 ? 0 : Convert.ToDouble(reader.GetValue(6)) / mentions,
                    VerbalCooperation = Convert.ToInt64(reader.GetValue(7)),
                    MaterialCooperation = Convert.ToInt64(reader.GetValue(8)),
                    VerbalConflict = Convert.ToInt64(reader.GetValue(9)),
                    MaterialConflict = Convert.ToInt64(reader.GetValue(10)),
                });
            }
        return Trend.Mark(rows, query.Per, query.BaselinePeriods);
    });

    /// <summary>Stats per month or year from stats_months: one row per group and month, summed per year.</summary>
    internal async Task<IReadOnlyList<StatsRow>> RollupStatsAsync(StatsQuery query, CancellationToken cancel)
    {
        await using var connection = await OpenConnectionAsync(cancel);
        var where = "grp = @grp";
        if (query.Filter.From is not null) where += " AND month >= @from";
        if (query.Filter.To is not null) where += " AND month <= @to";
        DbCommand Select(StatsGroup group, string sql)
        {
            var command = Command(connection, null, sql);
            Add(command, "@grp", StatsRollup.Group(group));
            if (query.Filter.From is { } from) Add(command, "@from", Periods.Month(from));
            if (query.Filter.To is { } to) Add(command, "@to", Periods.Month(to));
            return command;
        }
        // Trends need the earliest period with events before the first row is marked. Every merged
        // event counts in every group, so the quad group (four keys) has the same months with
        // events as the group asked for, and its months are read at once.
        DateOnly first;
        await using (var earliest = Select(StatsGroup.Quad, $"SELECT min(month) FROM stats_months WHERE {where} AND events > 0"))
        {
            if (await earliest.ExecuteScalarAsync(cancel) is not long month) return [];
            first = Periods.Start(query.Per, query.Per == StatsPeriod.Month ? month : month / 100);
        }
        const string Sums = "events, mentions, goldstein, goldstein_mentions, verbal_cooperation, material_cooperation, verbal_conflict, material_conflict";
        // A group whose merged events were all replaced away keeps a row of zeros. Rows come
        // sorted by group and period (in SQLite from the key itself, without a sort).
        await using var command = Select(query.By, query.Per == StatsPeriod.Month
            ? $"SELECT key, key2, month, {Sums} FROM stats_months WHERE {where} AND events > 0 ORDER BY key, key2, month"
            : $"SELECT key, key2, month / 100, {string.Join(", ", Sums.Split(", ").Select(c => c.StartsWith("goldstein") ? $"sum({c})" : $"CAST(sum({c}) AS BIGINT)"))} " +
              $"FROM stats_months WHERE {where} GROUP BY key, key2, month / 100 HAVING sum(events) > 0 ORDER BY key, key2, month / 100");
        // Whole-store stats read hundreds of thousands of rows, so each is built once: typed
        // getters (every column is a BIGINT or a DOUBLE, sums cast back to BIGINT) spare boxing
        // each value, the trend is marked as the row is read, and a key equal to the previous
        // row's (dyad codes repeat month after month) is that row's string.
        var marker = new TrendMarker(query.Per, query.BaselinePeriods, first);
        var rows = new List<StatsRow>();
        var dyad = query.By == StatsGroup.Dyad;
        string key = "", key2 = "";
        await using (var reader = await OpenReaderAsync(command, cancel))
            while (await reader.ReadAsync(cancel))
            {
                key = reader.GetString(0, key);
                if (dyad) key2 = reader.GetString(1, key2);
                var period = Periods.Start(query.Per, reader.GetInt64(2));
                var events = reader.GetInt64(3);
                var mentions = reader.GetInt64(4);
                var (baseline, trend) = marker.Next(key, dyad ? key2 : null, period, events);
                rows.Add(new StatsRow
                {
                    Key = key,
                    Key2 = dyad ? key2 : null,
                    Period = period,
                    Events = events,
                    Mentions = mentions,
                    GoldsteinSum = reader.GetDouble(5),
                    GoldsteinMentionWeightedMean = mentions == 0 ? 0 : reader.GetDouble(6) / mentions,
                    VerbalCooperation = reader.GetInt64(7),
                    MaterialCooperation = reader.GetInt64(8),
                    VerbalConflict = reader.GetInt64(9),
                    MaterialConflict = reader.GetInt64(10),
                    Baseline = baseline,
                    Trend = trend,
                });
            }
        // PostgreSQL orders keys by its collation; stats are in ordinal order, as from the merged events.
        Trend.SortByGroupAndPeriod(rows);
        return rows;
    }

    /// <summary>Whether any actor term of the filter is some stored entity's name (a name filters through the event's entities, not its codes).</summary>
    static async Task<bool> NamesAnEntityAsync(DbConnection connection, EventQuery filter, CancellationToken cancel)
    {
        foreach (var term in EventFilter.ActorTerms(filter))
            if ((await EventFilter.EntitiesNamedAsync(connection, term, cancel)).Length > 0) return true;
        return false;
    }

    /// <summary>
    /// One dyad's, actor's, recipient's, country's or category's stats per quad, from its rows of
    /// stats_months: each month's row holds every quad's count, mentions and Goldstein sums. The rows
    /// are what counting its merged events by quad gives (tests compare the two).
    /// </summary>
    internal async Task<IReadOnlyList<StatsRow>> RollupSeriesAsync(StatsQuery query, StatsRollup.Member member, CancellationToken cancel)
    {
        await using var connection = await OpenConnectionAsync(cancel);
        return await RollupSeriesAsync(connection, query, member, cancel);
    }

    async Task<IReadOnlyList<StatsRow>> RollupSeriesAsync(DbConnection connection, StatsQuery query, StatsRollup.Member member, CancellationToken cancel)
    {
        var where = "grp = @grp AND key = @key AND key2 = @key2";
        if (query.Filter.From is not null) where += " AND month >= @from";
        if (query.Filter.To is not null) where += " AND month <= @to";
        var quadSums = string.Join(", ", Schema.Quads.Select(q => q.Column).Concat(Schema.QuadColumns));
        await using var command = Command(connection, null, $"SELECT month, {quadSums} FROM stats_months WHERE {where} ORDER BY month");
        Add(command, "@grp", member.Group);
        Add(command, "@key", member.Key);
        Add(command, "@key2", member.Key2);
        if (query.Filter.From is { } from) Add(command, "@from", Periods.Month(from));
        if (query.Filter.To is { } to) Add(command, "@to", Periods.Month(to));
        // Per quad and period: events, mentions, Goldstein sum, Goldstein times mentions.
        var sums = new SortedDictionary<(int Quad, DateOnly Period), (long Events, long Mentions, double Goldstein, double GoldsteinMentions)>();
        await using (var reader = await OpenReaderAsync(command, cancel))
            while (await reader.ReadAsync(cancel))
            {
                var month = reader.GetInt64(0);
                var period = Periods.Start(query.Per, query.Per == StatsPeriod.Month ? month : month / 100);
                for (var q = 0; q < Schema.Quads.Length; q++)
                {
                    var events = reader.GetInt64(1 + q);
                    if (events == 0) continue;
                    var at = 1 + Schema.Quads.Length + 3 * q;
                    var was = sums.GetValueOrDefault((q, period));
                    sums[(q, period)] = (was.Events + events, was.Mentions + reader.GetInt64(at), was.Goldstein + reader.GetDouble(at + 1),
                        was.GoldsteinMentions + reader.GetDouble(at + 2));
                }
            }
        var rows = new List<StatsRow>(sums.Count);
        foreach (var ((q, period), v) in sums)
        {
            if (v.Events <= 0) continue; // a quad whose merged events were all replaced away
            rows.Add(new StatsRow
            {
                Key = Schema.Quads[q].Quad,
                Period = period,
                Events = v.Events,
                Mentions = v.Mentions,
                GoldsteinSum = v.Goldstein,
                GoldsteinMentionWeightedMean = v.Mentions == 0 ? 0 : v.GoldsteinMentions / v.Mentions,
                VerbalCooperation = q == 0 ? v.Events : 0,
                MaterialCooperation = q == 1 ? v.Events : 0,
                VerbalConflict = q == 2 ? v.Events : 0,
                MaterialConflict = q == 3 ? v.Events : 0,
            });
        }
        return Trend.Mark(rows, query.Per, query.BaselinePeriods);
    }
}
