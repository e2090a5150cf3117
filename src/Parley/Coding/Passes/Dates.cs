using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// When each event happened: the date expression nearest its trigger within its clause, resolved against
/// the publication date, else the publication date itself. A date ahead of publication makes the event
/// future ("when the two officials attend the forum in June"); one more than about a year before it makes
/// the event historical (PLOVER auxiliary mode; eval/README.md, Status).
/// </summary>
public sealed class Dates : ICodingPass
{
    public string Name => "dates";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) Resolve(s, e);
    }

    static void Resolve(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var region = s.Syntax.RegionOf(e);
        var published = d.Article.Date;
        var lookedAhead = false;
        var dates = d.MentionsOf(s.Sentence).OfType<DateMention>().Where(m => m.First >= region.First && m.End <= region.End)
                              .OrderBy(m => Math.Abs(m.First - e.Match.Anchor)).ToList();
        foreach (var m in dates)
        {
            if (m.Expression.PointsToFuture && e.Status == EventStatus.Asserted) e.Status = EventStatus.Future;
            if (published is null) break;
            var presentAhead = PresentLooksAhead(s, e.Clause);
            var resolved = DateResolver.Resolve(m.Expression, published.Value, e.Status == EventStatus.Future || presentAhead);
            lookedAhead = presentAhead;
            if (resolved is null) continue;
            e.Date = resolved;
            e.Reasons.Add($"date '{d.TextOf(m.First, m.End - 1)}' → {resolved}");
            break;
        }
        if (e.Date is null && published is not null) e.Date = EventDate.Day(published.Value);
        if (e.Date is not { } when || published is not { } today || e.Status != EventStatus.Asserted) return;
        if (lookedAhead && when.Date > today && !(when.Precision == DatePrecision.Month && when.Date.Year == today.Year && when.Date.Month == today.Month)
            && !(when.Precision == DatePrecision.Year && when.Date.Year == today.Year))
        {
            e.Status = EventStatus.Future;
            e.Reasons.Add($"status future: {when} is after publication on {today:yyyy-MM-dd}");
        }
        else if (when.Date.AddYears(1) < today.AddDays(-31) && (when.Precision != DatePrecision.Year || when.Date.Year < today.Year - 1))
        {
            e.Status = EventStatus.Historical;
            e.Reasons.Add($"status historical: {when} is well before publication on {today:yyyy-MM-dd}");
        }
    }

    /// <summary>Present tense with a bare month or weekday looks ahead ("when the two officials attend the forum in June").</summary>
    static bool PresentLooksAhead(SentenceCoding s, Text.Clause? clause) =>
        clause is { Past: false, Perfect: false, NonFinite: false, Modal: null } && s.Document.TagOf(clause.Head) is PosTag.VBP or PosTag.VBZ
        && !s.Syntax.Words.UnchangingPastVerbs.Contains(s.Document.LemmaOf(clause.Head));
}
