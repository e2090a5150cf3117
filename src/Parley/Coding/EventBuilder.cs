using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding;

/// <summary>
/// Writes a coded event as EVENTS.md's record: its id, offsets into the article's own text, the
/// sentence, PLOVER contexts, intensity, quad and Goldstein score. A party's country is the state it belongs to: a
/// dependent territory's sovereign (knowledge/sovereigns.tsv); the location keeps the territory's own code.
/// </summary>
public sealed class EventBuilder(CameoTable cameo, ContextClassifier contexts, KnowledgeBase knowledge)
{
    public PloverEvent Build(Document d, Sentence sentence, CodedEvent e, int n)
    {
        var code = cameo.Find(e.Cameo);
        var start = d.ToOriginal(d.StartOf(e.First));
        var end = d.ToOriginal(d.EndOf(e.Last) - 1) + 1;
        var sentenceStart = d.ToOriginal(sentence.Start);
        var sentenceEnd = d.ToOriginal(sentence.End - 1) + 1;
        var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(d.LowerOf);
        return new PloverEvent
        {
            Id = new EventId(d.Article.Id, sentence.Index, n),
            Doc = d.Article.Id,
            Sentence = sentence.Index,
            Date = e.Date,
            Category = e.Category,
            Mode = e.Mode,
            Context = contexts.Classify(code, words),
            Status = e.Status,
            Intensity = PloverScores.Intensity(e.Category, e.Mode),
            Cameo = e.Cameo,
            Goldstein = code?.Goldstein ?? 0,
            Actor = Parties(e.Actor),
            Recipient = Parties(e.Recipient),
            Location = e.Location,
            EventText = d.Article.Text[start..end],
            SpanStart = start,
            SpanEnd = end,
            Text = d.Article.Text[sentenceStart..sentenceEnd],
        };
    }

    IReadOnlyList<EventEntity> Parties(List<EventEntity> parties) =>
        parties.TrueForAll(p => knowledge.PartyCountry(p.Entity.Country) == p.Entity.Country)
            ? parties
            : parties.ConvertAll(p => p with { Entity = p.Entity with { Country = knowledge.PartyCountry(p.Entity.Country) } });
}
