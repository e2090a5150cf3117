using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Where each event happened: a place after a locative preposition in its clause ("in Vienna", "off the
/// coast of"), else a seat of power so introduced ("held talks in the Kremlin"), else for a visit its
/// destination ("a visit to Kyiv", "visited Darfur") or the host's country.
/// </summary>
public sealed class Places(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "places";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) Locate(s, e);
    }

    void Locate(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var region = s.Syntax.RegionOf(e);
        var places = d.PlacesOf(s.Sentence).Where(m => m.IsWithin(region)).ToList();
        foreach (var m in places.OrderBy(m => Math.Abs(m.First - e.Match.Anchor)))
        {
            var prep = s.Syntax.PrepositionBefore(m.First, region.First);
            if (prep is null || !s.Syntax.Words.LocativePrepositions.Contains(prep)) continue;
            if (s.Syntax.NamesAParty(m)) continue;
            // "imposed sanctions on North Korea", "talks over Syria": the one acted on or spoken of, not where it happened.
            if (prep is "on" or "over" && !e.Category.IsPhysical()) continue;
            e.Location = new EventLocation(d.TextOf(m.First, m.End - 1), m.Place);
            return;
        }
        if (SeatOfPower(s, e, region)) return;
        if (e.Category != PloverCategory.Consult || e.Mode != PloverMode.Visit)
        {
            Venue(s, e);
            return;
        }
        // ("a visit to Kyiv", "visited Darfur": where the visitor goes, after "to" or as the verb's object.)
        var to = places.FirstOrDefault(m => m.First > e.Match.Anchor && (s.Syntax.PrepositionBefore(m.First, region.First) is "to"
                                                                         || e.Clause is { } c && c.Head == e.Match.Anchor && c.Object.Contains(m.First)));
        if (to is not null) e.Location = new EventLocation(d.TextOf(to.First, to.End - 1), to.Place);
        else if (e.Recipient.FirstOrDefault()?.Entity.Country is { } host && knowledge.CountryPlace(host) is { } place)
            e.Location = new EventLocation(e.Recipient[0].Text, place);
    }

    /// <summary>
    /// "The Security Council imposed sanctions on North Korea": what an international body decides or says, with no place
    /// named, happens where it sits (venues.tsv). Not what it does in the field, which happens where the sentence says.
    /// </summary>
    void Venue(SentenceCoding s, CodedEvent e)
    {
        if (e.Category.IsPhysical() || e.Actor.Count != 1 || e.Actor[0].Entity is not { Kind: EntityKind.Organisation } body
            || knowledge.VenueOf(body.Name) is not { } seat)
            return;
        // The words that imply the place are the body's own, as a visit's host names the country visited.
        e.Location = new EventLocation(e.Actor[0].Text, seat);
        e.Reasons.Add($"location: {seat.Name}, where the {body.Name} sits");
    }

    /// <summary>"held talks in the Kremlin", "met at the White House": a seat of power after a locative preposition places the event.</summary>
    bool SeatOfPower(SentenceCoding s, CodedEvent e, Text.TokenRange region)
    {
        var d = s.Document;
        foreach (var m in d.ActorsOf(s.Sentence).Where(m => m.IsWithin(region)
                                                              && m.Entity is { Kind: EntityKind.State, Country: not null }
                                                              && (d.LowerOf(m.First) == "the" || m.First > 0 && d.LowerOf(m.First - 1) == "the")))
        {
            if (s.Syntax.PrepositionBefore(m.First, region.First) is not ("in" or "at") || knowledge.CountryPlace(m.Entity.Country!) is not { } seat) continue;
            e.Location = new EventLocation(d.TextOf(m.First, m.End - 1), seat);
            e.Reasons.Add($"location: {d.TextOf(m.First, m.End - 1)}, a seat of power of {seat.Country}");
            return true;
        }
        return false;
    }
}
