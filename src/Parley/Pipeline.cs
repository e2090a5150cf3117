using Parley.Coding;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley;

/// <summary>A sentence's analysis, kept for `parley explain`: its clauses, trigger matches, and the events kept and dropped.</summary>
public sealed record SentenceAnalysis(Sentence Sentence, List<Clause> Clauses, List<TriggerMatch> Matches, List<CodedEvent> Events, List<CodedEvent> Dropped);

/// <summary>A document's events and how many sentences it had.</summary>
public sealed record CodedDocument(IReadOnlyList<PloverEvent> Events, int Sentences);

/// <summary>
/// The ordered stages and the one entry point: <see cref="Code"/> turns an article into events.
/// Each stage adds one kind of annotation to the <see cref="Document"/>.
/// </summary>
public sealed class Pipeline
{
    readonly TextNormalizer normalizer = new();
    readonly Tokenizer tokenizer;
    readonly SentenceSplitter splitter;
    readonly PosTagger tagger;
    readonly ActorRecognizer actors;
    readonly DateRecognizer dates;
    readonly MentionRetagger retagger = new();
    readonly TitleResolver titles = new();
    readonly GroupOwners owners;
    readonly ClauseAnalyzer clauses;
    readonly TriggerMatcher triggers;
    readonly Coder coder;
    readonly EventBuilder builder;

    /// <param name="collectFeatures">Keep every candidate with the features the eventness model sees (to train it).</param>
    public Pipeline(Models models, IEnumerable<string>? skippedPasses = null, bool collectFeatures = false)
    {
        Models = models;
        tokenizer = new Tokenizer(models.Lexicon);
        splitter = new SentenceSplitter(models.Lexicon, models.Words);
        tagger = new PosTagger(models.Lexicon, new Lemmatizer(models.Lexicon), models.Words, models.Tagger);
        actors = new ActorRecognizer(models.Knowledge, models.Words, models.Dates, models.Lexicon);
        dates = new DateRecognizer(models.Dates, models.Words);
        owners = new GroupOwners(models.Words, models.Knowledge);
        clauses = new ClauseAnalyzer(models.Words);
        triggers = new TriggerMatcher(models.Triggers);
        coder = new Coder(models.Knowledge, models.Words, models.Triggers, models.Eventness, skippedPasses, collectFeatures);
        builder = new EventBuilder(models.Cameo, models.Contexts, models.Knowledge);
    }

    public Models Models { get; }

    /// <summary>The coder's passes, in order.</summary>
    public IEnumerable<string> PassNames => coder.PassNames;

    /// <summary>Documents longer than this are coded in windows of about this many characters, cut between paragraphs
    /// or sentences, so that memory stays bounded whatever a document's size.</summary>
    public const int WindowCharacters = 100_000;

    public IReadOnlyList<PloverEvent> Code(Article article) => CodeDocument(article).Events;

    /// <summary>Codes a document, window by window when it is long; sentence numbers and offsets are the whole document's.</summary>
    public CodedDocument CodeDocument(Article article)
    {
        if (article.Text.Length <= WindowCharacters)
            return new CodedDocument(Analyze(article, out var whole, keepAnalyses: false), whole.Sentences.Count);
        var events = new List<PloverEvent>();
        var sentences = 0;
        foreach (var (start, end) in Windows(article.Text))
        {
            var coded = Analyze(article with { Text = article.Text[start..end] }, out var window, keepAnalyses: false);
            foreach (var e in coded)
                events.Add(e with { Id = new EventId(article.Id, e.Sentence + sentences, e.Id.Index), Sentence = e.Sentence + sentences, SpanStart = e.SpanStart + start, SpanEnd = e.SpanEnd + start });
            sentences += window.Sentences.Count;
        }
        return new CodedDocument(events, sentences);
    }

    /// <summary>Cuts a long text into windows ending at a line break, else after a full stop, else at a space.</summary>
    static IEnumerable<(int Start, int End)> Windows(string text)
    {
        var start = 0;
        while (text.Length - start > WindowCharacters)
        {
            var limit = start + WindowCharacters;
            var from = start + WindowCharacters / 2;
            var cut = text.LastIndexOf('\n', limit - 1, limit - from);
            if (cut < 0)
            {
                var stop = text.LastIndexOf(". ", limit - 2, limit - from - 1, StringComparison.Ordinal);
                cut = stop >= 0 ? stop + 1 : text.LastIndexOf(' ', limit - 1, limit - from);
            }
            if (cut < 0) cut = limit;
            yield return (start, cut + 1);
            start = cut + 1;
        }
        yield return (start, text.Length);
    }

    /// <summary>The article's sentences as character ranges [start, end) of its own text.</summary>
    public IReadOnlyList<(int Start, int End)> Segment(Article article)
    {
        var document = Read(article);
        return document.Sentences.Where(s => s.TokenCount > 0)
                       .Select(s => (document.ToOriginal(s.Start), document.ToOriginal(s.End - 1) + 1)).ToList();
    }

    Document Read(Article article)
    {
        var normalized = normalizer.Normalize(article.Text);
        var document = new Document(article, normalized.Text, normalized.OriginalOffsets);
        tokenizer.Tokenize(document);
        splitter.Split(document);
        return document;
    }

    public IReadOnlyList<PloverEvent> Analyze(Article article, out Document document, bool keepAnalyses, List<SentenceAnalysis>? analyses = null)
    {
        document = Read(article);
        var actorState = new ActorRecognizer.DocumentState();
        var focus = new GroupOwners.Focus();
        var memory = new DocumentMemory();
        var output = new List<PloverEvent>();
        foreach (var sentence in document.Sentences)
        {
            tagger.Tag(document, sentence);
            sentence.FirstMention = document.Mentions.Count;
            actors.Recognize(document, sentence, actorState);
            actors.RecognizeShortNames(document, sentence, actorState);
            dates.Recognize(document, sentence);
            sentence.EndMention = document.Mentions.Count;
            retagger.Retag(document, sentence);
            titles.Resolve(document, sentence);
            owners.Resolve(document, sentence, focus);
            var sentenceClauses = clauses.Analyze(document, sentence);
            var matches = triggers.Match(document, sentence);
            var coded = coder.Code(document, sentence, sentenceClauses, matches, memory);
            for (var n = 0; n < coded.Events.Count; n++) output.Add(builder.Build(document, sentence, coded.Events[n], n));
            if (keepAnalyses) analyses?.Add(new SentenceAnalysis(sentence, sentenceClauses, matches, coded.Events, coded.Dropped));
        }
        return output;
    }
}
