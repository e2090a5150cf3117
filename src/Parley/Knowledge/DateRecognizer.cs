using Parley.Model;
using Parley.Text;

namespace Parley.Knowledge;

/// <summary>Finds date expressions in a sentence and adds them as date mentions.</summary>
public sealed class DateRecognizer(DateWords dates, WordLists words)
{
    public void Recognize(Document document, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var length = Match(document, t, end, sentence.FirstToken, out var expression);
            if (length == 0)
            {
                if (AttributiveYear(document, t, end, sentence.FirstToken) is { } noun)
                    document.Mentions.Add(new DateMention(t, t + 1, new DateExpression(DateKind.Absolute, int.Parse(document.LowerOf(t))))
                        { Modifies = noun, Reason = $"year {document.LowerOf(t)} of '{document.TextOf(noun)}' only" });
                continue;
            }
            if (expression!.Year > 0 && OpenRangeBefore(document, t) is { } start) document.Mentions[start] = YearFromRangeEnd((DateMention)document.Mentions[start], expression);
            // ("his alleged role during the November coup attempt", "the June summit between Trump and Kim", "Police ban the
            // 1 July march": a month, or a day of it, between a determiner and a noun dates that noun only, as a year does.)
            var modifies = expression is { Kind: DateKind.Absolute, Month: > 0 } && (length == 1 || expression.Day > 0) ? NounAfterModifier(document, t, t + length, end, sentence.FirstToken) : null;
            // ("arrest six people in connection with Monday's deadly explosion", "Sunday's election": a date that owns a
            // noun dates that noun only.)
            modifies ??= NounAfterPossessive(document, t + length, end);
            // ("withdraws from the presidential election on 10 June", "ahead of the referendum in May": a date right after an
            // occasion dates the occasion, data/words/dated-occasion-nouns.txt.)
            modifies ??= OccasionBefore(document, t, sentence.FirstToken);
            document.Mentions.Add(new DateMention(t, t + length, expression)
                { Modifies = modifies, Reason = modifies is { } modified ? $"{expression} of '{document.TextOf(modified)}' only" : expression.ToString() });
            t += length - 1;
        }
    }

    /// <summary>
    /// "between July 30 and August 2, 2010", "from 28 December to 3 January 2011": the index of a day and month without a year
    /// that opens a range whose end, starting at <paramref name="t"/>, gives the year.
    /// </summary>
    int? OpenRangeBefore(Document d, int t)
    {
        if (d.Mentions.Count == 0 || d.Mentions[^1] is not DateMention { Expression: { Kind: DateKind.Absolute, Year: 0, Month: > 0 }, Modifies: null } start
            || start.End != t - 1 || !words.RangeJoiners.Contains(d.LowerOf(t - 1)))
            return null;
        return d.Mentions.Count - 1;
    }

    /// <summary>The range's start takes its end's year, or the year before when it falls in a later month ("December 28 to January 3, 2011").</summary>
    static DateMention YearFromRangeEnd(DateMention start, DateExpression end)
    {
        var year = end.Month > 0 && start.Expression.Month > end.Month ? end.Year - 1 : end.Year;
        var expression = start.Expression with { Year = year };
        return start with { Expression = expression, Reason = $"{expression} (the year of the range's end)" };
    }

    int Match(Document d, int t, int end, int first, out DateExpression? expression)
    {
        expression = null;
        string W(int i) => i < end && i >= first ? d.LowerOf(i) : "";
        // "October Square", "the October Revolution": a capitalised noun of a name after the month or weekday.
        bool PartOfName(int i) => i + 1 < end && words.DateNameHeads.Contains(W(i + 1)) && char.IsUpper(d.TextOf(i + 1)[0]);
        var w = W(t);
        // "it is (more than / almost) four years": a form of "to be" before the amount.
        bool IsBeBefore(int k)
        {
            var b = k - 1;
            while (b >= first && words.Approximators.Contains(W(b))) b--;
            return W(b) is "is" or "was" or "'s" or "been";
        }

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
        // "in the coming weeks" looks ahead of the news; "the next day", "the following week" follow the story told.
        if (w == "the" && W(t + 1) is "coming" or "next" or "following" && Unit(W(t + 2)) is not null)
        {
            expression = new DateExpression(DateKind.Vague, PointsToFuture: W(t + 1) == "coming");
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

        // "two days ago", "18 years ago", "a year ago"; "assassinated exactly two years earlier": years before the time told
        // about, which is near enough the publication's to make the act history ("one year earlier" may be a year before a
        // time long past, and is left alone).
        if ((dates.TryNumber(w, out var amount) || (int.TryParse(w, out amount) && amount is > 0 and < 1000))
            && Unit(W(t + 1)) is { } agoUnit && (W(t + 2) == "ago" || W(t + 2) == "earlier" && (agoUnit is "decade" or "century" || agoUnit == "year" && amount >= 2)))
        {
            expression = new DateExpression(DateKind.Ago, Amount: amount, Unit: agoUnit);
            return 3;
        }
        // "It is more than four years since Russia annexed Crimea": the time since an act, said with "to be", dates it.
        if ((dates.TryNumber(w, out var sinceAmount) || (int.TryParse(w, out sinceAmount) && sinceAmount is > 0 and < 1000))
            && Unit(W(t + 1)) is { } sinceUnit && W(t + 2) == "since" && IsBeBefore(t))
        {
            expression = new DateExpression(DateKind.Ago, Amount: sinceAmount, Unit: sinceUnit);
            return 3;
        }
        // "decades ago", "more than a century ago"
        if (Unit(w) is "decade" or "century" or "year" && W(t + 1) == "ago" && !dates.IsNumber(W(t - 1)) && !int.TryParse(W(t - 1), out _))
        {
            expression = new DateExpression(DateKind.Ago, Amount: w.EndsWith('s') ? 2 : 1, Unit: Unit(w)!);
            return 2;
        }

        if (dates.TryWeekday(w, out var weekday) && char.IsUpper(d.TextOf(t)[0]) && !PartOfName(t))
        {
            expression = new DateExpression(DateKind.Weekday, Weekday: weekday);
            return 1;
        }

        // "early February", "mid-March", "late 2019"
        var offset = 0;
        if (w is "early" or "mid" or "late" or "mid-") offset = 1;
        if (w.StartsWith("mid-", StringComparison.Ordinal) && dates.TryMonth(w[4..], out var midMonth))
            return MonthExpression(d, t, end, first, midMonth, 1, out expression);

        // "mid-2015", "late-2016": the part of the year and the year in one hyphenated token.
        if (w.IndexOf('-') is > 0 and var dash && w[..dash] is "early" or "mid" or "late" && IsYear(w[(dash + 1)..]))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(w[(dash + 1)..]));
            return 1;
        }

        var m = W(t + offset);
        if (dates.TryMonth(m, out var month) && char.IsUpper(d.TextOf(t + offset)[0]))
        {
            // "May" is also a modal: as a month it follows a date word or precedes a number.
            var prev = W(t - 1);
            if (m == "may" && offset == 0 && !words.DateIntroducers.Contains(prev) && !IsDayNumber(W(t + 1)) && !IsYear(W(t + 1)))
                return 0;
            if (PartOfName(t + offset)) return 0;
            return MonthExpression(d, t + offset, end, first, month, offset + 1, out expression);
        }

        // "12 May 2023"
        if (IsDayNumber(w) && dates.TryMonth(W(t + 1), out var monthAfterDay) && char.IsUpper(d.TextOf(t + 1)[0]))
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
        if (IsYear(w) && (words.DateIntroducers.Contains(W(t - 1)) || offset > 0))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(w));
            return 1;
        }
        // "in 2013-14", "during 2014-2017": a span of years, dated by the year it begins.
        if (w.Length is 7 or 9 && w[4] == '-' && IsYear(w[..4]) && w[5..].All(char.IsDigit) && (w.Length == 7 || IsYear(w[5..]))
            && words.DateIntroducers.Contains(W(t - 1)))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(w[..4]));
            return 1;
        }
        if (offset == 1 && IsYear(W(t + 1)))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(W(t + 1)));
            return 2;
        }
        return 0;
    }

    int MonthExpression(Document d, int monthToken, int end, int first, int month, int consumed, out DateExpression expression)
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
        // "in November, 2015": a comma between month and year.
        if (next == "," && IsYear(W(monthToken + 2)))
        {
            expression = new DateExpression(DateKind.Absolute, int.Parse(W(monthToken + 2)), month);
            return consumed + 2;
        }
        expression = new DateExpression(DateKind.Absolute, Month: month);
        return consumed;
    }

    /// <summary>
    /// "killed in a 2015 airstrike", "Russia's 2014 annexation of Crimea": a year between a determiner or possessive and a
    /// noun dates that noun only (see <see cref="DateMention.Modifies"/>); the noun's token, or null.
    /// </summary>
    static int? AttributiveYear(Document d, int t, int end, int first)
    {
        return IsYear(d.LowerOf(t)) ? NounAfterModifier(d, t, t + 1, end, first) : null;
    }

    /// <summary>The noun that the modifier in [<paramref name="start"/>, <paramref name="after"/>), between a determiner or possessive and that noun, modifies (its token), or null.</summary>
    static int? NounAfterModifier(Document d, int start, int after, int end, int first) =>
        start - 1 >= first && d.TagOf(start - 1) is PosTag.DT or PosTag.PRPS or PosTag.POS ? NounAt(d, after, end) : null;

    /// <summary>The occasion a date follows after "on", "in" or "of" ("the presidential election on 10 June"; its token), or null.</summary>
    int? OccasionBefore(Document d, int t, int first) =>
        t - 2 >= first && d.LowerOf(t - 1) is "on" or "in" or "of" && words.DatedOccasionNouns.Contains(d.LowerOf(t - 2)) ? t - 2 : null;

    /// <summary>The noun after a date's possessive "'s" at <paramref name="t"/> (its token), or null.</summary>
    static int? NounAfterPossessive(Document d, int t, int end) => t < end && d.TagOf(t) == PosTag.POS ? NounAt(d, t + 1, end) : null;

    /// <summary>The noun at <paramref name="next"/>, past up to three modifiers or names ("the 2003 El Nogal Club bombing"), or null.</summary>
    static int? NounAt(Document d, int next, int end)
    {
        if (next >= end) return null;
        var noun = next;
        while (noun + 1 < end && noun - next <= 2 && d.TagOf(noun) is PosTag.JJ or PosTag.NNP) noun++;
        return d.TagOf(noun) is PosTag.NN or PosTag.NNS ? noun : null;
    }

    string? Unit(string w) => dates.Unit(w);

    static bool IsDayNumber(string w) => w.Length is 1 or 2 && int.TryParse(w, out var n) && n is >= 1 and <= 31;
    static bool IsYear(string w) => w.Length == 4 && int.TryParse(w, out var n) && n is >= 1900 and <= 2100;
}
