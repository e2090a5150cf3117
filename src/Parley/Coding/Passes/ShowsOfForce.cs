using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "sending a carrier group towards the Korean peninsula amid concern over North Korea's nuclear programme",
/// "put 8,500 troops on alert as tensions with Russia mount": forces moved or readied with no destination
/// named are aimed at the first foreign state the sentence names after them.
/// </summary>
public sealed class ShowsOfForce(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "shows-of-force";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) AimAtForeignState(s, e);
    }

    void AimAtForeignState(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Recipient.Count > 0 || e.Category != PloverCategory.Mobilize || e.Mode is PloverMode.Police || e.Actor.Count == 0) return;
        var own = e.ActorCountries();
        if (own.Count == 0) return;
        foreach (var m in d.MentionsOf(s.Sentence).Where(m => m.First > e.Last).OrderBy(m => m.First))
        {
            var country = m.Country;
            if (country is null || own.Contains(country) || m is ActorMention { Entity.OrgType: OrgType.IGO or OrgType.NGO }) continue;
            // ("launches a missile ..., according to U.S. and South Korean officials": who reports it is no target.)
            if (Enumerable.Range(e.Last + 1, m.First - e.Last - 1).Any(t => d.LowerOf(t) == "according")) return;
            // ("fires missiles into the Sea of Japan": the water, not the state.)
            if (s.Syntax.NamesWater(m.First)) continue;
            if (knowledge.State(country) is not { } state) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), state));
            e.Reasons.Add($"recipient {country}: the foreign state named after the show of force ('{d.TextOf(m.First, m.End - 1)}')");
            return;
        }
    }
}
