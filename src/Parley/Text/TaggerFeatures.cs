using Parley.Model;

namespace Parley.Text;

/// <summary>
/// The features of one word for the perceptron tagger, as 64-bit hashes of strings such as "w=kills" or
/// "t1=NN|w=kills", built in a scratch buffer so that tagging allocates nothing per word.
/// </summary>
public sealed class TaggerFeatures(Lexicon lexicon, bool keepNames = false)
{
    readonly char[] buffer = new char[256];
    int length;

    public List<ulong> Hashes { get; } = new(32);

    /// <summary>The string of each hash, kept while training so the model file can name its features.</summary>
    public Dictionary<ulong, string> Names { get; } = [];

    /// <param name="rule">The tag the rule-based tagger chose for the word: the model learns when to trust it.</param>
    public void Collect(IReadOnlyList<string> words, int i, PosTag previous, PosTag beforePrevious, PosTag rule)
    {
        Hashes.Clear();
        var word = words[i];
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        word.AsSpan(0, lower.Length).ToLowerInvariant(lower);
        Add("b", "");
        Add("w=", lower);
        Add("s3=", Suffix(lower, 3));
        Add("s2=", Suffix(lower, 2));
        Add("s1=", Suffix(lower, 1));
        Add("s4=", Suffix(lower, 4));
        Add("p1=", lower[..Math.Min(1, lower.Length)]);
        Add("p3=", lower[..Math.Min(3, lower.Length)]);
        Add("shape=", Shape(word, stackalloc char[8]));
        if (i == 0) Add("first", "");
        Add("lex=", LexiconClass(lower, stackalloc char[48]));
        var r = rule.Name();
        Add("r=", r);
        Add2("rw=", r, lower);
        var t1 = previous.Name();
        var t2 = beforePrevious.Name();
        Add("t1=", t1);
        Add("t2=", t2);
        Add2("t12=", t1, t2);
        Add2("t1w=", t1, lower);
        Add2("t1r=", t1, r);
        Context(words, i - 1, "w-1=", "s-1=");
        if (i > 0)
        {
            Span<char> before = stackalloc char[Math.Min(words[i - 1].Length, 64)];
            words[i - 1].AsSpan(0, before.Length).ToLowerInvariant(before);
            Add2("w-1w=", before, lower);
        }
        Context(words, i - 2, "w-2=", null);
        Context(words, i + 1, "w+1=", "s+1=");
        Context(words, i + 2, "w+2=", null);
        if (i + 1 < words.Count)
        {
            Span<char> next = stackalloc char[Math.Min(words[i + 1].Length, 64)];
            words[i + 1].AsSpan(0, next.Length).ToLowerInvariant(next);
            Add("lex+1=", LexiconClass(next, stackalloc char[48]));
        }
    }

    void Context(IReadOnlyList<string> words, int j, string wordTemplate, string? suffixTemplate)
    {
        if (j < 0 || j >= words.Count)
        {
            Add(wordTemplate, j < 0 ? "<s>" : "</s>");
            return;
        }
        Span<char> lower = stackalloc char[Math.Min(words[j].Length, 64)];
        words[j].AsSpan(0, lower.Length).ToLowerInvariant(lower);
        Add(wordTemplate, lower);
        if (suffixTemplate is not null) Add(suffixTemplate, Suffix(lower, 3));
    }

    static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int n) => word.Length > n ? word[^n..] : word;

    /// <summary>"Xx", "x", "d", "X", with runs collapsed and at most 8 characters: "Xx-Xx", "d.d".</summary>
    static ReadOnlySpan<char> Shape(string word, Span<char> shape)
    {
        var n = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n > 0 && shape[n - 1] == s) continue;
            if (n == shape.Length) break;
            shape[n++] = s;
        }
        return shape[..n];
    }

    /// <summary>The tags the lexicon lists for a word, "NNS|VBZ", or "?" for a word it does not know.</summary>
    ReadOnlySpan<char> LexiconClass(ReadOnlySpan<char> lower, Span<char> into)
    {
        var tags = lexicon.TagsOf(lower);
        if (tags is null) return "?";
        var n = 0;
        foreach (var tag in tags)
        {
            var name = tag.Name();
            if (n + name.Length + 1 > into.Length) break;
            if (n > 0) into[n++] = '|';
            name.AsSpan().CopyTo(into[n..]);
            n += name.Length;
        }
        return into[..n];
    }

    void Add(string template, ReadOnlySpan<char> value)
    {
        length = 0;
        Append(template);
        Append(value);
        Emit();
    }

    void Add2(string template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        length = 0;
        Append(template);
        Append(a);
        Append("|");
        Append(b);
        Emit();
    }

    void Append(ReadOnlySpan<char> text)
    {
        var n = Math.Min(text.Length, buffer.Length - length);
        text[..n].CopyTo(buffer.AsSpan(length));
        length += n;
    }

    void Emit()
    {
        var hash = Hash(buffer.AsSpan(0, length));
        Hashes.Add(hash);
        if (keepNames) Names.TryAdd(hash, new string(buffer, 0, length));
    }

    /// <summary>FNV-1a over the characters: the same for a feature's string at training and at tagging time.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
