namespace Parley.Model;

/// <summary>What an actor mention refers to: a state, an organisation, a person or a group, with its codes.</summary>
public sealed record Entity(
    string Name,
    string? Country,
    Sector? Sector,
    string? Title = null,
    string? Org = null,
    OrgType? OrgType = null,
    EntityKind Kind = EntityKind.State)
{
    /// <summary>The code a dyadic data set would use: the organisation if any, else the country.</summary>
    public string? Code => Org ?? Country;

    /// <summary>Whether it bears arms: armed forces, police, rebels, militias, spies, or an armed group.</summary>
    public bool BearsArms => OrgType == Model.OrgType.IMG || Sector is Model.Sector.MIL or Model.Sector.REB or Model.Sector.UAF or Model.Sector.COP or Model.Sector.SPY;
}

public enum EntityKind { State, Organisation, Person, Group, Place }

/// <summary>A place: the canonical name, its state and coordinates.</summary>
public sealed record Place(string Name, string Country, double Lat, double Lon, PlaceKind Kind, long Population = 0, string? Admin1 = null);

public enum PlaceKind { Country, Region, City, Capital }
