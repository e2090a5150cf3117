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
    // The names of the enums below are spelled once: the store writes several per event, and ToString with a change of
    // case allocated two strings each time (a bulk load of 1 M events called them about 6 M times).
    public static string Name(this PloverCategory category) =>
        (uint)category < (uint)CategoryNames.Length ? CategoryNames[(int)category] : category.ToString().ToUpperInvariant();

    /// <summary>
    /// Acts done on the ground, where "on" or "over" a place is where they happen ("strikes on Kyiv", "shot down over Syria"),
    /// and which set a scene; lifting sanctions on a state or cooperating on Syria happens elsewhere.
    /// </summary>
    public static bool IsPhysical(this PloverCategory category) =>
        category is PloverCategory.Assault or PloverCategory.Coerce or PloverCategory.Mobilize or PloverCategory.Protest or PloverCategory.Aid;

    public static bool TryParseCategory(ReadOnlySpan<char> text, out PloverCategory category) =>
        Enum.TryParse(text, ignoreCase: true, out category) && Enum.IsDefined(category);

    public static string Name(this EventStatus status) =>
        (uint)status < (uint)StatusNames.Length ? StatusNames[(int)status] : status.ToString().ToLowerInvariant();

    public static string Name(this DatePrecision precision) =>
        (uint)precision < (uint)PrecisionNames.Length ? PrecisionNames[(int)precision] : precision.ToString().ToLowerInvariant();

    static readonly string[] CategoryNames = Enum.GetValues<PloverCategory>().Select(c => c.ToString().ToUpperInvariant()).ToArray();
    static readonly string[] StatusNames = Enum.GetValues<EventStatus>().Select(s => s.ToString().ToLowerInvariant()).ToArray();
    static readonly string[] PrecisionNames = Enum.GetValues<DatePrecision>().Select(p => p.ToString().ToLowerInvariant()).ToArray();

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

    /// <summary>A mode as the manual spells it: "third-party", "martial-law", "heavy-weapons".</summary>
    public static string Name(this PloverMode mode) => ModeNames[(int)mode];

    public static bool TryParseMode(ReadOnlySpan<char> text, out PloverMode mode)
    {
        for (var i = 0; i < ModeNames.Length; i++)
            if (text.Equals(ModeNames[i], StringComparison.OrdinalIgnoreCase)) { mode = (PloverMode)i; return true; }
        mode = default;
        return false;
    }

    public static string Name(this Sector sector) => sector.ToString();

    public static bool TryParseSector(ReadOnlySpan<char> text, out Sector sector) =>
        Enum.TryParse(text, ignoreCase: false, out sector) && Enum.IsDefined(sector) && !int.TryParse(text, out _);

    /// <summary>A context as the manual spells it: "human_rights", "political_institutions".</summary>
    public static string Name(this PloverContext context) => ContextNames[(int)context];

    public static bool TryParseContext(ReadOnlySpan<char> text, out PloverContext context)
    {
        for (var i = 0; i < ContextNames.Length; i++)
            if (text.Equals(ContextNames[i], StringComparison.Ordinal)) { context = (PloverContext)i; return true; }
        context = default;
        return false;
    }

    static readonly string[] ModeNames = Enum.GetValues<PloverMode>().Select(m => Spell(m.ToString(), '-')).ToArray();
    static readonly string[] ContextNames = Enum.GetValues<PloverContext>().Select(c => Spell(c.ToString(), '_')).ToArray();

    /// <summary>"ThirdParty" → "third-party"; "Cbrn" → "cbrn".</summary>
    static string Spell(string pascal, char separator)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) builder.Append(separator);
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
