using Parley.Model;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>Words of a sentence, by character offsets into the sentence's text ([start, end)).</summary>
public sealed record Highlight(int Start, int End, string Text);

/// <summary>A party of an event and where its words are in the sentence (null when the sentence does not contain them, as for an implied party).</summary>
public sealed record PartyHighlight(EntityJson Entity, Highlight? At);

/// <summary>The document a mention comes from; Date is its publication date.</summary>
public sealed record DocumentRef(string Id, string? Title, string? Date, string? Source, string? Url);

/// <summary>One sentence that reported the event, with the trigger and the parties marked.</summary>
public sealed record EvidenceJson(
    EventJson Event, DocumentRef Document, bool FromDuplicate, string? Rule, string Sentence, Highlight? Trigger,
    IReadOnlyList<PartyHighlight> Actors, IReadOnlyList<PartyHighlight> Recipients);

/// <summary>A merged event and every sentence behind it: what a number on the dashboard is made of.</summary>
public sealed record EventDetailJson(long MergedId, int Mentions, int Sources, int Articles, IReadOnlyList<EvidenceJson> Evidence)
{
    /// <summary>How many documents' publication dates are looked up for one event (a story reprinted hundreds of times shows the rest undated).</summary>
    public const int DatedDocuments = 50;

    public static async Task<EventDetailJson> FromAsync(EventDetail detail, IEventStore store, CancellationToken cancel)
    {
        // A mention carries its event's date, not its document's: the publication date is the document's own.
        var published = new Dictionary<string, string?>();
        foreach (var doc in detail.Evidence.Select(m => m.Event.Doc).Distinct().Take(DatedDocuments))
            published[doc] = (await store.GetDocumentAsync(doc, cancel))?.Article.Date?.ToString("yyyy-MM-dd");
        return new(detail.MergedId, detail.Mentions, detail.Sources, detail.Articles,
            detail.Evidence.Select(m => Api.Evidence.Of(m, published.GetValueOrDefault(m.Event.Doc))).ToList());
    }
}

/// <summary>
/// Finds the words of an event in its sentence. The trigger's offsets are the coder's own (document
/// offsets, moved to the sentence); the store does not yet keep offsets for actors and recipients,
/// so their words are looked for in the sentence, the occurrence nearest the trigger first, since
/// a name can occur twice ("Russia said Russia's troops ...").
/// </summary>
public static class Evidence
{
    public static EvidenceJson Of(Parley.Storage.Mention mention, string? published)
    {
        var e = mention.Event;
        var trigger = mention.SentenceStart is { } start ? At(e.Text, e.SpanStart - start, e.SpanEnd - start, e.EventText) : null;
        trigger ??= Find(e.Text, e.EventText, 0);
        var document = new DocumentRef(e.Doc, mention.Title, published, mention.Source, mention.Url);
        return new EvidenceJson(EventJson.From(e), document, mention.FromDuplicate, mention.Rule, e.Text, trigger,
            Parties(e.Text, e.Actor, trigger), Parties(e.Text, e.Recipient, trigger));
    }

    /// <summary>The parties of an event with their words in the sentence.</summary>
    public static IReadOnlyList<PartyHighlight> Parties(string sentence, IReadOnlyList<EventEntity> parties, Highlight? trigger) =>
        parties.Select(p => new PartyHighlight(EntityJson.From(p), Find(sentence, p.Text, trigger?.Start ?? 0))).ToList();

    /// <summary>The words at these offsets, if they are the expected words.</summary>
    public static Highlight? At(string sentence, int start, int end, string expected) =>
        start >= 0 && end <= sentence.Length && start < end && sentence.AsSpan(start, end - start).SequenceEqual(expected)
            ? new Highlight(start, end, expected) : null;

    /// <summary>The occurrence of the words nearest to a point of the sentence (exact case first, then any case).</summary>
    public static Highlight? Find(string sentence, string words, int near)
    {
        if (string.IsNullOrWhiteSpace(words)) return null;
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var best = -1;
            for (var i = sentence.IndexOf(words, comparison); i >= 0; i = sentence.IndexOf(words, i + 1, comparison))
                if (best < 0 || Math.Abs(i - near) < Math.Abs(best - near)) best = i;
            if (best >= 0) return new Highlight(best, best + words.Length, sentence.Substring(best, words.Length));
        }
        return null;
    }
}
