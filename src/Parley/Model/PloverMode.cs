using System.Globalization;

namespace Parley.Model;

/// <summary>
/// The modes of the PLOVER manual's category tables, across categories. A mode name may serve several
/// categories ("restrict" is a THREATEN and a COERCE mode); <see cref="PloverScores.IsValidMode"/> says
/// which pairs the manual defines.
/// </summary>
public enum PloverMode
{
    Visit, ThirdParty, Multilateral, Phone,
    Withdraw, Release, Disarm, Ceasefire, Access, Resign,
    Assist, Change, Yield, Meet,
    Disapprove, Investigate, Allege,
    Restrict, Arrest, Relations, Expel, Territory, Violence,
    Demo, Riot, Strike, Hunger, Boycott, Obstruct, Vandalize,
    Convict, Discontinue,
    Troops, Weapons, Police, Militia,
    Seize, Censor, Curfew, MartialLaw, Deport, Withhold, Misinformation, Cyber,
    Abduct, Beat, Torture, Sexual, Targeted, Destroy, Primitive, Firearms, Explosives, SuicideAttack, Aerial, Drone,
    HeavyWeapons, CrowdControl, Unconventional,
}

/// <summary>CAMEO agent codes, the sectors EVENTS.md allows on an entity.</summary>
public enum Sector { GOV, MIL, COP, JUD, LEG, OPP, PTY, REB, CVL, MED, BUS, EDU, LAB, REF, REL, SPY, CRM, ELI, UAF, NGO }

/// <summary>The general contexts of the PLOVER manual (table "General contexts").</summary>
public enum PloverContext
{
    Military, Intelligence, Executive, Legislative, Election, PoliticalInstitutions, ProDemocracy, ProAutocracy, Economic,
    Legal, Reparations, HumanRights, RightsFreedoms, Repression, HumanSecurity, Gender, Lgbt, ReligionEthnicity, Inequality,
    Diplomatic, Territory, Peacekeeping, Health, Asylum, Migration, Disasters, NaturalResource, Environment, Technology,
    Terrorism, Cbrn, Cyber, Misinformation, Crime, Corruption, IllegalDrugs, Trafficking,
}

/// <summary>A CAMEO event code: two to four digits ("04", "042", "1382").</summary>
public readonly record struct CameoCode
{
    [System.Text.Json.Serialization.JsonConstructor]
    public CameoCode(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException($"'{value}' is not a CAMEO code (two to four digits)", nameof(value));
        Value = value;
    }

    public string Value { get; }

    /// <summary>The root code of this code's family: "085" for "0851", "08" for "080".</summary>
    public bool IsIn(string family) => Value.StartsWith(family, StringComparison.Ordinal);

    public static bool IsWellFormed(string? value) => value is { Length: >= 2 and <= 4 } && value.All(char.IsAsciiDigit);

    public static bool TryParse(string? value, out CameoCode code)
    {
        code = IsWellFormed(value) ? new CameoCode(value!) : default;
        return code.Value is not null;
    }

    public override string ToString() => Value;
}

/// <summary>An event's stable id, written "doc:sentence:n" (the document id may itself contain colons).</summary>
public readonly record struct EventId(string Doc, int Sentence, int Index)
{
    public override string ToString() => $"{Doc}:{Sentence}:{Index}";

    public static bool TryParse(string? text, out EventId id)
    {
        id = default;
        if (text is null) return false;
        var last = text.LastIndexOf(':');
        var middle = last > 0 ? text.LastIndexOf(':', last - 1) : -1;
        if (middle <= 0 || !int.TryParse(text.AsSpan(middle + 1, last - middle - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sentence)
            || !int.TryParse(text.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            return false;
        id = new EventId(text[..middle], sentence, index);
        return true;
    }
}
