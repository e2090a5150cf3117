namespace Parley.Model;

/// <summary>
/// The PLOVER conflict/cooperation scores (manual, table "PLOVER conflict--cooperation scores")
/// and the modes each category allows.
/// </summary>
public static class PloverScores
{
    static readonly Dictionary<(PloverCategory, string), double> ModeScores = new()
    {
        [(PloverCategory.Consult, "visit")] = 4, [(PloverCategory.Consult, "third-party")] = 1,
        [(PloverCategory.Consult, "multilateral")] = 4, [(PloverCategory.Consult, "phone")] = 1.5,
        [(PloverCategory.Retreat, "withdraw")] = 8, [(PloverCategory.Retreat, "release")] = 6.5,
        [(PloverCategory.Retreat, "disarm")] = 10, [(PloverCategory.Retreat, "ceasefire")] = 7.5,
        [(PloverCategory.Retreat, "access")] = 6.5, [(PloverCategory.Retreat, "resign")] = 4.5,
        [(PloverCategory.Request, "assist")] = 0.5, [(PloverCategory.Request, "change")] = -1,
        [(PloverCategory.Request, "yield")] = -1, [(PloverCategory.Request, "meet")] = 0,
        [(PloverCategory.Accuse, "disapprove")] = -2, [(PloverCategory.Accuse, "investigate")] = -3.5,
        [(PloverCategory.Accuse, "allege")] = -3.5,
        [(PloverCategory.Reject, "assist")] = -1.5, [(PloverCategory.Reject, "change")] = -2,
        [(PloverCategory.Reject, "yield")] = -2, [(PloverCategory.Reject, "meet")] = -2,
        [(PloverCategory.Threaten, "restrict")] = -3, [(PloverCategory.Threaten, "arrest")] = -3.5,
        [(PloverCategory.Threaten, "relations")] = -3.5, [(PloverCategory.Threaten, "expel")] = -3.5,
        [(PloverCategory.Threaten, "territory")] = -4, [(PloverCategory.Threaten, "violence")] = -3.5,
        [(PloverCategory.Protest, "demo")] = -5, [(PloverCategory.Protest, "riot")] = -7,
        [(PloverCategory.Protest, "strike")] = -5, [(PloverCategory.Protest, "hunger")] = -4.5,
        [(PloverCategory.Protest, "boycott")] = -4.5, [(PloverCategory.Protest, "obstruct")] = -4.5,
        [(PloverCategory.Protest, "vandalize")] = -5,
        [(PloverCategory.Sanction, "convict")] = -6, [(PloverCategory.Sanction, "expel")] = -5.5,
        [(PloverCategory.Sanction, "withdraw")] = -6, [(PloverCategory.Sanction, "discontinue")] = -6,
        [(PloverCategory.Mobilize, "troops")] = -6.5, [(PloverCategory.Mobilize, "weapons")] = -6.5,
        [(PloverCategory.Mobilize, "police")] = -5.5, [(PloverCategory.Mobilize, "militia")] = -6,
        [(PloverCategory.Coerce, "seize")] = -7, [(PloverCategory.Coerce, "restrict")] = -7,
        [(PloverCategory.Coerce, "censor")] = -6.5, [(PloverCategory.Coerce, "curfew")] = -6.5,
        [(PloverCategory.Coerce, "martial-law")] = -7.5, [(PloverCategory.Coerce, "arrest")] = -7,
        [(PloverCategory.Coerce, "deport")] = -7, [(PloverCategory.Coerce, "withhold")] = -7,
        [(PloverCategory.Coerce, "misinformation")] = -6.5, [(PloverCategory.Coerce, "cyber")] = -7,
        [(PloverCategory.Assault, "abduct")] = -8.5, [(PloverCategory.Assault, "beat")] = -7.5,
        [(PloverCategory.Assault, "torture")] = -8.5, [(PloverCategory.Assault, "sexual")] = -8.5,
        [(PloverCategory.Assault, "targeted")] = -9.5, [(PloverCategory.Assault, "destroy")] = -8.5,
        [(PloverCategory.Assault, "primitive")] = -8, [(PloverCategory.Assault, "firearms")] = -9,
        [(PloverCategory.Assault, "explosives")] = -9, [(PloverCategory.Assault, "suicide-attack")] = -9.5,
        [(PloverCategory.Assault, "aerial")] = -9.5, [(PloverCategory.Assault, "drone")] = -9.5,
        [(PloverCategory.Assault, "heavy-weapons")] = -9.5, [(PloverCategory.Assault, "crowd-control")] = -7.5,
        [(PloverCategory.Assault, "unconventional")] = -10,
    };

    /// <summary>
    /// Category scores. The manual prints ACCUSE as +3, which contradicts its own modes (-2 to -3.5)
    /// and its verbal-conflict quad class; Parley uses -3, the evident intent.
    /// </summary>
    static double CategoryScore(PloverCategory category) => category switch
    {
        PloverCategory.Agree => 2.5, PloverCategory.Consult => 2.5, PloverCategory.Support => 5,
        PloverCategory.Concede => 4.5, PloverCategory.Cooperate => 9.5, PloverCategory.Aid => 10,
        PloverCategory.Retreat => 6.5, PloverCategory.Request => 0, PloverCategory.Accuse => -3,
        PloverCategory.Reject => -2, PloverCategory.Threaten => -3.5, PloverCategory.Protest => -5,
        PloverCategory.Sanction => -6, PloverCategory.Mobilize => -5.5, PloverCategory.Coerce => -7,
        _ => -9,
    };

    public static double Intensity(PloverCategory category, string? mode) =>
        mode is not null && ModeScores.TryGetValue((category, mode), out var score) ? score : CategoryScore(category);

    /// <summary>Modes the manual defines for a category; categories without modes accept none.</summary>
    public static bool IsValidMode(PloverCategory category, string mode) => ModeScores.ContainsKey((category, mode));
}
