using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// A resignation names the office its actor leaves, and the office says whose the actor is: "Steven Chu steps down as United
/// States Secretary of Energy" (USA), "Vice Admiral Kay-Achim Schönbach resigns as Inspector of the German Navy" (DEU), "Nur
/// Bekri resigns as the Chairman of the Xinjiang Uyghur Autonomous Region of China" (CHN). An actor the sentence gives no
/// state takes the state named first in the "as" phrase after the resignation; a resignation with no actor found takes its
/// clause's subject as that state's person, of the office's sector where the office names one.
/// </summary>
public sealed class OfficesLeft : ICodingPass
{
    public string Name => "offices-left";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            if (!e.IsResignation || e.Actor.Any(a => a.Entity.Country is not null || a.Entity.Org is not null)) continue;
            if (e.Clause is not { } clause) continue;
            var office = clause.Preps.FirstOrDefault(p => p.Preposition == "as" && p.PrepToken > e.Match.Anchor);
            if (office.PrepToken <= 0) continue;
            var state = s.Document.MentionsOf(s.Sentence)
                         .FirstOrDefault(m => office.Object.Contains(m.First) && m.Country is not null && m is not DateMention);
            if (state?.Country is not { } country) continue;
            var words = s.Document.TextOf(office.PrepToken + 1, office.Object.End - 1);
            if (e.Actor.Count > 0)
            {
                for (var i = 0; i < e.Actor.Count; i++)
                    e.Actor[i] = e.Actor[i] with { Entity = e.Actor[i].Entity with { Country = country } };
            }
            else if (!clause.Subject.IsEmpty && s.Document.TagOf(clause.Subject.End - 1).IsProperNoun())
            {
                var name = s.Document.TextOf(clause.Subject.First, clause.Subject.End - 1);
                e.Actor.Add(new EventEntity(name, new Entity(name, country, (state as ActorMention)?.Entity.Sector, Kind: EntityKind.Person)));
            }
            else continue;
            e.Reasons.Add($"actor of {country}: the office it leaves, '{words}'");
        }
    }
}
