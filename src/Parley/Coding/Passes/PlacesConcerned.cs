using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "urges an end to the slaughter in Syria" (SYR), "bans imports of all products made in Saudi Arabia" (SAU): a
/// statement or a measure with no party named at the other end is aimed at the country its words are about. Only a
/// whole country counts ("in Damascus" may be where the words were said), only after the trigger and in its clause,
/// and never the actor's own country (a government's words about its own country are about its people, not a state).
/// </summary>
public sealed class PlacesConcerned(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "places-concerned";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Recipient.Count == 0 && e.Actor.Count > 0 && !e.Category.IsPhysical() && e.Category is not (PloverCategory.Consult or PloverCategory.Cooperate)
                && !e.IsResignation)
                AimAtCountry(s, e);
    }

    void AimAtCountry(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var limit = e.Clause?.Limit ?? Math.Min(s.Sentence.EndToken, e.Last + 10);
        var from = e.Match.Anchor;
        var actorCountries = e.ActorCountries();
        foreach (var m in d.PlacesOf(s.Sentence).Where(m => m.First > from && m.First < limit).OrderBy(m => m.First))
        {
            if (m.Place.Kind != PlaceKind.Country || s.Syntax.Boundary(from + 1, m.First)) return;
            if (s.Syntax.PrepositionBefore(m.First, from) != "in") continue;
            var country = m.Place.Country;
            if (actorCountries.Contains(country) || knowledge.State(country) is not { } state) return;
            var words = d.TextOf(m.First, m.End - 1);
            e.Recipient.Add(new EventEntity(words, state));
            e.Reasons.Add($"recipient {country}: the country the words are about ('{words}')");
            return;
        }
    }
}
