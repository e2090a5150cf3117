using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "an anti-American protest", "Anti-Chinese protests in southern Vietnam": a protest named as against a state is aimed at
/// that state, and is held by the people of the place where it happens, not by the state it is against ("anti-government"
/// names no state: the domestic-targets pass aims it at home).
/// </summary>
public sealed class AntiTargets(KnowledgeBase knowledge) : ICodingPass
{
    public const string PassName = "anti-targets";

    public string Name => PassName;

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Protest && Against(s, e) is { } target)
                Aim(s, e, target);
    }

    /// <summary>
    /// The state an "anti-" word names, and that word: within three words of noun phrase before the protest word, or
    /// among the trigger's own words ("staged an anti-American protest").
    /// </summary>
    (string Country, int Token)? Against(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        for (var t = e.Match.Last; t >= s.Sentence.FirstToken && t >= e.Match.Anchor - 3; t--)
        {
            var text = d.TextOf(t);
            if (text.Length > 5 && text.StartsWith("anti-", StringComparison.OrdinalIgnoreCase)
                && knowledge.StateNamed(text[5..].ToString()) is { } country)
                return (country, t);
            if (t < e.Match.Anchor && !ClauseAnalyzer.IsNominal(d, t)) break;
        }
        return null;
    }

    void Aim(SentenceCoding s, CodedEvent e, (string Country, int Token) target)
    {
        var d = s.Document;
        var word = d.TextOf(target.Token).ToString();
        // The actor said to be the state protested against ("Anti-Chinese" read as Chinese people) is no actor.
        e.Actor.RemoveAll(a => a.Entity.Country == target.Country && a.Entity.Org is null);
        e.Recipient.RemoveAll(r => r.Entity.Country != target.Country);
        if (e.Recipient.Count == 0)
        {
            e.Recipient.Add(new EventEntity(word, knowledge.State(target.Country) ?? new Entity(target.Country, target.Country, null)));
            e.Reasons.Add($"recipient {target.Country}: the protest is '{word}'");
        }
        if (e.Actor.Count == 0 && e.Location?.Place.Country is { } home && home != target.Country)
            DomesticTargets.AddProtesters(d, e, home);
    }
}
