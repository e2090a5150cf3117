using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Sources.Text;

/// <summary>
/// Publication times as feeds and pages really write them. RFC 822 dates come with wrong day names
/// ("Tue, 10 Apr 2019" for a Wednesday), zone names RFC 822 never knew (BST, CEST), two-digit
/// years and missing seconds; ISO 8601 turns up where RFC 822 belongs, and "April 10, 2019" in
/// meta tags. The day name is ignored; an unknown zone is read as UTC, which moves a date by at
/// most a day and only near midnight. Returns null for text that holds no date at all.
/// </summary>
public static partial class LenientDate
{
    static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    // Zone abbreviations seen in feeds, in hours east of UTC.
    static readonly Dictionary<string, double> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gmt"] = 0, ["ut"] = 0, ["utc"] = 0, ["z"] = 0, ["wet"] = 0, ["bst"] = 1, ["cet"] = 1, ["west"] = 1, ["cest"] = 2, ["eet"] = 2, ["eest"] = 3, ["msk"] = 3,
        ["est"] = -5, ["edt"] = -4, ["cst"] = -6, ["cdt"] = -5, ["mst"] = -7, ["mdt"] = -6, ["pst"] = -8, ["pdt"] = -7, ["akst"] = -9, ["hst"] = -10,
        ["ist"] = 5.5, ["pkt"] = 5, ["sgt"] = 8, ["hkt"] = 8, ["jst"] = 9, ["kst"] = 9, ["aest"] = 10, ["aedt"] = 11, ["nzst"] = 12, ["nzdt"] = 13,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var result = Iso(text) ?? Rfc822(text) ?? MonthFirst(text) ?? Fallback(text);
        return result is { Year: >= 1900 and <= 2200 } ? result : null;
    }

    static DateTimeOffset? Iso(string text)
    {
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]) || text[4] != '-') return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment)) return moment;
        // "2019-04-10 14:03:00 +0100" and other near-ISO forms: the date part alone is still worth having.
        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    static DateTimeOffset? Rfc822(string text)
    {
        var m = DayMonthYear().Match(text);
        if (!m.Success || !Months.TryGetValue(m.Groups["month"].Value[..3], out var month)) return null;
        return Build(Year(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m);
    }

    static DateTimeOffset? MonthFirst(string text)
    {
        var m = MonthDayYear().Match(text);
        if (!m.Success || !Months.TryGetValue(m.Groups["month"].Value[..3], out var month)) return null;
        return Build(Year(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), m);
    }

    static DateTimeOffset? Build(int year, int month, int day, Match m)
    {
        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) return null;
        var hour = m.Groups["hour"].Success ? int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 60) return null;
        return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), Offset(m.Groups["zone"].Value));
    }

    static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length <= 2 ? year < 50 ? 2000 + year : 1900 + year : year;
    }

    static TimeSpan Offset(string zone)
    {
        zone = zone.Trim();
        if (zone.Length == 0) return TimeSpan.Zero;
        var numeric = NumericZone().Match(zone);
        if (numeric.Success)
        {
            var hours = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture);
            var minutes = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return TimeSpan.Zero;
            var offset = new TimeSpan(hours, minutes, 0);
            return numeric.Groups[1].Value == "-" ? -offset : offset;
        }
        return Zones.TryGetValue(zone.Split(' ', '(')[0], out var h) ? TimeSpan.FromHours(h) : TimeSpan.Zero;
    }

    static DateTimeOffset? Fallback(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment) ? moment : null;

    [GeneratedRegex("""^(?:[A-Za-z]{2,9}\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>[A-Za-z]{3,9})\.?[\s-]+(?<year>\d{4}|\d{2})(?:[\sT,]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?)?\s*(?<zone>.*)$""")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("""^(?:[A-Za-z]{2,9}\.?,?\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?:[\s,]+(?:at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?\s*(?<zone>.*)$""")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex("""^(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})$""")]
    private static partial Regex NumericZone();
}
