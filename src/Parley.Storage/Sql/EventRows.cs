using System.Data.Common;
using System.Text.Json;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// The one place where a <see cref="PloverEvent"/> becomes rows and rows become one again, for
/// every store. When the model changes (value types for mode, sector and context; entity offsets;
/// the coding rule), this class and <see cref="TableShape"/> are what change.
/// </summary>
static class EventRows
{
    /// <summary>The code an entity is grouped and merged by: organisation, else country, else its name.</summary>
    public static string Code(Entity e) => e.Code ?? e.Name;

    /// <summary>GDELT-style primary code of a side: its first entity's, or empty for none.</summary>
    public static string PrimaryCode(IReadOnlyList<EventEntity> side) => side.Count == 0 ? "" : Code(side[0].Entity);

    /// <summary>Events with the same key, a day apart at most and compatible places are one merged event.</summary>
    public static string MergeKey(PloverEvent e) =>
        string.Join('|', e.Category.Name(), e.Status.Name(), SideCodes(e.Actor), SideCodes(e.Recipient));

    /// <summary>The side's distinct codes in ordinal order, joined by commas (without LINQ: one merge key per event).</summary>
    static string SideCodes(IReadOnlyList<EventEntity> side)
    {
        switch (side.Count)
        {
            case 0: return "";
            case 1: return Code(side[0].Entity);
        }
        var codes = new string[side.Count];
        for (var i = 0; i < codes.Length; i++) codes[i] = Code(side[i].Entity);
        Array.Sort(codes, StringComparer.Ordinal);
        var distinct = 1;
        for (var i = 1; i < codes.Length; i++)
            if (!string.Equals(codes[i], codes[distinct - 1], StringComparison.Ordinal)) codes[distinct++] = codes[i];
        return string.Join(',', codes, 0, distinct);
    }

    /// <summary>A stable id for an entity: equal entities get equal ids in every process and store.</summary>
    public static long EntityId(Entity e)
    {
        var h = 14695981039346656037UL;
        foreach (var part in (ReadOnlySpan<string?>)[e.Name, e.Country, Name(e.Sector), e.Title, e.Org, Name(e.OrgType), EnumNames<EntityKind>.Of(e.Kind)])
        {
            foreach (var c in part ?? "\u0001") h = (h ^ c) * 1099511628211UL;
            h = (h ^ 0xFFFF) * 1099511628211UL;
        }
        return (long)h;
    }

    /// <summary>The value's name as ToString (and <see cref="Codes.Name(Sector)"/>) spells it, or null.</summary>
    static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? EnumNames<T>.Of(v) : null;

    public static string NameKey(string name) => name.ToLowerInvariant();

    public static long? Day(DateOnly? date) => date?.DayNumber;

    /// <param name="docRid">The integer key of the event's document (documents.rid).</param>
    public static async ValueTask WriteEventAsync(TableWriter events, PreparedEvent prepared, long docRid)
    {
        var e = prepared.Event;
        await events.StartRowAsync();
        events.Write(prepared.Rid);
        events.Write(prepared.Id);
        events.Write(docRid);
        events.Write(e.Sentence);
        events.Write(prepared.Day);
        events.Write(e.Date?.Precision.Name());
        events.Write(e.Category.Name());
        events.Write(e.Quad.Name());
        events.Write(e.Mode?.Name());
        events.Write(prepared.Context);
        events.Write(e.Status.Name());
        events.Write(e.Intensity);
        events.Write(e.Cameo.Value);
        events.Write(e.Goldstein);
        events.Write(e.Location?.Text);
        events.Write(e.Location?.Place.Name);
        events.Write(e.Location?.Place.Country);
        events.Write(e.Location?.Place.Lat);
        events.Write(e.Location?.Place.Lon);
        events.Write(e.EventText);
        events.Write(e.SpanStart);
        events.Write(e.SpanEnd);
        events.Write((string?)null); // rule: the coder does not report it yet
        events.Write(prepared.ActorCode);
        events.Write(prepared.RecipientCode);
        await events.EndRowAsync();
    }

    /// <param name="ids">The side's entity ids (<see cref="EntityId"/>), in its order.</param>
    /// <param name="eventRid">The event's integer key (events.rid).</param>
    public static async ValueTask WriteLinksAsync(TableWriter links, long eventRid, IReadOnlyList<EventEntity> side, long[] ids)
    {
        for (var pos = 0; pos < side.Count; pos++)
        {
            await links.StartRowAsync();
            links.Write(eventRid);
            links.Write(pos);
            links.Write(ids[pos]);
            links.Write(side[pos].Text);
            links.Write((long?)null); // entity offsets: the model does not carry them yet
            links.Write((long?)null);
            await links.EndRowAsync();
        }
    }

    public static async ValueTask WriteEntityAsync(TableWriter entities, long id, Entity e)
    {
        await entities.StartRowAsync();
        entities.Write(id);
        entities.Write(e.Name);
        entities.Write(NameKey(e.Name));
        entities.Write(e.Country);
        entities.Write(Name(e.Sector));
        entities.Write(e.Title);
        entities.Write(e.Org);
        entities.Write(Name(e.OrgType));
        entities.Write(EnumNames<EntityKind>.Of(e.Kind));
        await entities.EndRowAsync();
    }

    /// <summary>
    /// The events columns a query selects, aliased e, with the sentence text (s) and the event's integer key after them;
    /// the document's text id from its row (d, <see cref="DocumentJoin"/>).
    /// </summary>
    public const string SelectColumns =
        "e.id, d.id, e.sentence, e.day, e.date_precision, e.category, e.mode, e.context, e.status, e.intensity, " +
        "e.cameo, e.goldstein, e.loc_text, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.event_text, " +
        "e.span_start, e.span_end, e.rule, s.text, e.rid";

    /// <summary>The join from events (e) to their documents (d) that <see cref="SelectColumns"/> reads.</summary>
    public const string DocumentJoin = "JOIN documents d ON d.rid = e.doc_rid";

    /// <summary>Number of columns in <see cref="SelectColumns"/>; extra columns a query adds follow them.</summary>
    public const int SelectCount = 23;

    /// <summary>The event's integer key (events.rid) in a <see cref="SelectColumns"/> row: what its links are found by.</summary>
    public static long Rid(object[] v) => Convert.ToInt64(v[22]);

    /// <summary>Builds an event from a row of <see cref="SelectColumns"/> values; entities come from <see cref="ReadEntity"/>.</summary>
    public static PloverEvent ReadEvent(object[] v, IReadOnlyList<EventEntity> actor, IReadOnlyList<EventEntity> recipient)
    {
        EventDate? date = v[3] is DBNull ? null
            : new EventDate(DateOnly.FromDayNumber((int)Convert.ToInt64(v[3])), Enum.Parse<DatePrecision>((string)v[4], ignoreCase: true));
        Codes.TryParseCategory((string)v[5], out var category);
        EventLocation? location = v[12] is DBNull ? null
            : new EventLocation((string)v[12], new Place(v[13] as string ?? "", v[14] as string ?? "", Real(v[15]), Real(v[16]), PlaceKind.City));
        return new PloverEvent
        {
            Id = EventId.TryParse((string)v[0], out var id) ? id : throw new FormatException($"stored event id '{v[0]}' is malformed"),
            Doc = (string)v[1],
            Sentence = (int)Convert.ToInt64(v[2]),
            Date = date,
            Category = category,
            Mode = Codes.TryParseMode(v[6] as string, out var mode) ? mode : null,
            Context = (JsonSerializer.Deserialize<string[]>((string)v[7]) ?? []).Select(c => Codes.TryParseContext(c, out var context) ? (PloverContext?)context : null).OfType<PloverContext>().ToList(),
            Status = Enum.Parse<EventStatus>((string)v[8], ignoreCase: true),
            Intensity = Real(v[9]),
            Cameo = new CameoCode((string)v[10]),
            Goldstein = Real(v[11]),
            Actor = actor,
            Recipient = recipient,
            Location = location,
            EventText = (string)v[17],
            SpanStart = (int)Convert.ToInt64(v[18]),
            SpanEnd = (int)Convert.ToInt64(v[19]),
            Text = v[21] as string ?? "",
        };
    }

    /// <summary>The rule that coded the event, from a <see cref="SelectColumns"/> row.</summary>
    public static string? Rule(object[] v) => v[20] as string;

    static double Real(object value) => value is DBNull ? 0 : Convert.ToDouble(value);

    /// <summary>The columns <see cref="ReadEntity"/> expects, links aliased l and entities n.</summary>
    public const string EntityColumns = "l.event_rid, l.pos, l.text, n.name, n.country, n.sector, n.title, n.org, n.org_type, n.kind";

    public static (long EventRid, EventEntity Entity) ReadEntity(DbDataReader r) =>
        (r.GetInt64(0), new EventEntity(r.GetString(2), new Entity(
            r.GetString(3), Str(r, 4), Codes.TryParseSector(Str(r, 5), out var sector) ? sector : null, Str(r, 6), Str(r, 7),
            r.IsDBNull(8) ? null : Enum.Parse<OrgType>(r.GetString(8)),
            Enum.Parse<EntityKind>(r.GetString(9)))));

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static double Dbl(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : r.GetDouble(i);
    public static long? Lng(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}

/// <summary>
/// An enum's names as ToString spells them, looked up: ToString boxes the value on every call, and entity ids and rows
/// ask for three names per entity of every event.
/// </summary>
static class EnumNames<T> where T : struct, Enum
{
    static readonly Dictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => v.ToString());

    public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
}

/// <summary>Calendar periods as the schema stores them.</summary>
static class Periods
{
    public static long Week(int dayNumber) => dayNumber - ((int)DateOnly.FromDayNumber(dayNumber).DayOfWeek + 6) % 7;
    public static long Month(DateOnly d) => d.Year * 100 + d.Month;

    public static DateOnly Start(StatsPeriod per, long value) => per switch
    {
        StatsPeriod.Day or StatsPeriod.Week => DateOnly.FromDayNumber((int)value),
        StatsPeriod.Month => new DateOnly((int)(value / 100), (int)(value % 100), 1),
        _ => new DateOnly((int)value, 1, 1),
    };


    public static string Column(StatsPeriod per) => per switch
    {
        StatsPeriod.Day => "day", StatsPeriod.Week => "week", StatsPeriod.Month => "month", _ => "year",
    };
}
