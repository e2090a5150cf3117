using Parley.Model;

namespace Parley.Text;

/// <summary>
/// Stage 3: groups tokens into sentences. A sentence ends at a full stop, question or exclamation
/// mark (with any closing quotes or brackets) before a capitalised word, at a line break before a
/// capitalised line (headlines), and never after a title abbreviation or an initial.
/// </summary>
public sealed class SentenceSplitter(Lexicon lexicon, WordLists words)
{
    /// <summary>Sentences are cut here even without punctuation, so that no stage sees unbounded input.</summary>
    public const int MaxTokens = 200;

    static readonly HashSet<string> TerminalAbbreviations = new(StringComparer.Ordinal)
    {
        "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "Inc.", "Co.", "Ltd.", "Corp.", "Jr.", "Sr.", "a.m.", "p.m.",
        "etc.", "Bros.", "Plc.", "N.Y.", "L.A.",
    };

    public void Split(Document document)
    {
        var count = document.TokenCount;
        var first = 0;
        for (var t = 0; t < count; t++)
        {
            var isLast = t == count - 1;
            if (!isLast && (EndsAfter(document, t, out var lastOfSentence) || t - first + 1 >= MaxTokens))
            {
                if (t - first + 1 >= MaxTokens) lastOfSentence = t;
                Add(document, first, lastOfSentence);
                first = lastOfSentence + 1;
                t = lastOfSentence;
            }
        }
        if (first < count) Add(document, first, count - 1);
    }

    static void Add(Document document, int first, int last)
    {
        var sentence = new Sentence(document.Sentences.Count, document.StartOf(first), document.EndOf(last))
        {
            FirstToken = first,
            EndToken = last + 1,
        };
        document.Sentences.Add(sentence);
    }

    bool EndsAfter(Document document, int t, out int lastOfSentence)
    {
        lastOfSentence = t;
        var count = document.TokenCount;
        var token = document.TextOf(t);

        // A line break before a capitalised line closes a headline or paragraph without a full stop.
        if (t + 1 < count && BreakBetween(document, t, t + 1) is var breaks and > 0)
        {
            var next = document.TextOf(t + 1);
            if (breaks > 1 || !char.IsLower(next[0])) return true;
        }

        var isStop = token is "." or "!" or "?" or "..." or "!!" or "??" or "?!" || (token.Length > 1 && token[0] == '.' && token.Trim('.').IsEmpty);
        var isAbbreviation = !isStop && token.Length > 1 && token[^1] == '.';
        if (!isStop && !isAbbreviation) return false;

        // Closing quotes and brackets attached to the stop belong to this sentence.
        var last = t;
        while (last + 1 < count && document.TextOf(last + 1) is "\"" or "'" or ")" or "]"
               && document.StartOf(last + 1) == document.EndOf(last))
            last++;
        lastOfSentence = last;
        if (last + 1 >= count) return true;

        var nextText = document.TextOf(last + 1);
        var startsUpper = char.IsUpper(nextText[0]) || char.IsDigit(nextText[0]) || nextText[0] is '"' or '(' or '\'' or '[';
        if (!startsUpper) return false;
        if (isStop) return true;

        // An abbreviation ends a sentence only if it can ("U.S." can, "Gen." cannot) and a sentence plainly starts.
        var abbreviation = token.ToString();
        if (!TerminalAbbreviations.Contains(abbreviation) && lexicon.IsAbbreviation(token)) return false;
        if (token.Length == 2 && char.IsUpper(token[0])) return false; // an initial: "John F. Kennedy"
        return words.SentenceStarters.Contains(document.LowerOf(last + 1)) || nextText[0] == '"';
    }

    static int BreakBetween(Document document, int left, int right)
    {
        var breaks = 0;
        for (var i = document.EndOf(left); i < document.StartOf(right); i++)
            if (document.Text[i] == '\n') breaks++;
        return breaks;
    }
}
