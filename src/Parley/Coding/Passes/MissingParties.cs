using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// An event needs someone acting or acted upon. Not coded: a statement (a verbal quad) with nobody found making
/// it or addressed even after the setting is known; a relative clause on a thing with nobody named as doing it
/// ("a resolution that would have condemned the annexation", "an explosion that killed 160 people" describe the
/// thing). Objected to, for the eventness model to weigh: a deed with nobody found (hospitals "hit" by unknown
/// hands are still news, and the real-text labels count them); an event noun with nobody named ("posed a
/// threat", "the peace process", "American aid to Nato"), which mostly refers to a kind of event rather than
/// reporting one, attacks and protests that are the subject of their own verb aside. Kept: a meeting that is the
/// subject of a verb of its taking place ("a peace conference opens in New York", "the annual G7 meeting begins"):
/// the sentence reports that it happened, whoever attends.
/// </summary>
public sealed class MissingParties : ICodingPass
{
    public string Name => "missing-parties";

    public void Apply(SentenceCoding s)
    {
        // A statement needs someone making it; a deed by unknown hands (a killing, an arrest) is still news.
        foreach (var e in s.Events.Where(e => e.Actor.Count == 0 && e.Recipient.Count == 0 && e.Category.Quad() is QuadClass.VerbalConflict or QuadClass.VerbalCooperation && !IsMeetingTakingPlace(s, e)).ToList())
            s.Drop(e, "not coded: a statement with nobody making it or addressed");
        s.DropWhere(e => e.Actor.Count == 0 && e.Recipient.Count == 0 && !IsMeetingTakingPlace(s, e) ? "not coded: nobody acting or acted upon was found" : null);
        foreach (var e in s.Events.Where(e => e.Actor.Count == 0 && IsAgentlessRelative(s, e)).ToList())
            s.Drop(e, "not coded: a relative clause on a thing, with nobody named as doing it");
        s.DropWhere(e => Unattributed(s, e));
    }

    static string? Unattributed(SentenceCoding s, CodedEvent e) =>
        e.Actor.Count == 0 && e.IsNominal(s.Document) && e.Category is not (PloverCategory.Assault or PloverCategory.Coerce)
          && !(e.Category == PloverCategory.Protest && e.IsSubjectOfItsClause) && !IsMeetingTakingPlace(s, e) ? "not coded: an event noun with nobody named as doing it"
        : null;

    /// <summary>A meeting noun heading the subject of a verb of its taking place: "the summit opens", "talks begin".</summary>
    static bool IsMeetingTakingPlace(SentenceCoding s, CodedEvent e) =>
        e.Category == PloverCategory.Consult && e.IsSubjectOfItsClause && e.Clause is { } c
        && s.Syntax.Words.OccurrenceVerbs.Contains(s.Document.LemmaOf(c.Head));

    /// <summary>An active relative clause on a noun that is no attack: "a resolution that called for", "a decree that declared".</summary>
    static bool IsAgentlessRelative(SentenceCoding s, CodedEvent e) =>
        e.Clause is { Passive: false, Subject.IsEmpty: false } c && c.Subject.End < c.First && s.Document.LowerOf(c.Subject.End) is "that" or "which"
        && !s.Syntax.Words.AttackNouns.Contains(s.Document.LemmaOf(c.Subject.End - 1));
}
