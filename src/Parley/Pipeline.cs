using Parley.Coding;
using Parley.Io;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley;

/// <summary>Everything the pipeline reads from data/, loaded once and shared.</summary>
public sealed class Models
{
    public required Lexicon Lexicon { get; init; }
    public required KnowledgeBase Knowledge { get; init; }
    public required TriggerLexicon Triggers { get; init; }
    public required CameoTable Cameo { get; init; }
    public required IReadOnlyList<Problem> Problems { get; init; }

    public static Models Load(string dataDirectory, IEnumerable<string>? actorFiles = null, IEnumerable<string>? triggerFiles = null)
    {
        var problems = new ProblemLog();
        var lexicon = Lexicon.Load(dataDirectory, problems);
        var cameo = CameoTable.Load(dataDirectory, problems);
        return new Models
        {
            Lexicon = lexicon,
            Cameo = cameo,
            Knowledge = KnowledgeBase.Load(dataDirectory, lexicon, problems, actorFiles),
            Triggers = TriggerLexicon.Load(dataDirectory, cameo, problems, triggerFiles),
            Problems = problems.Problems,
        };
    }

    /// <summary>data/ beside the program, or in the working directory or one of its parents (a source checkout).</summary>
    public static string FindDataDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(Path.Combine(beside, "lexicon"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "lexicon"))) return Path.Combine(dir.FullName, "data");
        return beside;
    }
}

/// <summary>A sentence's analysis, kept for `parley explain`.</summary>
public sealed record SentenceAnalysis(Sentence Sentence, List<Clause> Clauses, List<TriggerMatch> Matches, List<CodedEvent> Events, List<CodedEvent> Dropped);

/// <summary>
/// The ordered stages and the one entry point: <see cref="Code"/> turns an article into events.
/// Each stage adds one kind of annotation to the <see cref="Document"/>.
/// </summary>
public sealed class Pipeline
{
    readonly Models models;
    readonly TextNormalizer normalizer = new();
    readonly Tokenizer tokenizer;
    readonly SentenceSplitter splitter;
    readonly PosTagger tagger;
    readonly ActorRecognizer actors;
    readonly DateRecognizer dates = new();
    readonly ClauseAnalyzer clauses = new();
    readonly TriggerMatcher triggers;
    readonly EventCoder coder;

    public Pipeline(Models models)
    {
        this.models = models;
        tokenizer = new Tokenizer(models.Lexicon);
        splitter = new SentenceSplitter(models.Lexicon);
        tagger = new PosTagger(models.Lexicon, new Lemmatizer(models.Lexicon));
        actors = new ActorRecognizer(models.Knowledge);
        triggers = new TriggerMatcher(models.Triggers);
        coder = new EventCoder(models.Cameo);
    }

    public Models Models => models;

    public IReadOnlyList<PloverEvent> Code(Article article) => Analyze(article, out _, keepAnalyses: false);

    /// <summary>The article's sentences as character ranges [start, end) of its own text.</summary>
    public IReadOnlyList<(int Start, int End)> Segment(Article article)
    {
        var normalized = normalizer.Normalize(article.Text);
        var document = new Document(article, normalized.Text, normalized.OriginalOffsets);
        tokenizer.Tokenize(document);
        splitter.Split(document);
        return document.Sentences.Where(s => s.TokenCount > 0)
                       .Select(s => (document.ToOriginal(s.Start), document.ToOriginal(s.End - 1) + 1)).ToList();
    }

    public IReadOnlyList<PloverEvent> Analyze(Article article, out Document document, bool keepAnalyses, List<SentenceAnalysis>? analyses = null)
    {
        var normalized = normalizer.Normalize(article.Text);
        document = new Document(article, normalized.Text, normalized.OriginalOffsets);
        tokenizer.Tokenize(document);
        splitter.Split(document);

        var actorState = new ActorRecognizer.DocumentState();
        var coderState = new EventCoder.DocumentState();
        var output = new List<PloverEvent>();
        string? focus = null;
        foreach (var sentence in document.Sentences)
        {
            tagger.Tag(document, sentence);
            sentence.FirstMention = document.Mentions.Count;
            actors.Recognize(document, sentence, actorState);
            actors.RecognizeShortNames(document, sentence, actorState);
            dates.Recognize(document, sentence);
            sentence.EndMention = document.Mentions.Count;
            RetagNames(document, sentence);
            ResolveDefiniteTitles(document, sentence);
            focus = GroupCountries(document, sentence, focus);
            var sentenceClauses = clauses.Analyze(document, sentence);
            var matches = triggers.Match(document, sentence);
            var events = coder.Code(document, sentence, sentenceClauses, matches, coderState);
            var n = 0;
            foreach (var e in events) coder.Resolve(document, sentence, e, models.Knowledge);
            EventCoder.CounterpartRecipients(document, events);
            EventCoder.MergeRepeats(document, events);
            foreach (var e in events)
            {
                // An event with nobody acting or acted upon, even after the setting is known, is not coded.
                if (e.Actor.Count == 0 && e.Recipient.Count == 0)
                {
                    e.Reasons.Add("not coded: nobody acting or acted upon was found");
                    continue;
                }
                // "Kim Jong Un arrived in Vladivostok" is a visit; "marines arrived in Syria", "migrants arrived in Greece" are not.
                if (e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && document.LemmaOf(e.Match.Anchor) is "arrive" or "land" or "fly" or "travel"
                    && !e.Actor.Any(a => a.Entity.Sector is Sector.GOV or Sector.SPY or Sector.LEG or Sector.JUD or Sector.ELI || a.Entity is { Kind: EntityKind.Person, Sector: Sector.MIL }
                                         || a.Entity.Org is not null && a.Entity.Sector is null))
                {
                    e.Reasons.Add("not coded: a journey by people who hold no office is no visit");
                    continue;
                }
                // "a resolution that would have condemned the annexation", "an explosion that killed 160 people": a relative
                // clause whose antecedent is no actor describes the thing, not an act someone is reported to have done.
                if (e.Actor.Count == 0 && EventCoder.IsAgentlessRelative(document, e))
                {
                    e.Reasons.Add("not coded: a relative clause on a thing, with nobody named as doing it");
                    continue;
                }
                // "posed a threat", "the peace process", "American aid to Nato": an event noun with nobody named as
                // doing it refers to a kind of event rather than reporting one. Attacks by unknown hands are kept, and so
                // are protests that are the subject of their own verb ("protests spread across the country").
                if (e.Actor.Count == 0 && EventCoder.IsNominal(document, e) && e.Category is not (PloverCategory.Assault or PloverCategory.Coerce)
                    && !(e.Category == PloverCategory.Protest && EventCoder.IsSubjectOfItsClause(e)))
                {
                    e.Reasons.Add("not coded: an event noun with nobody named as doing it");
                    continue;
                }
                output.Add(ToEvent(document, sentence, e, n++));
            }
            if (keepAnalyses) analyses?.Add(new SentenceAnalysis(sentence, sentenceClauses, matches, events, coderState.LastDropped));
        }
        return output;
    }

    /// <summary>"Western leaders", "foreign diplomats", "international mediators": groups that belong to no one state.</summary>
    static bool Stateless(Document document, Mention m)
    {
        for (var t = m.First - 1; t >= 0 && t >= m.First - 3 && (document.TagOf(t).IsAdjective() || document.TagOf(t) is PosTag.NNP or PosTag.DT); t--)
            if (document.LowerOf(t) is "western" or "foreign" or "international" or "world" or "global" or "regional" or "arab" or "african"
                or "asian" or "european" or "gulf" or "latin" or "nordic" or "baltic" or "allied" or "other" or "several") return true;
        // Inside the mention only as a lower-case modifier: "foreign diplomats", not "Foreign Minister Israel Katz".
        for (var t = m.First; t < m.End; t++)
            if (document.LowerOf(t) is "western" or "foreign" or "international" or "world" or "global" or "regional" or "allied"
                && char.IsLower(document.TextOf(t)[0]) || document.LowerOf(t) == "western") return true;
        return false;
    }

    /// <summary>
    /// "Chinese Foreign Minister Qin Gang arrived in Berlin. The minister met ...": a title after "the", with
    /// no name and no state, refers to the last person named earlier who holds that title.
    /// </summary>
    static void ResolveDefiniteTitles(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
        {
            var m = document.Mentions[i];
            if (m is not { Kind: MentionKind.Actor, Entity: { Country: null, Org: null, Kind: EntityKind.Group, Title: { } title } }) continue;
            var article = document.LowerOf(m.First) == "the" ? m.First : m.First > 0 && document.LowerOf(m.First - 1) == "the" ? m.First - 1 : -1;
            if (article < 0) continue;
            var head = document.LowerOf(m.End - 1);
            var wanted = title.ToLowerInvariant();
            // Within the last few hundred mentions: a title refers back a few paragraphs, not across a whole book.
            for (var k = i - 1; k >= 0 && k >= i - 300; k--)
            {
                var earlier = document.Mentions[k];
                if (earlier is not { Kind: MentionKind.Actor, Entity: { Kind: EntityKind.Person, Title: { } held } person }) continue;
                var heldLower = held.ToLowerInvariant();
                if (!heldLower.Contains(wanted, StringComparison.Ordinal) && !heldLower.EndsWith(head, StringComparison.Ordinal)) continue;
                document.Mentions[i] = m with { Entity = person, Reason = $"{m.Reason}; 'the {head}' refers to {person.Name}, named earlier" };
                break;
            }
        }
    }

    /// <summary>
    /// "police", "the military", "parliament" named without a state belong to the state the sentence is
    /// about (the only one it names), or else to the state the document was last about. Returns that state.
    /// </summary>
    static string? GroupCountries(Document document, Sentence sentence, string? focus)
    {
        var named = document.MentionsOf(sentence)
            .Where(m => m.Entity is not { OrgType: OrgType.IGO or OrgType.NGO })
            .Select(m => m.Entity?.Country ?? m.Place?.Country).OfType<string>().Distinct().ToList();
        var country = named.Count == 1 ? named[0] : named.Count == 0 ? focus : null;
        // "Hemedti ... his fighters", "Hamas ... its gunmen": a group owned by the armed group or organisation just named.
        for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
        {
            var m = document.Mentions[i];
            if (m is not { Kind: MentionKind.Actor, Entity: { Country: null, Org: null, Kind: EntityKind.Group } group }) continue;
            // "a joint delegation from the African Union", "officials from Qatar": the group comes from the one named.
            if (m.End + 1 < sentence.EndToken && document.LowerOf(m.End) == "from"
                && Enumerable.Range(i + 1, Math.Max(0, sentence.EndMention - i - 1)).Select(k => document.Mentions[k])
                             .FirstOrDefault(o => o.Kind == MentionKind.Actor && (o.First == m.End + 1 || o.First == m.End + 2 && document.LowerOf(m.End + 1) == "the")) is { Entity: { } source }
                && (source.Org is not null || source.Country is not null) && source.Kind is EntityKind.State or EntityKind.Organisation)
            {
                document.Mentions[i] = m with { Entity = group with { Org = source.Org, OrgType = source.OrgType, Country = source.Country },
                                                Reason = $"{m.Reason}; from {source.Name}" };
                continue;
            }
            var possessive = document.TagOf(m.First) == PosTag.PRPS ? m.First : m.First > 0 && document.TagOf(m.First - 1) == PosTag.PRPS ? m.First - 1 : -1;
            if (possessive < 0 || document.LowerOf(possessive) is "my" or "our" or "your") continue;
            var owner = Enumerable.Range(0, i).Reverse().Select(k => document.Mentions[k])
                                  .FirstOrDefault(o => o.Kind == MentionKind.Actor && o.Entity is not null && o.First < possessive);
            if (owner?.Entity is { Org: { } org, OrgType: OrgType.IMG } ownerEntity)
                document.Mentions[i] = m with { Entity = group with { Org = org, OrgType = OrgType.IMG, Country = ownerEntity.Country },
                                                Reason = $"{m.Reason}; '{document.LowerOf(possessive)}' refers to {ownerEntity.Name} ({org})" };
        }
        if (country is not null)
            for (var i = sentence.FirstMention; i < sentence.EndMention; i++)
            {
                var m = document.Mentions[i];
                if (m is { Kind: MentionKind.Actor, Entity: { Country: null, Org: null, Kind: EntityKind.Group or EntityKind.Person } group }
                    && group.Sector is not null && !Stateless(document, m))
                    document.Mentions[i] = m with { Entity = group with { Country = country }, Reason = $"{m.Reason}; the state the text is about: {country}" };
            }
        return named.Count == 1 ? named[0] : named.Count == 0 ? focus : named[0];
    }

    /// <summary>Words inside a recognised name are proper nouns ("South" in "South Korea" is no adverb).</summary>
    static void RetagNames(Document document, Sentence sentence)
    {
        foreach (var m in document.MentionsOf(sentence))
        {
            if (m.Kind == MentionKind.Date)
            {
                // "last month", "next week": date words are no verbs.
                for (var t = m.First; t < m.End; t++)
                    if (document.TagOf(t).IsVerb() || document.TagOf(t) == PosTag.MD)
                    {
                        document.SetTag(t, PosTag.JJ);
                        document.SetLemma(t, document.LowerOf(t));
                    }
                continue;
            }
            for (var t = m.First; t < m.End; t++)
            {
                var tag = document.TagOf(t);
                if (tag.IsNoun() || tag.IsAdjective() || tag is PosTag.DT or PosTag.POS or PosTag.IN or PosTag.CC or PosTag.CD or PosTag.PRPS) continue;
                if (!char.IsUpper(document.TextOf(t)[0])) continue;
                document.SetTag(t, PosTag.NNP);
                document.SetLemma(t, document.LowerOf(t));
            }
        }
    }

    PloverEvent ToEvent(Document d, Sentence sentence, CodedEvent e, int n)
    {
        var code = models.Cameo.Find(e.Cameo);
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
            Context = ContextClassifier.Classify(code, words),
            Status = e.Status,
            Intensity = PloverScores.Intensity(e.Category, e.Mode),
            Cameo = e.Cameo,
            Goldstein = code?.Goldstein ?? 0,
            Actor = e.Actor,
            Recipient = e.Recipient,
            Location = e.Location,
            EventText = d.Article.Text[start..end],
            SpanStart = start,
            SpanEnd = end,
            Text = d.Article.Text[sentenceStart..sentenceEnd],
        };
    }
}
