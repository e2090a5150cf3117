using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "Baghdadi fled from Baghuz to the Syrian desert", "Puigdemont and part of his cabinet has fled to Belgium to escape
/// prosecution", "Shamima Begum said she fled the jihadists' last remaining enclave": flight is news as the displacement
/// of people ("as many as 2,000 people fled Baghuz on Tuesday"); one person's escape, a leader's, or armed men's leaving
/// a battle is no displacement (eval/README.md: "leaders or fighters escaping fighting are not labelled", personal
/// narrative).
/// </summary>
public sealed class Flights : ICodingPass
{
    public string Name => "flights";

    public void Apply(SentenceCoding s) => s.DropWhere(e => Fugitive(s, e) is { } who
        ? $"dropped: {who} fled; flight is an event as people displaced" : null);

    /// <summary>Who fled, when a person, armed men, a name or "he" or "she" (data/words/person-pronouns.txt) rather than a people; else null.</summary>
    static string? Fugitive(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Category != PloverCategory.Sanction || e.Mode != PloverMode.Expel || e.Match.Trigger.Anchor != "flee") return null;
        if (e.Recipient.Count > 0)
            return e.Recipient.All(r => r.Entity.Kind == EntityKind.Person || r.Entity.Sector is Sector.MIL or Sector.REB || r.Entity.OrgType == OrgType.IMG)
                ? $"'{string.Join(", ", e.Recipient.Select(r => r.Text))}'" : null;
        // ("she fled", "Muthana fled": nobody the knowledge base knows, but one person.)
        if (e.Clause is not { } c || c.Subject.IsEmpty) return null;
        var last = c.Subject.End - 1;
        var words = s.Syntax.Words;
        return d.TagOf(last) == PosTag.PRP && words.PersonPronouns.Contains(d.LowerOf(last))
               || d.TagOf(last) == PosTag.NNP && c.Subject.End - c.Subject.First <= 3
            ? $"'{d.TextOf(c.Subject.First, last)}'" : null;
    }
}
