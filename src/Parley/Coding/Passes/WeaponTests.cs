using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "North Korea test fired a ballistic missile from a submarine", "fires test missiles", "test-launched a rocket": weapons
/// fired in a test are a show of force (MOBILIZE `weapons`), aimed at no one, not an attack on the ground under them.
/// </summary>
public sealed class WeaponTests : ICodingPass
{
    public string Name => "weapon-tests";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Assault && e.Match.Trigger.Anchor is "fire" or "launch" && IsTest(s, e))
            {
                e.Recode(PloverCategory.Mobilize, PloverMode.Weapons, new("150"), "MOBILIZE weapons: fired in a test");
                e.Recipient.Clear();
            }
    }

    /// <summary>Whether "test" comes right before the verb ("test fired") or describes what is fired ("test missiles").</summary>
    static bool IsTest(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var anchor = e.Match.Anchor;
        if (anchor > s.Sentence.FirstToken && d.LowerOf(anchor - 1) == "test") return true;
        return e.Clause is { Object: { IsEmpty: false } o } && e.Clause.Head == anchor
               && Enumerable.Range(o.First, o.End - o.First).Any(t => d.LowerOf(t) == "test");
    }
}
