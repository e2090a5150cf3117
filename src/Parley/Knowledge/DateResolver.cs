using Parley.Model;

namespace Parley.Knowledge;

/// <summary>Resolves date expressions against a publication date, Noda-style: the reference date is passed in.</summary>
public static class DateResolver
{
    /// <summary>
    /// The date an expression refers to. Expressions without a year ("in June", "on Thursday") take
    /// the nearest such date before the publication date, or after it when the event lies ahead.
    /// </summary>
    public static EventDate? Resolve(DateExpression e, DateOnly published, bool future)
    {
        switch (e.Kind)
        {
            case DateKind.Absolute when e.Year > 0 && e.Month > 0 && e.Day > 0:
                return Valid(e.Year, e.Month, e.Day) ? EventDate.Day(new DateOnly(e.Year, e.Month, e.Day)) : EventDate.Month(e.Year, e.Month);
            case DateKind.Absolute when e.Year > 0 && e.Month > 0:
                return EventDate.Month(e.Year, e.Month);
            case DateKind.Absolute when e.Year > 0:
                return EventDate.Year(e.Year);
            case DateKind.Absolute when e.Month > 0:
            {
                var year = published.Year;
                if (!future && e.Month > published.Month) year--;
                if (future && e.Month < published.Month) year++;
                if (e.Day > 0 && Valid(year, e.Month, e.Day)) return EventDate.Day(new DateOnly(year, e.Month, e.Day));
                return EventDate.Month(year, e.Month);
            }
            case DateKind.Weekday:
            {
                var delta = (int)e.Weekday - (int)published.DayOfWeek;
                if (future) { if (delta <= 0) delta += 7; }
                else if (delta > 0) delta -= 7;
                return EventDate.Day(published.AddDays(delta));
            }
            case DateKind.ThisUnit or DateKind.LastUnit or DateKind.NextUnit:
            {
                var step = e.Kind switch { DateKind.LastUnit => -1, DateKind.NextUnit => 1, _ => 0 };
                return e.Unit switch
                {
                    "year" => EventDate.Year(published.Year + step),
                    "month" => MonthOf(published.AddMonths(step)),
                    "week" or "weekend" => EventDate.Day(published.AddDays(7 * step)),
                    _ => EventDate.Day(published.AddDays(step)),
                };
            }
            case DateKind.Ago:
                return e.Unit switch
                {
                    "year" => EventDate.Year(published.Year - e.Amount),
                    "decade" => EventDate.Year(published.Year - 10 * e.Amount),
                    "century" => EventDate.Year(published.Year - 100 * e.Amount),
                    "month" => MonthOf(published.AddMonths(-e.Amount)),
                    "week" => EventDate.Day(published.AddDays(-7 * e.Amount)),
                    _ => EventDate.Day(published.AddDays(-e.Amount)),
                };
            case DateKind.DayOffset:
                return EventDate.Day(published.AddDays(e.Amount));
            default:
                return null;
        }
    }

    static EventDate MonthOf(DateOnly date) => EventDate.Month(date.Year, date.Month);

    static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
