using Parley.Model;

namespace Parley.Knowledge;

/// <summary>Finds date expressions in a sentence and adds them as date mentions.</summary>
public sealed class DateRecognizer
{
    static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan."] = 1, ["february"] = 2, ["feb."] = 2, ["march"] = 3, ["mar."] = 3, ["april"] = 4,
        ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["aug."] = 8, ["september"] = 9,
        ["sept."] = 9, ["sep."] = 9, ["october"] = 10, ["oct."] = 10, ["november"] = 11, ["nov."] = 11,
        ["december"] = 12, ["dec."] = 12,
    };

    static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["several"] = 3,
        ["few"] = 3, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
    };

    static readonly HashSet<string> DateIntroducers = new(StringComparer.Ordinal)
    {
        "in", "on", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "mid-", "last",
        "next", "this", "before", "after", "through", "between", "and", "to", "as",
    };

    public void Recognize(Document document, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var length = Match(document, t, end, sentence.FirstToken, out var expression);
            if (length == 0) continue;
            document.Mentions.Add(new DateMention(t, t + length, expression!) { Reason = expression!.ToString() });
            t += length - 1;
        }
    }

    static int Match(Document d, int t, int end, int first, out DateExpression? expression)
    {
        expression = null;
        string W(int i) => i < end && i >= first ? d.LowerOf(i) : "";
        var w = W(t);

        if (w is "yesterday") { expression = new DateExpression(DateKind.DayOffset, Amount: -1); return 1; }
        if (w is "today" or "tonight") { expression = new DateExpression(DateKind.DayOffset, Amount: 0); return 1; }
        if (w is "tomorrow") { expression = new DateExpression(DateKind.DayOffset, Amount: 1, PointsToFuture: true); return 1; }
        if (w is "soon") { expression = new DateExpression(DateKind.Vague, PointsToFuture: true); return 1; }

        if (w is "this" or "last" or "next" or "past" && Unit(W(t + 1)) is { } unit)
        {
            var kind = w switch { "this" => DateKind.ThisUnit, "next" => DateKind.NextUnit, _ => DateKind.LastUnit };
            expression = new DateExpression(kind, Unit: unit, PointsToFuture: kind == DateKind.NextUnit);
            return 2;
        }
        if (w is "earlier" or "later" && W(t + 1) == "this" && Unit(W(t + 2)) is { } laterUnit)
        {
            expression = new DateExpression(DateKind.ThisUnit, Unit: laterUnit, PointsToFuture: w == "later");
            return 3;
        }
        if (w == "the" && W(t + 1) is "coming" or "next" or "following" && Unit(W(t + 2)) is not null)
        {
            expression = new DateExpression(DateKind.Vague, PointsToFuture: true);
            return 3;
        }
        if (w == "the" && W(t + 1) is "day" && W(t + 2) is "before" or "earlier")
        {
            expression = new DateExpression(DateKind.DayOffset, Amount: -1);
            return 3;
        }
        if (w == "the" && W(t + 1) is "previous" && Unit(W(t + 2)) is { } previousUnit)
        {
            expression = new DateExpression(DateKind.LastUnit, Unit: previousUnit);
            return 3;
        }

        // "two days ago", "18 years ago", "a year ago"
        if ((NumberWords.TryGetValue(w, out var amount) || (int.TryParse(w, out amount) && amount is > 0 and < 1000))
            && Unit(W(t + 1)) is { } agoUnit && W(t + 2) == "ago")
        {
            expression = new DateExpression(DateKind.Ago, Amount: amount, Unit: agoUnit);
            return 3;
        }
        // "decades ago", "more than a century ago"
        if (Unit(w) is "decade" or "century" or "year" && W(t + 1) == "ago" && !NumberWords.ContainsKey(W(t - 1)) && !int.TryParse(W(t - 1), out _))
        {
            expression = new DateExpression(DateKind.Ago, Amount: w.EndsWith('s') ? 2 : 1, Unit: Unit(w)!);
            return 2;
        }

        if (Weekdays.TryGetValue(w, out var weekday) && char.IsUpper(d.TextOf(t)[0]))
        {
            expression = new DateExpression(DateKind.Weekday, Weekday: weekday);
            return 1;
        }

        // "early February", "mid-March", "late 2019"
        var offset = 0;
        if (w is "early" or "mid" or "late" or "mid-") offset = 1;
        if (w.StartsWith("mid-", StringComparison.Ordinal) && Months.ContainsKey(w[4..]))
            return MonthExpression(d, t, end, first, Months[w[4..]], 1, out expression);

        var m = W(t + offset);
        if (Months.TryGetValue(m, out var month) && char.IsUpper(d.TextOf(t + offset)[0]))
        {
            // "May" is also a modal: as a month it follows a date word or precedes a number.
            var prev = W(t - 1);
            if (m == "may" && offset == 0 && !DateIntroducers.Contains(prev) && !IsDayNumber(W(t + 1)) && !IsYear(W(t + 1)))
                return 0;
            return MonthExpression(d, t + offset, end, first, month, offset + 1, out expression);
        }

        // "12 May 2023"
        if (IsDayNumber(w) && Months.TryGetValue(W(t + 1), out var monthAfterDay) && char.IsUpper(d.TextOf(t + 1)[0]))
        {
            var dayNumber = int.Parse(w);
            if (IsYear(W(t + 2)))
            {
                expression = new DateExpression(DateKind.Absolute, int.Parse(W(t + 2)), monthAfterDay, dayNumber);
                return 3;
            }
            expression = new DateExpression(DateKind.Absolute, Month: monthAfterDay, Day: dayNumber);
            return 2;
        }

        // "in 2018", "since 1979"
        if (IsYear(w) && (DateIntroducers.Contains(W(t - 1)) || offset > 0))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(w));
            return 1;
        }
        if (offset == 1 && IsYear(W(t + 1)))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(W(t + 1)));
            return 2;
        }
        return 0;
    }

    static int MonthExpression(Document d, int monthToken, int end, int first, int month, int consumed, out DateExpression expression)
    {
        string W(int i) => i < end && i >= first ? d.LowerOf(i) : "";
        var next = W(monthToken + 1);
        if (IsDayNumber(next))
        {
            var day = int.Parse(next);
            consumed++;
            var afterComma = W(monthToken + 2) == "," ? 3 : 2;
            if (IsYear(W(monthToken + afterComma)))
            {
                expression = new DateExpression(DateKind.Absolute, int.Parse(W(monthToken + afterComma)), month, day);
                return consumed + afterComma - 1;
            }
            expression = new DateExpression(DateKind.Absolute, Month: month, Day: day);
            return consumed;
        }
        if (IsYear(next))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(next), month);
            return consumed + 1;
        }
        expression = new DateExpression(DateKind.Absolute, Month: month);
        return consumed;
    }

    static string? Unit(string w) => w switch
    {
        "day" or "days" => "day",
        "week" or "weeks" => "week",
        "weekend" => "weekend",
        "month" or "months" => "month",
        "year" or "years" => "year",
        "decade" or "decades" => "decade",
        "century" or "centuries" => "century",
        _ => null,
    };

    static bool IsDayNumber(string w) => w.Length is 1 or 2 && int.TryParse(w, out var n) && n is >= 1 and <= 31;
    static bool IsYear(string w) => w.Length == 4 && int.TryParse(w, out var n) && n is >= 1900 and <= 2100;
}
