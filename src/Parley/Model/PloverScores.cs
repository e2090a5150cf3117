namespace Parley.Model;

/// <summary>
/// The PLOVER conflict/cooperation scores (manual, table "PLOVER conflict--cooperation scores")
/// and the modes each category allows.
/// </summary>
public static class PloverScores
{
    static readonly Dictionary<(PloverCategory, PloverMode), double> ModeScores = new()
    {
        [(PloverCategory.Consult, PloverMode.Visit)] = 4, [(PloverCategory.Consult, PloverMode.ThirdParty)] = 1,
        [(PloverCategory.Consult, PloverMode.Multilateral)] = 4, [(PloverCategory.Consult, PloverMode.Phone)] = 1.5,
        [(PloverCategory.Retreat, PloverMode.Withdraw)] = 8, [(PloverCategory.Retreat, PloverMode.Release)] = 6.5,
        [(PloverCategory.Retreat, PloverMode.Disarm)] = 10, [(PloverCategory.Retreat, PloverMode.Ceasefire)] = 7.5,
        [(PloverCategory.Retreat, PloverMode.Access)] = 6.5, [(PloverCategory.Retreat, PloverMode.Resign)] = 4.5,
        [(PloverCategory.Request, PloverMode.Assist)] = 0.5, [(PloverCategory.Request, PloverMode.Change)] = -1,
        [(PloverCategory.Request, PloverMode.Yield)] = -1, [(PloverCategory.Request, PloverMode.Meet)] = 0,
        [(PloverCategory.Accuse, PloverMode.Disapprove)] = -2, [(PloverCategory.Accuse, PloverMode.Investigate)] = -3.5,
        [(PloverCategory.Accuse, PloverMode.Allege)] = -3.5,
        [(PloverCategory.Reject, PloverMode.Assist)] = -1.5, [(PloverCategory.Reject, PloverMode.Change)] = -2,
        [(PloverCategory.Reject, PloverMode.Yield)] = -2, [(PloverCategory.Reject, PloverMode.Meet)] = -2,
        [(PloverCategory.Threaten, PloverMode.Restrict)] = -3, [(PloverCategory.Threaten, PloverMode.Arrest)] = -3.5,
        [(PloverCategory.Threaten, PloverMode.Relations)] = -3.5, [(PloverCategory.Threaten, PloverMode.Expel)] = -3.5,
        [(PloverCategory.Threaten, PloverMode.Territory)] = -4, [(PloverCategory.Threaten, PloverMode.Violence)] = -3.5,
        [(PloverCategory.Protest, PloverMode.Demo)] = -5, [(PloverCategory.Protest, PloverMode.Riot)] = -7,
        [(PloverCategory.Protest, PloverMode.Strike)] = -5, [(PloverCategory.Protest, PloverMode.Hunger)] = -4.5,
        [(PloverCategory.Protest, PloverMode.Boycott)] = -4.5, [(PloverCategory.Protest, PloverMode.Obstruct)] = -4.5,
        [(PloverCategory.Protest, PloverMode.Vandalize)] = -5,
        [(PloverCategory.Sanction, PloverMode.Convict)] = -6, [(PloverCategory.Sanction, PloverMode.Expel)] = -5.5,
        [(PloverCategory.Sanction, PloverMode.Withdraw)] = -6, [(PloverCategory.Sanction, PloverMode.Discontinue)] = -6,
        [(PloverCategory.Mobilize, PloverMode.Troops)] = -6.5, [(PloverCategory.Mobilize, PloverMode.Weapons)] = -6.5,
        [(PloverCategory.Mobilize, PloverMode.Police)] = -5.5, [(PloverCategory.Mobilize, PloverMode.Militia)] = -6,
        [(PloverCategory.Coerce, PloverMode.Seize)] = -7, [(PloverCategory.Coerce, PloverMode.Restrict)] = -7,
        [(PloverCategory.Coerce, PloverMode.Censor)] = -6.5, [(PloverCategory.Coerce, PloverMode.Curfew)] = -6.5,
        [(PloverCategory.Coerce, PloverMode.MartialLaw)] = -7.5, [(PloverCategory.Coerce, PloverMode.Arrest)] = -7,
        [(PloverCategory.Coerce, PloverMode.Deport)] = -7, [(PloverCategory.Coerce, PloverMode.Withhold)] = -7,
        [(PloverCategory.Coerce, PloverMode.Misinformation)] = -6.5, [(PloverCategory.Coerce, PloverMode.Cyber)] = -7,
        [(PloverCategory.Assault, PloverMode.Abduct)] = -8.5, [(PloverCategory.Assault, PloverMode.Beat)] = -7.5,
        [(PloverCategory.Assault, PloverMode.Torture)] = -8.5, [(PloverCategory.Assault, PloverMode.Sexual)] = -8.5,
        [(PloverCategory.Assault, PloverMode.Targeted)] = -9.5, [(PloverCategory.Assault, PloverMode.Destroy)] = -8.5,
        [(PloverCategory.Assault, PloverMode.Primitive)] = -8, [(PloverCategory.Assault, PloverMode.Firearms)] = -9,
        [(PloverCategory.Assault, PloverMode.Explosives)] = -9, [(PloverCategory.Assault, PloverMode.SuicideAttack)] = -9.5,
        [(PloverCategory.Assault, PloverMode.Aerial)] = -9.5, [(PloverCategory.Assault, PloverMode.Drone)] = -9.5,
        [(PloverCategory.Assault, PloverMode.HeavyWeapons)] = -9.5, [(PloverCategory.Assault, PloverMode.CrowdControl)] = -7.5,
        [(PloverCategory.Assault, PloverMode.Unconventional)] = -10,
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

    public static double Intensity(PloverCategory category, PloverMode? mode) =>
        mode is { } m && ModeScores.TryGetValue((category, m), out var score) ? score : CategoryScore(category);

    /// <summary>Modes the manual defines for a category; categories without modes accept none.</summary>
    public static bool IsValidMode(PloverCategory category, PloverMode mode) => ModeScores.ContainsKey((category, mode));
}
