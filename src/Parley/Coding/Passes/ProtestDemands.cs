using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "began a strike to demand a higher minimum wage": the demand is the protest's topic (PLOVER manual,
/// PROTEST), not a REQUEST of its own.
/// </summary>
public sealed class ProtestDemands : ICodingPass
{
    public string Name => "protest-demands";

    public void Apply(SentenceCoding s)
    {
        if (!s.Events.Any(e => e.Category == PloverCategory.Protest)) return;
        s.DropWhere(e => e.Category == PloverCategory.Request && e.Clause is { NonFinite: true }
                         && s.Events.Any(p => p.Category == PloverCategory.Protest && p.Match.Anchor < e.Match.Anchor)
            ? "dropped: the demand of a protest is its topic" : null);
    }
}
