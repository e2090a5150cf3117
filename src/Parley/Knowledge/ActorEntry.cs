using Parley.Model;

namespace Parley.Knowledge;

/// <summary>What kind of knowledge-base entry a phrase names.</summary>
public enum ActorEntryKind { Country, CountryAdjective, Capital, Metonym, Organisation, Person, Title, Agent }

/// <summary>
/// One office a person held, with its dates (open-ended when null). Offices in an organisation
/// (a Hamas leader, a NATO secretary-general) carry its code and type.
/// </summary>
public sealed record OfficeTerm(string? Country, Sector? Sector, string Title, DateOnly? From, DateOnly? To, string? Org = null, OrgType? OrgType = null)
{
    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}

/// <summary>A phrase in the actor base and what it stands for. Persons carry their office terms.</summary>
public sealed record ActorEntry(
    ActorEntryKind Kind,
    string Name,
    string? Country,
    Sector? Sector,
    string Source,
    string? Title = null,
    string? Org = null,
    OrgType? OrgType = null,
    IReadOnlyList<OfficeTerm>? Terms = null)
{
    /// <summary>
    /// The entity this entry stands for on a date. A person resolves to the office held that day;
    /// one who has left office codes as a former office-holder of that state (CAMEO's ELI). With no
    /// date, a person resolves to the latest office on record.
    /// </summary>
    public Entity Resolve(DateOnly? date, out string reason)
    {
        switch (Kind)
        {
            case ActorEntryKind.Person when Terms is { Count: > 0 } && date is null:
                // No date to resolve on: the latest office on record (the library reads no clock).
                var latest = Terms.OrderByDescending(t => t.To ?? DateOnly.MaxValue).ThenByDescending(t => t.From ?? DateOnly.MinValue).First();
                reason = $"{Name}: no date given, so the latest office on record, {latest.Title} ({latest.Org ?? latest.Country ?? "international"}) [{Source}]";
                return new Entity(Name, latest.Country, latest.Sector, latest.Title.Length > 0 ? latest.Title : null, latest.Org, latest.OrgType, EntityKind.Person);
            case ActorEntryKind.Person when Terms is { Count: > 0 }:
                var on = date!.Value;
                // Of overlapping terms in one sector, the office taken last (a Speaker who is also a member of the House).
                var current = Terms.Where(t => t.Covers(on)).OrderBy(t => SectorRank(t.Sector)).ThenByDescending(t => t.From ?? DateOnly.MinValue).FirstOrDefault();
                if (current is not null)
                {
                    reason = $"{Name} held office as {current.Title} ({current.Org ?? current.Country ?? "international"}) on {on:yyyy-MM-dd} [{Source}]";
                    return new Entity(Name, current.Country, current.Sector, current.Title.Length > 0 ? current.Title : null, current.Org, current.OrgType, EntityKind.Person);
                }
                var past = Terms.Where(t => t.To is { } to && to < on).OrderByDescending(t => t.To).FirstOrDefault();
                if (past is not null)
                {
                    reason = $"{Name} had left office as {past.Title} on {past.To:yyyy-MM-dd}, before {on:yyyy-MM-dd}: a former official [{Source}]";
                    return new Entity(Name, past.Country, Model.Sector.ELI, past.Title.Length > 0 ? "former " + past.Title : null, past.Org, past.OrgType, EntityKind.Person);
                }
                var future = Terms.OrderBy(t => t.From).First();
                reason = $"{Name} took office as {future.Title} only on {future.From:yyyy-MM-dd}, after {on:yyyy-MM-dd} [{Source}]";
                return new Entity(Name, future.Country, null, null, future.Org, future.OrgType, EntityKind.Person);
            case ActorEntryKind.Organisation:
                reason = $"organisation {Org} ({OrgType}) [{Source}]";
                return new Entity(Name, Country, Sector, Org: Org, OrgType: OrgType, Kind: EntityKind.Organisation);
            default:
                reason = $"{Kind.ToString().ToLowerInvariant()} of {Country ?? "no state"}{(Sector is null ? "" : " " + Sector)} [{Source}]";
                return new Entity(Name, Country, Sector, Title, Kind: Kind is ActorEntryKind.Agent or ActorEntryKind.Title ? EntityKind.Group : EntityKind.State);
        }
    }

    // Executive offices first when a person holds several at once (a president who is also party leader).
    static int SectorRank(Sector? sector) => sector switch { Model.Sector.GOV => 0, Model.Sector.MIL => 1, null => 3, Model.Sector.PTY => 4, _ => 2 };
}
