namespace Parley.Model;

/// <summary>
/// An article under analysis. It owns the normalised text and the arrays of token data; stages add
/// annotations to it in order. Offsets are into <see cref="Text"/>; <see cref="ToOriginal"/> maps
/// them back to the article's own text.
/// </summary>
public sealed class Document
{
    readonly List<int> tokenStart = new(256);
    readonly List<int> tokenEnd = new(256);
    readonly List<PosTag> tags = new(256);
    readonly List<string> lower = new(256);
    readonly List<string> lemmas = new(256);

    public Document(Article article, string text, int[] originalOffsets)
    {
        Article = article;
        Text = text;
        OriginalOffsets = originalOffsets;
    }

    public Article Article { get; }

    /// <summary>A document of words already split (a treebank sentence), as one sentence with a token per word.</summary>
    public static Document OfWords(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var document = new Document(new Article("words", text, null), text, Enumerable.Range(0, text.Length + 1).ToArray());
        var start = 0;
        foreach (var word in words)
        {
            document.AddToken(start, start + word.Length);
            start += word.Length + 1;
        }
        document.Sentences.Add(new Sentence(0, 0, text.Length) { FirstToken = 0, EndToken = words.Count, EndMention = 0 });
        return document;
    }

    /// <summary>The normalised text all offsets refer to.</summary>
    public string Text { get; }

    /// <summary>For each index of <see cref="Text"/> (and one past its end), the index in the article's text.</summary>
    public int[] OriginalOffsets { get; }

    public List<Sentence> Sentences { get; } = [];
    public List<Mention> Mentions { get; } = [];

    /// <summary>
    /// Whether the document is a long article (six sentences or more) rather than a brief report, a wire item or a
    /// summary: an article's body is mostly background, quotation and analysis, a brief report is news throughout.
    /// </summary>
    public bool IsArticle => Sentences.Count >= 6;

    /// <summary>The mentions found in one sentence (recognisers add them sentence by sentence).</summary>
    public IEnumerable<Mention> MentionsOf(Sentence sentence)
    {
        var end = Math.Min(sentence.EndMention < 0 ? Mentions.Count : sentence.EndMention, Mentions.Count);
        for (var i = sentence.FirstMention; i < end; i++) yield return Mentions[i];
    }

    /// <summary>The actors named in one sentence.</summary>
    public IEnumerable<ActorMention> ActorsOf(Sentence sentence) => MentionsOf(sentence).OfType<ActorMention>();

    /// <summary>The places named in one sentence.</summary>
    public IEnumerable<PlaceMention> PlacesOf(Sentence sentence) => MentionsOf(sentence).OfType<PlaceMention>();

    public int TokenCount => tokenStart.Count;
    public Token this[int index] => new(this, index);

    public int ToOriginal(int offset) => OriginalOffsets[offset];

    public int AddToken(int start, int end)
    {
        tokenStart.Add(start);
        tokenEnd.Add(end);
        tags.Add(PosTag.None);
        var lowered = string.Create(end - start, (Text, start), static (span, state) =>
            state.Text.AsSpan(state.start, span.Length).ToLowerInvariant(span));
        lower.Add(lowered);
        lemmas.Add(lowered);
        return tokenStart.Count - 1;
    }

    public int StartOf(int token) => tokenStart[token];
    public int EndOf(int token) => tokenEnd[token];
    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(tokenStart[token], tokenEnd[token] - tokenStart[token]);
    public string LowerOf(int token) => lower[token];
    public PosTag TagOf(int token) => tags[token];
    public string LemmaOf(int token) => lemmas[token];
    public void SetTag(int token, PosTag tag) => tags[token] = tag;
    public void SetLemma(int token, string lemma) => lemmas[token] = lemma;

    /// <summary>The first token from <paramref name="token"/> on, before <paramref name="end"/>, that is no adverb ("also", "fatally").</summary>
    public int PastAdverbs(int token, int end)
    {
        while (token < end && tags[token].IsAdverb()) token++;
        return token;
    }

    /// <summary>The text between two tokens' outer edges.</summary>
    public string TextOf(int firstToken, int lastToken) =>
        Text[tokenStart[firstToken]..tokenEnd[lastToken]];
}

/// <summary>A cheap view of one token.</summary>
public readonly struct Token(Document document, int index)
{
    public int Index => index;
    public int Start => document.StartOf(index);
    public int End => document.EndOf(index);
    public ReadOnlySpan<char> Text => document.TextOf(index);
    public string Lower => document.LowerOf(index);
    public string Lemma => document.LemmaOf(index);
    public PosTag Tag => document.TagOf(index);
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public override string ToString() => $"{Text}/{Tag.Name()}";
}

/// <summary>A sentence: its character range in the normalised text and its token range [FirstToken, EndToken).</summary>
public sealed record Sentence(int Index, int Start, int End)
{
    public int FirstToken { get; set; }
    public int EndToken { get; set; }

    /// <summary>The range of <see cref="Document.Mentions"/> found in this sentence; EndMention is -1 while it is being read.</summary>
    public int FirstMention { get; set; }
    public int EndMention { get; set; } = -1;
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>A span of tokens [First, End) recognised as an actor, a place or a date: see the three kinds below.</summary>
public abstract record Mention(int First, int End)
{
    /// <summary>Why the recogniser decided what it did, for `parley explain` and `parley actors lookup`.</summary>
    public string? Reason { get; init; }

    /// <summary>The state the mention belongs to: an actor's country, a place's country; none for a date.</summary>
    public virtual string? Country => null;

    public bool Contains(int token) => token >= First && token < End;

    /// <summary>Whether the mention lies wholly inside the range (never inside an empty one).</summary>
    public bool IsWithin(Parley.Text.TokenRange range) => First >= range.First && End <= range.End && !range.IsEmpty;
}

/// <summary>A state, organisation, person or group named in the text, and the entity it resolves to.</summary>
public sealed record ActorMention(int First, int End, Entity Entity) : Mention(First, End)
{
    public override string? Country => Entity.Country;
}

/// <summary>A place named in the text, resolved against the gazetteer.</summary>
public sealed record PlaceMention(int First, int End, Place Place) : Mention(First, End)
{
    public override string? Country => Place.Country;
}

/// <summary>A date expression, before it is resolved against the publication date.</summary>
public sealed record DateMention(int First, int End, DateExpression Expression) : Mention(First, End)
{
    /// <summary>
    /// For a year that modifies a noun ("a 2015 airstrike", "the 2016 coup attempt"), that noun's token: the year dates the
    /// event the noun names, not the sentence or the clause around it ("Trump withdrew from the 2015 nuclear deal" happened
    /// when the news says). Null for other dates.
    /// </summary>
    public int? Modifies { get; init; }

    public bool Attributive => Modifies is not null;
}
