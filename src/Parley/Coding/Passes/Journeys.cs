using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Kim Jong Un arrived in Vladivostok" is a visit; "marines arrived in Syria" is a deployment (MOBILIZE troops);
/// "migrants arrived in Greece" is neither: only office holders (government, legislature, courts, intelligence, elites, named commanders, religious
/// leaders, groups named by a word of office) or international organisations visit by arriving, flying or travelling.
/// </summary>
public sealed class Journeys : ICodingPass
{
    public string Name => "journeys";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        // "Three hundred U.S. marines arrive in Norway", "a unit of military personnel has arrived in Liberia": forces arriving are deployed.
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && s.Syntax.Words.ArrivalVerbs.Contains(d.LemmaOf(e.Match.Anchor))
                && e.Actor.Count > 0 && e.Actor.All(a => a.Entity is { Sector: Sector.MIL, Kind: not EntityKind.Person } && !OfficeHolder(s, a)))
                e.Recode(PloverCategory.Mobilize, PloverMode.Troops, new("154"), "MOBILIZE troops: armed forces arriving are deployed, not visiting");
        s.DropWhere(e => e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && s.Syntax.Words.ArrivalVerbs.Contains(d.LemmaOf(e.Match.Anchor))
                         && !e.Actor.Any(a => OfficeHolder(s, a))
            ? "not coded: a journey by people who hold no office is no visit" : null);
    }

    /// <summary>
    /// Who visits by arriving: government, legislature, courts, intelligence and elites; a named commander; an organisation;
    /// a religious leader ("Pope Francis arrives in the Central African Republic"); a group named by a
    /// word of office ("Turkish military officials travelled to Moscow").
    /// </summary>
    static bool OfficeHolder(SentenceCoding s, EventEntity a) =>
        a.Entity.Sector is Sector.GOV or Sector.SPY or Sector.LEG or Sector.JUD or Sector.ELI || a.Entity is { Kind: EntityKind.Person, Sector: Sector.MIL }
        || a.Entity.Org is not null && a.Entity.Sector is null
        || a.Entity is { Kind: EntityKind.Person, Sector: Sector.REL }
        || a.Entity.Kind == EntityKind.Group && a.Text.Split(' ')[^1].ToLowerInvariant() is var head && s.Syntax.Words.OfficeNouns.Contains(head);
}
