using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "burned a Koran outside the Turkish embassy", "rallied outside parliament": a protest held at an
/// institution's door is aimed at that institution.
/// </summary>
public sealed class ProtestSites : ICodingPass
{
    public string Name => "protest-sites";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.Where(e => e.Recipient.Count == 0 && e.Category == PloverCategory.Protest)) AimAtSite(s, e);
    }

    static void AimAtSite(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var limit = e.Clause?.Limit ?? Math.Min(s.Sentence.EndToken, e.Last + 10);
        foreach (var m in s.Actors.Where(m => m.First > e.Match.Anchor && m.First < limit))
        {
            if (s.Syntax.Boundary(e.Last + 1, m.First)) break;
            var before = m.First - 1 > 0 && d.TagOf(m.First - 1) == PosTag.DT ? m.First - 2 : m.First - 1;
            var site = s.Syntax.Words.ProtestSitePrepositions.Contains(d.LowerOf(before))
                       || before >= 2 && d.LowerOf(before) == "of" && d.LowerOf(before - 1) == "front" && d.LowerOf(before - 2) == "in";
            if (!site || m.Entity is null || m.Entity.Sector is Sector.CVL or Sector.MED || e.Actor.Any(a => a.Entity == m.Entity)) continue;
            e.Recipient.Add(new EventEntity(d.TextOf(m.First, m.End - 1), m.Entity));
            e.Reasons.Add($"recipient: '{d.TextOf(m.First, m.End - 1)}', where the protest was held");
            return;
        }
    }
}
