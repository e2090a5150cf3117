using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// When each event happened: the date expression nearest its trigger within its clause, resolved against
/// the publication date, else the publication date itself. A date ahead of publication makes the event
/// future ("when the two officials attend the forum in June"); one more than about a year before it makes
/// the event historical (PLOVER auxiliary mode; eval/README.md, Status). An event without a date of its own
/// takes the date that opens the sentence ("In 1964 they were expelled"), the date a "when" clause hangs on
/// ("the nadir of 2016, when Turkey shot down a Russian jet"), or the old date of its sentence's main clause;
/// and a sentence told in the past right after one dated years back continues that story, as the labelling
/// conventions read whole articles, unless it comes back to the present ("recently", "now").
/// </summary>
public sealed class Dates : ICodingPass
{
    public string Name => "dates";

    public void Apply(SentenceCoding s)
    {
        EventDate? narrative = s.Memory.Narrative is { } n && n.Sentence == s.Sentence.Index - 1 ? n.Date : null;
        var sentenceDate = OwnDate(s);
        // A sentence with a date of its own starts its own time; one told in the past without one continues the story before it.
        var continues = narrative is not null && sentenceDate is null && MainClauseIsPast(s) && !MentionsThePresent(s);
        // Only sentences with events need their main clause's date.
        var mainDate = s.Events.Count > 0 && MainClauseDate(s) is { } main && IsHistorical(main, s.Document.Article.Date) ? main : (EventDate?)null;
        foreach (var e in s.Events)
        {
            if (Resolve(s, e) || e.Status != EventStatus.Asserted || !TellsOfThePast(e.Clause)) continue;
            // "Talabani returned from Syria in 1991 after the US encouraged the overthrow": told within the dated main clause's time.
            if (mainDate is not null)
            {
                e.Date = mainDate;
                e.Status = EventStatus.Historical;
                e.Reasons.Add($"status historical: told in a sentence whose main clause is dated {mainDate}");
            }
            else if (continues)
            {
                e.Date = narrative;
                e.Status = EventStatus.Historical;
                e.Reasons.Add($"status historical: continues the story told in the sentence before, dated {narrative}");
            }
            else if (PastPerfect(e.Clause) && HistoricalMarker(s) is { } marker)
            {
                e.Status = EventStatus.Historical;
                e.Reasons.Add($"status historical: told in the past perfect with '{marker}'");
            }
            else if (OldYear(s) is { } old)
            {
                e.Status = EventStatus.Historical;
                e.Reasons.Add($"status historical: told in the past in a sentence set in {old}");
            }
        }
        s.Memory.Narrative = sentenceDate is { } own && IsHistorical(own, s.Document.Article.Date) && MainClauseIsPast(s) ? (own, s.Sentence.Index)
                           : continues ? (narrative!.Value, s.Sentence.Index)
                           : null;
    }

    /// <summary>The date of the sentence's first main clause, when it is told in the past and dated in its own words.</summary>
    static EventDate? MainClauseDate(SentenceCoding s)
    {
        if (s.Clauses.FirstOrDefault(c => !c.NonFinite && c.Subordinator is null) is not { Past: true } main) return null;
        var first = main.Start;
        // Dates in clauses inside the main one ("Russia, which annexed Crimea in 2014, ...") are theirs.
        bool Inner(Mention m) => s.Clauses.Any(c => c != main && c.First <= m.First && m.End <= c.Limit && c.First > first);
        return FirstDate(s, m => m.First >= first && m.End <= main.Limit && !Inner(m));
    }

    /// <summary>The date the sentence gives itself: the first date in it that resolves.</summary>
    static EventDate? OwnDate(SentenceCoding s) => FirstDate(s, _ => true);

    /// <summary>The first date mention of the sentence that <paramref name="counts"/> and resolves against the publication date.</summary>
    static EventDate? FirstDate(SentenceCoding s, Func<DateMention, bool> counts)
    {
        if (s.Document.Article.Date is not { } published) return null;
        foreach (var m in s.Document.MentionsOf(s.Sentence).OfType<DateMention>())
            if (!m.Attributive && counts(m) && DateResolver.Resolve(m.Expression, published, false) is { } date) return date;
        return null;
    }

    /// <summary>
    /// A date of the sentence two or more years before the news ("was killed in 2010"), or null. Not a year naming a
    /// thing ("the 2016 coup", "the Act of 2006") nor the start of a span that reaches the present ("since 2014",
    /// "since the normalization of relations in 1979").
    /// </summary>
    static EventDate? OldYear(SentenceCoding s) =>
        s.Document.Article.Date is { } published
            ? FirstDate(s, m => !(m.First > s.Sentence.FirstToken && s.Document.LowerOf(m.First - 1) == "of") && !MeasuredFrom(s, m)
                                && DateResolver.Resolve(m.Expression, published, false) is { } date && date.Date.Year <= published.Year - 2)
            : null;

    /// <summary>
    /// Whether a date ends a phrase opened by "since" or another word of the time it names ("their lowest point since the
    /// normalization of relations in 1979"), within eight words and no verb.
    /// </summary>
    static bool MeasuredFrom(SentenceCoding s, Mention m)
    {
        for (var k = m.First - 1; k >= s.Sentence.FirstToken && k >= m.First - 8 && !s.Document.TagOf(k).IsVerb(); k--)
            if (OpensTimeOwner(s, k, m.First)) return true;
        return false;
    }

    /// <summary>Whether a word of the sentence brings it back to the time of the news ("recently", "now").</summary>
    static bool MentionsThePresent(SentenceCoding s) => FirstWordOf(s, s.Syntax.Words.PresentMarkers) is not null;

    /// <summary>A word of the sentence that puts what it tells before the news ("previously", "earlier"), or null.</summary>
    static string? HistoricalMarker(SentenceCoding s) => FirstWordOf(s, s.Syntax.Words.HistoricalMarkers);

    /// <summary>The first word of the sentence in a list, or null.</summary>
    static string? FirstWordOf(SentenceCoding s, Text.WordList list)
    {
        for (var t = s.Sentence.FirstToken; t < s.Sentence.EndToken; t++)
            if (list.Contains(s.Document.LowerOf(t))) return s.Document.LowerOf(t);
        return null;
    }

    /// <summary>The clause itself, or for a participle or infinitive the finite clause it depends on.</summary>
    static Text.Clause? Finite(Text.Clause? clause) => Outermost(clause) is { NonFinite: false } finite ? finite : null;

    /// <summary>The clause itself, or for a participle or infinitive the clause its chain of governors starts from.</summary>
    static Text.Clause? Outermost(Text.Clause? clause)
    {
        while (clause is { NonFinite: true, Governor: not null }) clause = clause.Governor;
        return clause;
    }

    /// <summary>Whether a clause (or the finite clause it depends on) is in the past perfect ("had launched").</summary>
    static bool PastPerfect(Text.Clause? clause) => Finite(clause) is { Past: true, Perfect: true };

    /// <summary>Whether a clause, or for a participle or infinitive the finite clause it depends on, is in the past.</summary>
    static bool TellsOfThePast(Text.Clause? clause) => Finite(clause) is { Past: true };

    /// <summary>Whether the sentence's first main clause tells of the past (simple past or past perfect; not "has fought").</summary>
    static bool MainClauseIsPast(SentenceCoding s) => TellsOfThePast(s.Clauses.FirstOrDefault(c => !c.NonFinite && c.Subordinator is null));

    static bool IsHistorical(EventDate when, DateOnly? published) =>
        published is { } today && when.Date.AddYears(1) < today && (when.Precision != DatePrecision.Year || when.Date.Year < today.Year - 1);

    /// <summary>Dates the event; whether the date came from the text rather than the publication date.</summary>
    static bool Resolve(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var region = s.Syntax.RegionOf(e);
        var published = d.Article.Date;
        var lookedAhead = false;
        // A year modifying a noun dates only the event that noun anchors: "a 2015 airstrike", "killed in a 2015 airstrike".
        var dates = d.MentionsOf(s.Sentence).OfType<DateMention>().Where(m => m.Attributive ? OwnNoun(s, e, m)
                                                                                         : m.IsWithin(region) && !InsideSubject(s, e, m) && !AfterTimeOwner(s, e, m) && !NearerEventNoun(s, e, m) && !Deadline(s, m))
                              .OrderBy(m => Math.Abs(m.First - e.Match.Anchor)).ToList();
        if (dates.Count == 0 && (DateOfWhen(s, e) ?? LeadingDate(s, e) ?? OpeningWhen(s, e) ?? DateOfTimeClause(s, e) ?? DateOfHost(s, e)) is { } setting) dates.Add(setting);
        // ("Erdoğan said Turkey would attack Manbij next week", "announces he will step down in February 2004": the threat or
        // the concession is made today; a date ahead is the act's.)
        if (e.Announced) dates.RemoveAll(m => m.Expression.PointsToFuture);
        foreach (var m in dates)
        {
            if (m.Expression.PointsToFuture && e.Status == EventStatus.Asserted) e.Status = EventStatus.Future;
            if (published is null) break;
            // ("An explosion rocks Kandahar on Thursday", published on a Thursday: that day, not the next.)
            var presentAhead = PresentLooksAhead(s, e.Clause) && !(m.Expression is { Kind: DateKind.Weekday } day && day.Weekday == published.Value.DayOfWeek);
            var resolved = DateResolver.Resolve(m.Expression, published.Value, e.Status == EventStatus.Future || presentAhead);
            lookedAhead = presentAhead;
            if (resolved is null || e.Announced && resolved.Value.Date > published.Value) continue;
            e.Date = resolved;
            e.Reasons.Add($"date '{d.TextOf(m.First, m.End - 1)}' → {resolved}");
            break;
        }
        var dated = e.Date is not null;
        if (e.Date is null && published is not null) e.Date = EventDate.Day(published.Value);
        if (e.Date is not { } when || published is not { } today || e.Status != EventStatus.Asserted) return dated;
        if (lookedAhead && when.Date > today && !(when.Precision == DatePrecision.Month && when.Date.Year == today.Year && when.Date.Month == today.Month)
            && !(when.Precision == DatePrecision.Year && when.Date.Year == today.Year))
        {
            e.Status = EventStatus.Future;
            e.Reasons.Add($"status future: {when} is after publication on {today:yyyy-MM-dd}");
        }
        else if (IsHistorical(when, today))
        {
            e.Status = EventStatus.Historical;
            e.Reasons.Add($"status historical: {when} is well before publication on {today:yyyy-MM-dd}");
        }
        return dated;
    }

    /// <summary>
    /// A date that opens the sentence as an adjunct sets the time of what the sentence tells, when the event's
    /// clause has no date of its own: "In 1964 they were expelled to Iran", "On Tuesday, Turkish troops attacked
    /// Afrin", "But in 2014 the group's volunteers were expelled". Only for events after it in a clause that is not another
    /// speaker's (a quotation keeps its own time).
    /// </summary>
    static DateMention? LeadingDate(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        // ("But in 2014 the group's volunteers were expelled": a conjunction that joins the sentence to the one before comes first.)
        if (first + 1 < s.Sentence.EndToken && d.TagOf(first) == PosTag.CC) first++;
        var opener = first < s.Sentence.EndToken && d.TagOf(first) is PosTag.IN or PosTag.RB or PosTag.JJ or PosTag.DT or PosTag.CD ? first : -1;
        if (opener < 0) return null;
        var date = d.MentionsOf(s.Sentence).OfType<DateMention>().FirstOrDefault(m => m.End < e.Match.Anchor && !m.Attributive);
        if (date is null || s.Clauses.Any(c => c.Head < date.First)) return null;
        // The adjunct ends at a comma or where the first clause's subject starts: right after a date that opens the
        // sentence, or at the comma before the main clause's subject when the date ends a longer opening phrase
        // ("On a visit to the Cambridge Union in 2007, Talabani praised Blair").
        if (date.First <= first + 2 && date.End < s.Sentence.EndToken
            && (d.TagOf(date.End) == PosTag.Comma || s.Clauses.Any(c => !c.Subject.IsEmpty && c.Subject.First == date.End)))
            return date;
        for (var t = date.End; t < e.Match.Anchor; t++)
        {
            if (s.Clauses.Any(c => c.Head <= t)) return null;
            if (d.TagOf(t) == PosTag.Comma)
                return s.Clauses.Any(c => c is { NonFinite: false, Subordinator: null, Subject.IsEmpty: false } && c.Subject.First == t + 1) ? date : null;
        }
        return null;
    }

    /// <summary>
    /// "When Iran and the US ceased arming the rebels in March 1975, Talabani fled to Damascus": the date of a "when"
    /// clause that opens the sentence is the time of the main clause after its comma.
    /// </summary>
    static DateMention? OpeningWhen(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        if (d.LowerOf(first) != "when" || e.Clause is not { Subordinator: null, NonFinite: false } main) return null;
        var start = main.Start;
        var comma = start - 1;
        if (comma <= first || d.TagOf(comma) != PosTag.Comma || e.Match.Anchor < start) return null;
        return d.MentionsOf(s.Sentence).OfType<DateMention>().FirstOrDefault(m => !m.Attributive && m.First > first && m.End <= comma);
    }

    /// <summary>"after the nadir of 2016, when Turkey shot down a Russian jet": a "when" clause on a date happens then; so does a
    /// "since" clause after the time since it ("It is more than four years since Russia annexed Crimea").</summary>
    static DateMention? DateOfWhen(SentenceCoding s, CodedEvent e)
    {
        // ("It is more than four years since Russia annexed Crimea": the time since the act, the date mention ending in "since".)
        if (e.Clause is not { Subordinator: "when" or "since" } c) return null;
        var d = s.Document;
        var before = c.Start - 1;
        while (before > s.Sentence.FirstToken && (d.LowerOf(before) == "when" || d.TagOf(before) == PosTag.Comma)) before--;
        return d.MentionsOf(s.Sentence).OfType<DateMention>().FirstOrDefault(m => m.End - 1 == before && !m.Attributive);
    }

    /// <summary>
    /// "The insurgents seized Sana'a in January 2015, forcing Hadi to resign": a participle after a comma that has no
    /// governor of its own tells what followed from the act of the finite clause before it on the same subject, and happened
    /// when that did; so do the clauses it governs.
    /// </summary>
    static DateMention? DateOfHost(SentenceCoding s, CodedEvent e)
    {
        if (Outermost(e.Clause) is not { NonFinite: true, Infinitive: false, Governor: null } participle || s.Document.TagOf(participle.Head) != PosTag.VBG
            || participle.Head - 1 < s.Sentence.FirstToken || s.Document.TagOf(participle.Head - 1) != PosTag.Comma)
            return null;
        var host = s.Clauses.LastOrDefault(k => !k.NonFinite && k.Head < participle.Head && k.Subordinator is null && k.Limit <= participle.Head);
        if (host is null || !participle.Subject.IsEmpty && participle.Subject != host.Subject) return null;
        // (Not a date that measures from or names another time: "measures unused since the end of military rule in 1975".)
        return s.Document.MentionsOf(s.Sentence).OfType<DateMention>()
                .FirstOrDefault(m => !m.Attributive && m.First > host.Head && m.End <= host.Limit
                                     && !Enumerable.Range(host.Head + 1, m.First - host.Head - 1).Any(k => OpensTimeOwner(s, k, m.First)));
    }

    /// <summary>
    /// "whose family fled eastern Aleppo when it fell to Iranian-backed forces in early 2017", "the healthcare network was
    /// destroyed before the area was overrun in late 2016": an undated event happens at the time of the "when" or "as"
    /// clause that follows it, or before that of a "before" clause, so a date in that clause dates it (for "before", an
    /// upper bound, which settles that the event is historical).
    /// </summary>
    static DateMention? DateOfTimeClause(SentenceCoding s, CodedEvent e)
    {
        if (e.Clause is not { } c || c.Head != e.Match.Anchor) return null;
        var time = s.Clauses.FirstOrDefault(k => k != c && k.Subordinator is "when" or "as" or "before" && k.Head > c.Head
                                                 && (k.Governor == c || s.Clauses.All(o => o == c || o == k || o.Head < c.Head || o.Head > k.Head)));
        if (time is null) return null;
        return s.Document.MentionsOf(s.Sentence).OfType<DateMention>()
                .FirstOrDefault(m => !m.Attributive && m.First > time.Head && m.End <= Math.Max(time.End, time.Limit));
    }

    /// <summary>
    /// Whether the noun an attributive year modifies names the event itself: its anchor ("Russia's 2014 annexation"), or an
    /// attack noun of an attack's pattern ("killed in a 2015 airstrike"); not a thing it acts on or speaks of ("withdrew from the
    /// 2015 nuclear deal", "an MP accused of organizing the 2007 bombing").
    /// </summary>
    static bool OwnNoun(SentenceCoding s, CodedEvent e, DateMention m) =>
        m.Modifies is { } noun && (noun == e.Match.Anchor
            || e.Category == PloverCategory.Assault && e.Match.Tokens.Contains(noun) && s.Syntax.Words.AttackNouns.Contains(s.Document.LemmaOf(noun))
            // "the 2012 Benghazi attack in which four Americans were killed": a relative clause tells of its antecedent's time.
            || e.Clause is { Subordinator: "which" or "who" or "whom" } relative
               && (relative.Preps.Any(p => p.Object.End <= p.PrepToken && p.Object.Contains(noun)) || relative.Subject.Contains(noun))
            // ("the 2003 El Nogal Club bombing that killed 36 people": so does one opened by "that" after the noun.)
            || e.Clause is { Subordinator: "that", Subject.IsEmpty: false } that && that.Subject.Contains(noun) && that.Subject.End <= that.Head
               && s.Document.LowerOf(that.Subject.End) == "that");

    /// <summary>
    /// Whether a date lies in a clause between the event's subject and its verb, one that tells about the subject:
    /// "Mordechai Vanunu, who leaked secrets in 1986, is released" was not released in 1986.
    /// </summary>
    static bool InsideSubject(SentenceCoding s, CodedEvent e, Mention m) =>
        e.Clause is { Subject.IsEmpty: false } clause && s.Clauses.Any(c => c != clause && c.First > clause.Subject.First && c.First <= m.First && m.End <= c.Limit
                                                  && c.Limit <= Math.Min(clause.First, clause.Head));

    /// <summary>
    /// Whether "since" stands between the trigger and a date after it: the date is the point the event is measured
    /// from ("the first visit of a British monarch since independence in 1921", "for the first time since 1970");
    /// or "ahead of", "prior to", "before the": the date is the time of what they name ("arrest 50 supporters prior
    /// to his return next week"). Words of data/words/time-owner-prepositions.txt.
    /// </summary>
    static bool AfterTimeOwner(SentenceCoding s, CodedEvent e, Mention m)
    {
        for (var k = e.Match.Anchor + 1; k < m.First; k++)
            if (OpensTimeOwner(s, k, m.First)) return true;
        return false;
    }

    /// <summary>
    /// Whether a word of data/words/time-owner-prepositions.txt, one word or two, starts at a token: "since", "ahead of",
    /// "prior to"; "before" only before a determiner or possessive ("before the vote", not "before dawn on Tuesday").
    /// </summary>
    static bool OpensTimeOwner(SentenceCoding s, int k, int end)
    {
        var d = s.Document;
        var words = s.Syntax.Words.TimeOwnerPrepositions;
        var w = d.LowerOf(k);
        if (k + 1 < end && words.Contains($"{w} {d.LowerOf(k + 1)}")) return true;
        return words.Contains(w) && (w != "before" || k + 1 < end && d.TagOf(k + 1) is PosTag.DT or PosTag.PRPS);
    }

    /// <summary>
    /// Whether a date is a deadline or the end of a span: "by 2020", "by the end of the year", "until 31 July 2016". It is
    /// when what the clause aims at should be done or stops, not when the act told happened ("lawmakers strike a deal on
    /// opening up the bandwidths by 2020", "the European Union extends the sanctions another six months, until 31 July 2016").
    /// </summary>
    static bool Deadline(SentenceCoding s, Mention m)
    {
        var d = s.Document;
        var k = m.First - 1;
        while (k > s.Sentence.FirstToken && k >= m.First - 4 && s.Syntax.Words.DeadlineWords.Contains(d.LowerOf(k))) k--;
        return k >= s.Sentence.FirstToken && s.Syntax.Words.DeadlinePrepositions.Contains(d.LowerOf(k));
    }

    /// <summary>
    /// Whether the date follows an event noun that is nearer to it than the trigger, so that the date is that noun's:
    /// "sentences him for his role in the murder of 10 Italians in 1944", "files on the assassination of
    /// Kennedy in 1963 are released". The sentence and the release happen when the news says.
    /// </summary>
    static bool NearerEventNoun(SentenceCoding s, CodedEvent e, Mention m) =>
        s.Matches.Any(x => x.Trigger.Class == AnchorClass.Noun && x.Anchor < m.First
                           && (x.Anchor > e.Last || m.End <= e.Match.First && !e.Match.Tokens.Contains(x.Anchor) && x.Anchor != e.Match.Anchor)
                           // "attend the security dialogue forum in June": a noun of the event's own object names what it is about (not
                           // one inside a phrase of the object: "detain a man as the suspect of the stabbing attack on Friday").
                           && !(e.Clause is { } c && c.Object.Contains(x.Anchor)
                                && !Enumerable.Range(e.Last + 1, Math.Max(0, x.Anchor - e.Last - 1)).Any(t => s.Document.TagOf(t) is PosTag.IN))
                           // "to meet at an APEC trade meeting this month": an occasion of the same kind is the event's own.
                           && x.Trigger.Category != e.Category);

    /// <summary>Present tense with a bare month or weekday looks ahead ("when the two officials attend the forum in June").</summary>
    static bool PresentLooksAhead(SentenceCoding s, Text.Clause? clause) =>
        clause is { Past: false, Perfect: false, NonFinite: false, Modal: null } && s.Document.TagOf(clause.Head) is PosTag.VBP or PosTag.VBZ
        && !s.Syntax.Words.UnchangingPastVerbs.Contains(s.Document.LemmaOf(clause.Head));
}
