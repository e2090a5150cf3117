using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "Daesh had set fire to the building", "militants torched a school": PROTEST is civilian collective action (PLOVER
/// manual), so arson, vandalism and obstruction by armed actors (armed groups, armed forces, police, militias) are
/// violence (ASSAULT `primitive`, CAMEO 1712 "destroy property"), not a riot. Only the verb of its own clause counts: the
/// actor of "setting off nights of rioting" or "riots break out" is seldom the rioters.
/// </summary>
public sealed class ArmedRiots : ICodingPass
{
    public string Name => "armed-riots";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Protest && e.Mode is PloverMode.Riot or PloverMode.Vandalize && e.Actor.Count > 0 && e.Actor.All(a => a.Entity.BearsArms)
                && e.Clause?.Head == e.Match.Anchor && !OnThemselves(s, e))
                e.Recode(PloverCategory.Assault, PloverMode.Primitive, new("1712"), "ASSAULT primitive: done by armed actors, not civilians");
    }

    /// <summary>"An active-duty Air Force member sets himself on fire": a protest done on oneself.</summary>
    static bool OnThemselves(SentenceCoding s, CodedEvent e)
    {
        for (var t = e.Match.First; t <= e.Match.Last; t++)
            if (s.Document.TagOf(t) == PosTag.PRP
                && (s.Document.LowerOf(t).EndsWith("self", StringComparison.Ordinal) || s.Document.LowerOf(t).EndsWith("selves", StringComparison.Ordinal)))
                return true;
        return false;
    }
}
