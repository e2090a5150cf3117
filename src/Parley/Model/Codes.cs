namespace Parley.Model;

/// <summary>The sixteen PLOVER event categories.</summary>
public enum PloverCategory
{
    Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
    Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

/// <summary>PLOVER's auxiliary modes, as EVENTS.md names them.</summary>
public enum EventStatus { Asserted, Historical, Future, Hypothetical, Negated }

/// <summary>PLOVER's quad classes.</summary>
public enum QuadClass { VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict }

/// <summary>How precisely an event date is known.</summary>
public enum DatePrecision { Day, Month, Year }

/// <summary>Kinds of organisation in EVENTS.md.</summary>
public enum OrgType { IGO, NGO, IMG, MNC }

/// <summary>Names and fixed properties of the closed code sets, in the spelling EVENTS.md uses.</summary>
public static class Codes
{
    public static string Name(this PloverCategory category) => category.ToString().ToUpperInvariant();

    public static bool TryParseCategory(ReadOnlySpan<char> text, out PloverCategory category) =>
        Enum.TryParse(text, ignoreCase: true, out category) && Enum.IsDefined(category);

    public static string Name(this EventStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(this DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string Name(this QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "verbal-cooperation",
        QuadClass.MaterialCooperation => "material-cooperation",
        QuadClass.VerbalConflict => "verbal-conflict",
        _ => "material-conflict",
    };

    /// <summary>The quad class each category belongs to (PLOVER manual, "Quad category").</summary>
    public static QuadClass Quad(this PloverCategory category) => category switch
    {
        PloverCategory.Agree or PloverCategory.Consult or PloverCategory.Support or PloverCategory.Concede
            => QuadClass.VerbalCooperation,
        PloverCategory.Cooperate or PloverCategory.Aid or PloverCategory.Retreat => QuadClass.MaterialCooperation,
        PloverCategory.Request or PloverCategory.Accuse or PloverCategory.Reject or PloverCategory.Threaten
            => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>CAMEO agent codes accepted as an entity sector.</summary>
    public static readonly IReadOnlySet<string> Sectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "MED", "BUS", "EDU", "LAB",
        "REF", "REL", "SPY", "CRM", "ELI", "UAF", "NGO",
    };
}
