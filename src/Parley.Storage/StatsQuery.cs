using Parley.Model;

namespace Parley.Storage;

/// <summary>What stats group merged events by.</summary>
public enum StatsGroup { Dyad, Actor, Recipient, Country, Event, Quad }

/// <summary>The period each stats row covers. Weeks start on Monday.</summary>
public enum StatsPeriod { Day, Week, Month, Year }

/// <summary>
/// `parley stats`: counts of merged events matching a filter, per group and period. Stats count events
/// of one status: those that happened (asserted) unless the filter names another, so that planned,
/// hypothetical, denied and long-past events never swell an analyst's counts.
/// </summary>
public sealed record StatsQuery
{
    public StatsGroup By { get; init; } = StatsGroup.Dyad;
    public StatsPeriod Per { get; init; } = StatsPeriod.Month;
    /// <summary>Filters on the merged events (its paging fields and <see cref="EventQuery.Merged"/> are ignored).</summary>
    public EventQuery Filter { get; init; } = new();
    /// <summary>How many earlier periods the baseline averages (ACLED's Trendfinder compares with the previous ones).</summary>
    public int BaselinePeriods { get; init; } = 4;

    /// <summary>The status stats count when the filter names none: events that happened.</summary>
    public const EventStatus DefaultStatus = EventStatus.Asserted;

    /// <summary>The status counted: the filter's, or <see cref="DefaultStatus"/>.</summary>
    public EventStatus Status => Filter.Status ?? DefaultStatus;

    /// <summary>A grouping as users write it ("dyad", "Actor"); numbers are not names.</summary>
    public static bool TryParseGroup(string? text, out StatsGroup group) => TryParseName(text, out group);

    /// <summary>A period as users write it ("month", "Year").</summary>
    public static bool TryParsePeriod(string? text, out StatsPeriod period) => TryParseName(text, out period);

    /// <summary>The names of an enum's values as users write them: "dyad, actor, ...".</summary>
    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));

    static bool TryParseName<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && !int.TryParse(text, out _) && Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}

/// <summary>How a period compares with its baseline (see <see cref="Trend"/> for the thresholds).</summary>
public enum TrendMark { None, LargeIncrease, ModerateIncrease, ModerateDecrease, LargeDecrease }

/// <summary>One group in one period.</summary>
public sealed record StatsRow
{
    /// <summary>The group: a code or category name; for a dyad, the actor's code.</summary>
    public required string Key { get; init; }
    /// <summary>For a dyad, the recipient's code; otherwise null.</summary>
    public string? Key2 { get; init; }
    /// <summary>The first day of the period.</summary>
    public required DateOnly Period { get; init; }
    public required long Events { get; init; }
    public required long Mentions { get; init; }
    public required double GoldsteinSum { get; init; }
    public double GoldsteinMean => Events == 0 ? 0 : GoldsteinSum / Events;
    /// <summary>Goldstein scores weighted by each event's mentions, as GDELT users weight them.</summary>
    public required double GoldsteinMentionWeightedMean { get; init; }
    public required long VerbalCooperation { get; init; }
    public required long MaterialCooperation { get; init; }
    public required long VerbalConflict { get; init; }
    public required long MaterialConflict { get; init; }
    /// <summary>Mean event count of the group over the previous periods (missing periods count as zero).</summary>
    public double? Baseline { get; init; }
    public TrendMark Trend { get; init; }
}
