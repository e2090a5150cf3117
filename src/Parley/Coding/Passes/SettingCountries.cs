using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Groups named without a state ("police", "protesters") belong to the state where the event
/// happens, or to the only state the sentence names; people a state frees or holds ("Belarus freed 14
/// political prisoners", "Russia detained protesters") are its own. Attackers the text does not identify
/// ("a gunman", "suicide bombers": data/words/unidentified-attackers.txt) belong to no state.
/// </summary>
public sealed class SettingCountries : ICodingPass
{
    public string Name => "setting-countries";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) Fill(s, e);
    }

    static void Fill(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var country = e.Location?.Place.Country;
        if (country is null)
        {
            var named = d.MentionsOf(s.Sentence).Where(m => m.Country is not null && m is not ActorMention { Entity.OrgType: OrgType.IGO })
                                  .Select(m => m.Country!).Distinct().ToList();
            if (named.Count == 1) country = named[0];
        }
        if (country is null && e.Category is PloverCategory.Retreat or PloverCategory.Coerce && e.Mode is PloverMode.Release or PloverMode.Arrest or PloverMode.Deport or null
            && e.SingleActorCountry() is { } home)
        {
            for (var i = 0; i < e.Recipient.Count; i++)
                if (e.Recipient[i].Entity is { Country: null, Org: null, Kind: EntityKind.Group } held)
                {
                    e.Recipient[i] = e.Recipient[i] with { Entity = held with { Country = home } };
                    e.Reasons.Add($"'{e.Recipient[i].Text}' are {home}'s own people");
                }
            return;
        }
        if (country is null) return;
        foreach (var list in new[] { e.Actor, e.Recipient })
            for (var i = 0; i < list.Count; i++)
                if (list[i].Entity is { Country: null, Org: null, Kind: EntityKind.Group, Sector: not (null or Sector.GOV) } group
                    && !s.Syntax.Words.NamesUnidentifiedAttackers(list[i].Text))
                {
                    list[i] = list[i] with { Entity = group with { Country = country } };
                    e.Reasons.Add($"'{list[i].Text}' takes the country of the event's setting: {country}");
                }
    }
}
