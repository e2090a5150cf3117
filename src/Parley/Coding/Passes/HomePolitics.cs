using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Words aimed at no one named, said by the people of one state where no other state is named (in the sentence or the two
/// before it), are about their own state's affairs: "Opposition parties have alleged that there is voting fraud" (AZE → AZE),
/// "party leaders in Parliament call for his resignation", "Shevardnadze denounces what he calls an attempted coup".
/// International organisations and NGOs have no home to aim at ("The Red Cross criticises the policy of holding
/// detainees"), and words about parties abroad named without a state, or before an international body, are not about home
/// ("He blames a foreign conspiracy", "files a complaint at the United Nations": data/words/abroad-words.txt).
/// </summary>
public sealed class HomePolitics(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "home-politics";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            if (e.Recipient.Count > 0 || e.Actor.Count == 0 || e.Category is not (PloverCategory.Accuse or PloverCategory.Request or PloverCategory.Threaten))
                continue;
            if (e.Actor.Any(a => a.Entity.Country is null || a.Entity.OrgType is OrgType.IGO or OrgType.NGO)) continue;
            if (e.ActorCountries() is not { Count: 1 } own) continue;
            var home = own.First();
            if (OtherPartyNamed(s, home) || ObjectUnresolved(s, e)) continue;
            if (knowledge.State(home) is not { } state) continue;
            e.Recipient.Add(new EventEntity(state.Name, state));
            e.Reasons.Add($"recipient {home}: words of {home}'s people about no one named, where no other state is named");
        }
    }

    /// <summary>Whether the sentence or the two before it name another state or an international body, or the sentence parties abroad.</summary>
    static bool OtherPartyNamed(SentenceCoding s, string home)
    {
        var d = s.Document;
        var first = Math.Max(0, s.Sentence.Index - ContextSentences);
        return d.Sentences.Skip(first).Take(s.Sentence.Index - first + 1).SelectMany(d.MentionsOf)
                   .Any(m => m.Country is { } other && other != home || m is ActorMention { Entity.OrgType: OrgType.IGO })
               || Enumerable.Range(s.Sentence.FirstToken, s.Sentence.EndToken - s.Sentence.FirstToken).Any(t => s.Syntax.Words.AbroadWords.Contains(d.LowerOf(t)));
    }

    /// <summary>
    /// Whether the words are aimed at someone the sentence does not place: "the authorities arrested and charged him with
    /// terrorism offences" (a Briton on holiday), "objected to Kurdish attendance".
    /// </summary>
    static bool ObjectUnresolved(SentenceCoding s, CodedEvent e)
    {
        if (e.Clause is not { Object.IsEmpty: false } clause) return false;
        var d = s.Document;
        var first = clause.Object.First;
        if (d.LowerOf(first) is "him" or "them" || d.LowerOf(first) == "her" && !(first + 1 < clause.Object.End && d.TagOf(first + 1).IsNoun())) return true;
        return s.Actors.Any(m => m.IsWithin(clause.Object) && m.Entity is { Country: null, Org: null });
    }

    /// <summary>
    /// How many sentences before the words must name no other state either: "Russia requests more time to review the text"
    /// follows the draft resolution's sponsors.
    /// </summary>
    const int ContextSentences = 2;
}
