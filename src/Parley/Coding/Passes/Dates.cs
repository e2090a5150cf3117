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
        var dates = d.MentionsOf(s.Sentence).OfType<DateMention>().Where(m => m.First >= region.First && m.End <= region.End && !InsideSubject(s, e, m) && !AfterSince(s, e, m) && !NearerEventNoun(s, e, m))
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

    /// <summary>
    /// Whether a date lies in a clause between the event's subject and its verb, one that tells about the subject:
    /// "Mordechai Vanunu, who leaked secrets in 1986, is released" was not released in 1986.
    /// </summary>
    static bool InsideSubject(SentenceCoding s, CodedEvent e, Mention m) =>
        e.Clause is { Subject.IsEmpty: false } clause && s.Clauses.Any(c => c != clause && c.First > clause.Subject.First && c.First <= m.First && m.End <= c.Limit
                                                  && c.Limit <= Math.Min(clause.First, clause.Head));

    /// <summary>
    /// Whether "since" stands between the trigger and a date after it: the date is the point the event is measured
    /// from ("the first visit of a British monarch since independence in 1921", "for the first time since 1970").
    /// </summary>
    static bool AfterSince(SentenceCoding s, CodedEvent e, Mention m)
    {
        for (var k = e.Match.Anchor + 1; k < m.First; k++)
            if (s.Document.LowerOf(k) == "since") return true;
        return false;
    }

    /// <summary>
    /// Whether the date follows an event noun that is nearer to it than the trigger, so that the date is that noun's:
    /// "sentences him for his role in the murder of 10 Italians in 1944", "files on the assassination of
    /// Kennedy in 1963 are released". The sentence and the release happen when the news says.
    /// </summary>
    static bool NearerEventNoun(SentenceCoding s, CodedEvent e, Mention m) =>
        s.Matches.Any(x => x.Trigger.Class == AnchorClass.Noun && x.Anchor < m.First
                           && (x.Anchor > e.Last || m.End <= e.Match.First && !e.Match.Tokens.Contains(x.Anchor) && x.Anchor != e.Match.Anchor)
                           // "attend the security dialogue forum in June": a noun of the event's own object names what it is about.
                           && !(e.Clause is { } c && c.Object.Contains(x.Anchor))
                           // "to meet at an APEC trade meeting this month": an occasion of the same kind is the event's own.
                           && x.Trigger.Category != e.Category);

    /// <summary>Present tense with a bare month or weekday looks ahead ("when the two officials attend the forum in June").</summary>
    static bool PresentLooksAhead(SentenceCoding s, Text.Clause? clause) =>
        clause is { Past: false, Perfect: false, NonFinite: false, Modal: null } && s.Document.TagOf(clause.Head) is PosTag.VBP or PosTag.VBZ
        && !s.Syntax.Words.UnchangingPastVerbs.Contains(s.Document.LemmaOf(clause.Head));
}
