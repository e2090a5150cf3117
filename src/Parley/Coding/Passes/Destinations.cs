using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Troops, aid and embassies go somewhere: "deployed 12,000 troops to its border with Belarus" (BLR),
/// "airdropped meals into Gaza" (PSE), "drills around Taiwan" (TWN), "opened its embassy in Jerusalem"
/// (ISR), "a complete siege of the Gaza Strip". With no recipient named, the state of the destination is
/// the recipient; forces deployed at home are aimed at home only when nothing else is named.
/// </summary>
public sealed class Destinations(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "destinations";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Recipient.Count == 0 && e.Category is PloverCategory.Mobilize or PloverCategory.Aid or PloverCategory.Support or PloverCategory.Coerce)
                AimAtDestination(s, e);
    }

    void AimAtDestination(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        // "signed a peace agreement in Jeddah": where a document is signed is a setting, not a destination.
        if (e.Category == PloverCategory.Support && words.SigningVerbs.Contains(d.LemmaOf(e.Match.Anchor))) return;
        var limit = e.Clause?.Limit ?? Math.Min(s.Sentence.EndToken, e.Last + 10);
        // "sent 5,000 tonnes of flour to Afghanistan as humanitarian assistance": a noun's destination follows its verb.
        var from = e.IsNominal(d) && e.Clause is { } vc && vc.Head < e.Match.Anchor ? vc.Head : e.Match.Anchor;
        var actorCountries = e.ActorCountries();
        foreach (var m in d.MentionsOf(s.Sentence).Where(m => m.First > from && m.First < limit).OrderBy(m => m.First))
        {
            var country = m.Country;
            if (country is null || m is ActorMention { Entity.OrgType: OrgType.IGO or OrgType.NGO }) continue;
            // ("fired three missiles into the Sea of Japan": the water, not the state.)
            if (s.Syntax.NamesWater(m.First)) continue;
            if (s.Syntax.Boundary(from + 1, m.First)) break;
            var prep = s.Syntax.PrepositionBefore(m.First, from);
            var border = m.First >= 2 && d.LowerOf(m.First - 1) is "with" && words.BorderNouns.Contains(d.LemmaOf(m.First - 2));
            var besieged = e.Category == PloverCategory.Coerce && s.Syntax.PrecededByOf(m.First, from);
            if (!border && !besieged && (prep is null || !words.DestinationPrepositions.Contains(prep))) continue;
            var home = actorCountries.Contains(country);
            if (home && e.Category != PloverCategory.Mobilize) continue;
            if (home && d.MentionsOf(s.Sentence).Any(o => o.First > m.First && o.First < limit && (o.Country) is { } other && !actorCountries.Contains(other)))
                continue;
            if (knowledge.State(country) is not { } state) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), state));
            e.Reasons.Add($"recipient {country}: where the {(e.Category == PloverCategory.Support ? "mission" : "forces or aid")} go ('{d.TextOf(m.First, m.End - 1)}')");
            return;
        }
    }
}
