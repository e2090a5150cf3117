using Parley.Model;

namespace Parley.Knowledge;

/// <summary>
/// "Chinese Foreign Minister Qin Gang arrived in Berlin. The minister met ...": a title after "the", with no
/// name and no state, refers to the last person named earlier who holds that title, within the last few
/// hundred mentions (a title refers back a few paragraphs, not across a whole book).
/// </summary>
public sealed class TitleResolver
{
    const int Lookback = 300;

    public void Resolve(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
        {
            if (document.Mentions[i] is not ActorMention { Entity: { Country: null, Org: null, Kind: EntityKind.Group, Title: { } title } } m) continue;
            var article = document.LowerOf(m.First) == "the" ? m.First : m.First > 0 && document.LowerOf(m.First - 1) == "the" ? m.First - 1 : -1;
            if (article < 0) continue;
            var head = document.LowerOf(m.End - 1);
            var wanted = title.ToLowerInvariant();
            for (var k = i - 1; k >= 0 && k >= i - Lookback; k--)
            {
                if (document.Mentions[k] is not ActorMention { Entity: { Kind: EntityKind.Person, Title: { } held } person }) continue;
                var heldLower = held.ToLowerInvariant();
                if (!heldLower.Contains(wanted, StringComparison.Ordinal) && !heldLower.EndsWith(head, StringComparison.Ordinal)) continue;
                document.Mentions[i] = m with { Entity = person, Reason = $"{m.Reason}; 'the {head}' refers to {person.Name}, named earlier" };
                break;
            }
        }
    }
}
