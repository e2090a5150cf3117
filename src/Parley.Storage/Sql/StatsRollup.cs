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
sealed class StatsRollup(int capacity = 0)
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
        /// <summary>Per quad, in <see cref="Schema.Quads"/> order (inline: three arrays per row were a fifth of the rollup's allocations).</summary>
        public Quads<long> QuadMentions;
        public Quads<double> QuadGoldstein, QuadGoldsteinMentions;
        /// <summary>Whether the row is known not to exist in the table yet (<see cref="MarkNew"/>): appended, not summed into.</summary>
        public bool New;

        public void Reset()
        {
            Events = Mentions = VerbalCooperation = MaterialCooperation = VerbalConflict = MaterialConflict = 0;
            Goldstein = GoldsteinMentions = 0;
            QuadMentions = default;
            QuadGoldstein = QuadGoldsteinMentions = default;
            New = false;
        }
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    struct Quads<T>
    {
        T first;
    }

    /// <summary>The index of a quad in <see cref="Schema.Quads"/>, or -1.</summary>
    public static int QuadIndex(string quad) => quad switch
    {
        "verbal-cooperation" => 0,
        "material-cooperation" => 1,
        "verbal-conflict" => 2,
        "material-conflict" => 3,
        _ => -1,
    };

    readonly Dictionary<(string Group, long Month, string Key, string Key2), Sums> changes = new(capacity);

    /// <summary>
    /// Rows of earlier batches, zeroed, for the next (<see cref="Clear"/>): a batch of 10,000 documents sums into about
    /// 5,000 rows, and new ones for every batch were 128 MiB of a 1 M-event load's allocations.
    /// </summary>
    readonly Stack<Sums> spare = new();

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Empties the rollup for another batch, keeping its table and rows.</summary>
    public void Clear()
    {
        foreach (var s in changes.Values)
        {
            s.Reset();
            spare.Push(s);
        }
        changes.Clear();
    }

    public int Count => changes.Count;

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
        ref var s = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(changes, (group, month, key, key2), out _);
        s ??= spare.TryPop(out var reused) ? reused : new Sums();
        s.Events += sign;
        s.Mentions += sign * m.Mentions;
        s.Goldstein += sign * m.Goldstein;
        s.GoldsteinMentions += sign * m.Goldstein * m.Mentions;
        var q = QuadIndex(m.Quad);
        switch (q)
        {
            case 0: s.VerbalCooperation += sign; break;
            case 1: s.MaterialCooperation += sign; break;
            case 2: s.VerbalConflict += sign; break;
            case 3: s.MaterialConflict += sign; break;
        }
        if (q < 0) return;
        s.QuadMentions[q] += sign * m.Mentions;
        s.QuadGoldstein[q] += sign * m.Goldstein;
        s.QuadGoldsteinMentions[q] += sign * m.Goldstein * m.Mentions;
    }

    /// <summary>Marks the rows whose key <paramref name="isNew"/> (asked once per row) says the table does not hold; returns how many.</summary>
    public int MarkNew(Func<(string Group, long Month, string Key, string Key2), bool> isNew)
    {
        var n = 0;
        foreach (var (key, s) in changes)
            if (s.New = isNew(key)) n++;
        return n;
    }

    /// <summary>Adds the changes to the table (rows are created or summed into).</summary>
    public Task WriteAsync(TableWriter w) => WriteAsync(w, null);

    /// <summary>Writes the changes marked new (<see cref="MarkNew"/>) or those not, or with null all of them.</summary>
    public async Task WriteAsync(TableWriter w, bool? marked)
    {
        foreach (var ((group, month, key, key2), s) in changes)
        {
            if (marked is { } m && s.New != m) continue;
            await w.StartRowAsync();
            w.Write(group); w.Write(key); w.Write(key2); w.Write(month);
            w.Write(s.Events); w.Write(s.Mentions); w.Write(s.Goldstein); w.Write(s.GoldsteinMentions);
            w.Write(s.VerbalCooperation); w.Write(s.MaterialCooperation); w.Write(s.VerbalConflict); w.Write(s.MaterialConflict);
            for (var q = 0; q < 4; q++) { w.Write(s.QuadMentions[q]); w.Write(s.QuadGoldstein[q]); w.Write(s.QuadGoldsteinMentions[q]); }
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
    /// The rollup answers whole-store stats per month or year whose only filters are dates on month
    /// boundaries; one dyad's, actor's, recipient's, country's or category's series by quad is read from
    /// that member's rows (<see cref="SeriesMember"/>); any other filter (words, a date inside a month,
    /// two members at once) needs the merged events themselves.
    /// </summary>
    public static bool CanAnswer(StatsQuery q)
    {
        var f = q.Filter;
        return MonthsOnly(q) && f.Actor is null && f.Recipient is null && f.Dyad is null && f.Category is null && f.Country is null;
    }

    /// <summary>Per month or year, with dates (if any) on month boundaries, counting the status the rollup counts.</summary>
    static bool MonthsOnly(StatsQuery q) =>
        q.Per is StatsPeriod.Month or StatsPeriod.Year && q.Filter.From is null or { Day: 1 } && (q.Filter.To is not { } to || to.AddDays(1).Day == 1)
        && q.Status == StatsQuery.DefaultStatus && q.Filter.Quad is null && q.Filter.Mode is null && string.IsNullOrWhiteSpace(q.Filter.Text)
        && q.Filter.MinSources is null;

    /// <summary>One member of a rollup group: its group and keys in stats_months.</summary>
    public readonly record struct Member(string Group, string Key, string Key2);

    /// <summary>
    /// The member whose series per quad a query asks for, when the rollup can answer it: stats by quad
    /// per month or year whose one filter (besides month-aligned dates) is a dyad in one direction, an
    /// actor, a recipient, a country or a category. Actor terms must be codes, not entity names (which
    /// match through the event's entities, not its primary codes); the caller checks that.
    /// </summary>
    public static Member? SeriesMember(StatsQuery q)
    {
        if (q.By != StatsGroup.Quad || !MonthsOnly(q)) return null;
        var f = q.Filter;
        Member? member = null;
        var filters = 0;
        if (f.Dyad is var (a, b) && !f.EitherDirection) { member = new("dyad", a, b); filters++; }
        else if (f.Dyad is not null) return null;
        if (f.Actor is { } actor) { member = new("actor", actor, ""); filters++; }
        if (f.Recipient is { } recipient) { member = new("recipient", recipient, ""); filters++; }
        if (f.Country is { Length: > 0 } country) { member = new("country", country, ""); filters++; }
        else if (f.Country is not null) return null;
        if (f.Category is { } category) { member = new("event", category.Name(), ""); filters++; }
        return filters == 1 ? member : null;
    }
}
