namespace Parley.Model;

/// <summary>The kinds of date expression news text uses.</summary>
public enum DateKind { Absolute, Weekday, ThisUnit, LastUnit, NextUnit, Ago, DayOffset, Vague }

/// <summary>
/// A date expression as written, before it is resolved against the publication date:
/// "in November 2022" (Absolute, year and month), "on Thursday" (Weekday), "last month" (LastUnit month),
/// "two days ago" (Ago), "yesterday" (DayOffset -1), "in the coming months" (Vague, future).
/// </summary>
public sealed record DateExpression(DateKind Kind, int Year = 0, int Month = 0, int Day = 0, int Amount = 0,
    string Unit = "", DayOfWeek Weekday = DayOfWeek.Sunday, bool PointsToFuture = false);

