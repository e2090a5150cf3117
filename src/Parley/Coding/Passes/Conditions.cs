using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "threatened to expel the ambassador if another Koran were burned": the condition of a threat or demand
/// is part of it, not an event of its own.
/// </summary>
public sealed class Conditions : ICodingPass
{
    public string Name => "conditions";

    public void Apply(SentenceCoding s)
    {
        static bool Demands(CodedEvent e) => e.Category is PloverCategory.Threaten or PloverCategory.Request;
        if (!s.Events.Any(Demands)) return;
        s.DropWhere(e => !Demands(e) && e.Clause is { } c && Syntax.InCondition(c) && s.Events.Any(o => Demands(o) && o.Match.Anchor < e.Match.Anchor)
            ? "dropped: the condition of a threat or demand is part of it" : null);
    }
}
