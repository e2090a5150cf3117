using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// The mode of a meeting from where it was held (PLOVER manual, CONSULT modes): met in one party's country,
/// the others are visiting (visit: the visitor is the actor, the host the recipient); a visit with no host
/// named is hosted by the state it takes place in; a meeting of an international organisation or a summit is
/// multilateral; one held in no party's own state is third-party.
/// </summary>
public sealed class MeetingModes(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "meeting-modes";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.Where(e => e.Category == PloverCategory.Consult))
        {
            HostCountry(e);
            VisitHost(e);
            Multilateral(s, e);
            ThirdParty(e);
        }
    }

    static void HostCountry(CodedEvent e)
    {
        if (e.Location is not { } met || e.Actor.Count < 2) return;
        var codes = e.Actor.Select(a => a.Entity.Code).Distinct().Count();
        var bilateral = e.Mode is null or PloverMode.ThirdParty || e.Mode == PloverMode.Multilateral && e.Actor.All(a => a.Entity.Org is null) && codes <= 4;
        if (!bilateral || !e.Actor.Any(a => a.Entity.Country == met.Place.Country) || !e.Actor.Any(a => a.Entity.Country is { } c && c != met.Place.Country) || codes < 2)
            return;
        var hosts = e.Actor.Where(a => a.Entity.Country == met.Place.Country).ToList();
        e.Actor.RemoveAll(hosts.Contains);
        e.Recipient.AddRange(hosts);
        e.Mode = PloverMode.Visit;
        e.Cameo = new("042");
        e.Reasons.Add($"mode visit: met in {met.Place.Name}, home of {string.Join(", ", hosts.Select(h => h.Entity.Name))}");
    }

    void VisitHost(CodedEvent e)
    {
        if (e.Mode != PloverMode.Visit || e.Recipient.Count != 0 || e.Location is not { } hostPlace || e.Actor.Any(a => a.Entity.Country == hostPlace.Place.Country)
            || knowledge.State(hostPlace.Place.Country) is not { } hostCountry)
            return;
        e.Recipient.Add(new EventEntity(hostPlace.Text, hostCountry));
        e.Reasons.Add($"host: {hostCountry.Name}, where the visit takes place");
    }

    static void Multilateral(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var summit = s.Syntax.Words.SummitNouns;
        if (e.Mode is not null || !(e.Actor.Any(a => a.Entity.OrgType == OrgType.IGO) || summit.Contains(d.LowerOf(e.Match.Anchor)) || e.Match.Tokens.Any(t => summit.Contains(d.LowerOf(t)))))
            return;
        e.Mode = PloverMode.Multilateral;
        e.Reasons.Add("mode multilateral: an international organisation or a summit");
    }

    static void ThirdParty(CodedEvent e)
    {
        if (e.Location is not { } location || e.Mode is not null || e.Actor.Count < 2
            || !e.Actor.All(a => a.Entity.Country is not null && a.Entity.Country != location.Place.Country))
            return;
        e.Mode = PloverMode.ThirdParty;
        e.Cameo = new("044");
        e.Reasons.Add($"mode third-party: met in {location.Place.Name} ({location.Place.Country}), no party's own state");
    }
}
