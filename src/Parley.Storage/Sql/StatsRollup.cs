using System.Data.Common;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// The stats_months table: per stats group (dyad, actor, recipient, country, event, quad) and
/// month, the merged events' count, mentions, Goldstein sums and quad counts, kept up to date by
/// every ingest batch. A whole-store `parley stats --per month` (or year) then reads one row per
/// group and month instead of grouping every merged event. Ingest adds what a batch changed: the
/// merged events it created, and for merged events stored before, their counts after the batch
/// minus those before. Dated merged events that happened (status asserted) only, as stats count them
/// by default; stats of another status are counted from the merged events.
/// </summary>
sealed class StatsRollup
{
    /// <summary>The group names stored in the table's grp column, one per <see cref="StatsGroup"/>.</summary>
    public static string Group(StatsGroup by) => by switch
    {
        StatsGroup.Dyad => "dyad",
        StatsGroup.Actor => "actor",
        StatsGroup.Recipient => "recipient",
        StatsGroup.Country => "country",
        StatsGroup.Event => "event",
        _ => "quad",
    };

    /// <summary>A merged event as the rollup counts it.</summary>
    public readonly record struct Merged(string Actor, string Recipient, string? Country, string Category, string Quad, long Month, double Goldstein, long Mentions);

    sealed class Sums
    {
        public long Events, Mentions, VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict;
        public double Goldstein, GoldsteinMentions;
    }

    readonly Dictionary<(string Group, long Month, string Key, string Key2), Sums> changes = new();

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Counts a merged event in (+1) or out (-1) of every group it belongs to.</summary>
    public void Add(Merged m, int sign)
    {
        Add("dyad", m.Month, m.Actor, m.Recipient, m, sign);
        Add("actor", m.Month, m.Actor, "", m, sign);
        Add("recipient", m.Month, m.Recipient, "", m, sign);
        Add("country", m.Month, m.Country ?? "", "", m, sign);
        Add("event", m.Month, m.Category, "", m, sign);
        Add("quad", m.Month, m.Quad, "", m, sign);
    }

    void Add(string group, long month, string key, string key2, Merged m, int sign)
    {
        if (!changes.TryGetValue((group, month, key, key2), out var s)) changes[(group, month, key, key2)] = s = new Sums();
        s.Events += sign;
        s.Mentions += sign * m.Mentions;
        s.Goldstein += sign * m.Goldstein;
        s.GoldsteinMentions += sign * m.Goldstein * m.Mentions;
        switch (m.Quad)
        {
            case "verbal-cooperation": s.VerbalCooperation += sign; break;
            case "material-cooperation": s.MaterialCooperation += sign; break;
            case "verbal-conflict": s.VerbalConflict += sign; break;
            case "material-conflict": s.MaterialConflict += sign; break;
        }
    }

    /// <summary>Adds the changes to the table (rows are created or summed into).</summary>
    public async Task WriteAsync(TableWriter w)
    {
        foreach (var ((group, month, key, key2), s) in changes)
        {
            await w.StartRowAsync();
            w.Write(group); w.Write(key); w.Write(key2); w.Write(month);
            w.Write(s.Events); w.Write(s.Mentions); w.Write(s.Goldstein); w.Write(s.GoldsteinMentions);
            w.Write(s.VerbalCooperation); w.Write(s.MaterialCooperation); w.Write(s.VerbalConflict); w.Write(s.MaterialConflict);
            await w.EndRowAsync();
        }
        await w.CompleteAsync();
    }

    /// <summary>The columns <see cref="Read"/> expects of merged events, aliased g.</summary>
    public const string MergedColumns = "g.actor_code, g.recipient_code, g.country, g.category, g.quad, g.month, g.goldstein, g.mentions, g.status";

    /// <summary>The status of the merged events the rollup counts.</summary>
    public static readonly string Counted = StatsQuery.DefaultStatus.Name();

    /// <summary>A merged event from a row of <see cref="MergedColumns"/>, or null for one the rollup leaves out (undated, or not asserted).</summary>
    public static Merged? Read(DbDataReader r, int first) =>
        r.IsDBNull(first + 5) || r.GetString(first + 8) != Counted ? null
            : new Merged(r.GetString(first), r.GetString(first + 1), EventRows.Str(r, first + 2), r.GetString(first + 3), r.GetString(first + 4),
                r.GetInt64(first + 5), r.GetDouble(first + 6), r.GetInt64(first + 7));

    /// <summary>
    /// The rollup answers stats per month or year whose only filters are dates on month
    /// boundaries; any other filter (an actor, a category, words, a date inside a month) needs the
    /// merged events themselves.
    /// </summary>
    public static bool CanAnswer(StatsQuery q)
    {
        if (q.Per is not (StatsPeriod.Month or StatsPeriod.Year)) return false;
        var f = q.Filter;
        if (f.From is { Day: not 1 }) return false;
        if (f.To is { } to && to.AddDays(1).Day != 1) return false;
        return f.Actor is null && f.Recipient is null && f.Dyad is null && f.Category is null && f.Quad is null && f.Mode is null
               && (f.Status ?? StatsQuery.DefaultStatus) == StatsQuery.DefaultStatus && f.Country is null && string.IsNullOrWhiteSpace(f.Text) && f.MinSources is null;
    }
}
