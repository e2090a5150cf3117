using Parley.Model;

namespace Parley.Coding;

/// <summary>
/// The PLOVER modes and CAMEO codes of requests, refusals and threats, which take their mode from
/// what is asked, refused or threatened (manual: REQUEST, REJECT and THREATEN modes).
/// </summary>
public static class SpeechActModes
{
    /// <summary>The mode of a speech act (<paramref name="outer"/>) whose content is an act of category <paramref name="inner"/>.</summary>
    public static PloverMode? ModeFor(PloverCategory outer, PloverCategory inner, PloverMode? innerMode) => outer switch
    {
        PloverCategory.Request or PloverCategory.Reject => inner switch
        {
            PloverCategory.Consult or PloverCategory.Agree => PloverMode.Meet,
            PloverCategory.Retreat or PloverCategory.Concede => PloverMode.Yield,
            PloverCategory.Aid or PloverCategory.Cooperate or PloverCategory.Support => PloverMode.Assist,
            _ => PloverMode.Change,
        },
        PloverCategory.Threaten => inner switch
        {
            PloverCategory.Assault or PloverCategory.Mobilize => PloverMode.Violence,
            PloverCategory.Coerce when innerMode == PloverMode.Arrest => PloverMode.Arrest,
            PloverCategory.Coerce when innerMode == PloverMode.Deport => PloverMode.Expel,
            PloverCategory.Coerce when innerMode == PloverMode.Seize => PloverMode.Territory,
            PloverCategory.Sanction when innerMode == PloverMode.Expel => PloverMode.Expel,
            PloverCategory.Sanction or PloverCategory.Reject => PloverMode.Relations,
            _ => PloverMode.Restrict,
        },
        _ => null,
    };

    /// <summary>The CAMEO code closest to a moded request, refusal or threat.</summary>
    public static CameoCode? CameoFor(PloverCategory category, PloverMode? mode) => (category, mode) switch
    {
        (PloverCategory.Request, PloverMode.Meet) => new CameoCode("108"),
        (PloverCategory.Request, PloverMode.Yield) => new CameoCode("105"),
        (PloverCategory.Request, PloverMode.Assist) => new CameoCode("103"),
        (PloverCategory.Request, PloverMode.Change) => new CameoCode("104"),
        (PloverCategory.Reject, PloverMode.Meet) => new CameoCode("125"),
        (PloverCategory.Reject, PloverMode.Yield) => new CameoCode("124"),
        (PloverCategory.Reject, PloverMode.Assist) => new CameoCode("121"),
        (PloverCategory.Reject, PloverMode.Change) => new CameoCode("123"),
        (PloverCategory.Threaten, PloverMode.Violence) => new CameoCode("138"),
        (PloverCategory.Threaten, PloverMode.Arrest) => new CameoCode("132"),
        (PloverCategory.Threaten, PloverMode.Expel) => new CameoCode("136"),
        (PloverCategory.Threaten, PloverMode.Territory) => new CameoCode("1382"),
        (PloverCategory.Threaten, PloverMode.Relations) => new CameoCode("1313"),
        (PloverCategory.Threaten, PloverMode.Restrict) => new CameoCode("1312"),
        _ => null,
    };

    /// <summary>+1 for cooperation, -1 for conflict, 0 for acts that can go either way.</summary>
    public static int Polarity(PloverCategory c) => c switch
    {
        PloverCategory.Agree or PloverCategory.Support or PloverCategory.Consult or PloverCategory.Cooperate or PloverCategory.Aid
            or PloverCategory.Concede or PloverCategory.Retreat => 1,
        PloverCategory.Request => 0,
        _ => -1,
    };
}
