using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// An event needs someone acting or acted upon. Not coded: an event with nobody found even after the setting
/// is known; a relative clause on a thing with nobody named as doing it ("a resolution that would have
/// condemned the annexation", "an explosion that killed 160 people" describe the thing); an event noun with
/// nobody named ("posed a threat", "the peace process", "American aid to Nato"), which refers to a kind of
/// event rather than reporting one. Attacks by unknown hands are kept, and so are protests that are the subject
/// of their own verb ("protests spread across the country").
/// </summary>
public sealed class MissingParties : ICodingPass
{
    public string Name => "missing-parties";

    public void Apply(SentenceCoding s)
    {
        // Nobody at all, or a thing described by what it did: no event an analyst can count, whatever the model would say.
        foreach (var e in s.Events.Where(e => e.Actor.Count == 0 && e.Recipient.Count == 0).ToList())
            s.Drop(e, "not coded: nobody acting or acted upon was found");
        foreach (var e in s.Events.Where(e => e.Actor.Count == 0 && IsAgentlessRelative(s, e)).ToList())
            s.Drop(e, "not coded: a relative clause on a thing, with nobody named as doing it");
        s.DropWhere(e => Unattributed(s, e));
    }

    static string? Unattributed(SentenceCoding s, CodedEvent e) =>
        e.Actor.Count == 0 && e.IsNominal(s.Document) && e.Category is not (PloverCategory.Assault or PloverCategory.Coerce)
          && !(e.Category == PloverCategory.Protest && e.IsSubjectOfItsClause) ? "not coded: an event noun with nobody named as doing it"
        : null;

    /// <summary>An active relative clause on a noun that is no attack: "a resolution that called for", "a decree that declared".</summary>
    static bool IsAgentlessRelative(SentenceCoding s, CodedEvent e) =>
        e.Clause is { Passive: false, Subject.IsEmpty: false } c && c.Subject.End < c.First && s.Document.LowerOf(c.Subject.End) is "that" or "which"
        && !s.Syntax.Words.AttackNouns.Contains(s.Document.LemmaOf(c.Subject.End - 1));
}
