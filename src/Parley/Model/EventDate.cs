namespace Parley.Model;

/// <summary>When an event happened, with how precisely that is known. A month-precise date is its first day.</summary>
public readonly record struct EventDate(DateOnly Date, DatePrecision Precision)
{
    public static EventDate Day(DateOnly date) => new(date, DatePrecision.Day);
    public static EventDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);
    public static EventDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy"),
        DatePrecision.Month => Date.ToString("yyyy-MM"),
        _ => Date.ToString("yyyy-MM-dd"),
    };
}
