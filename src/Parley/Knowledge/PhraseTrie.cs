using Parley.Model;

namespace Parley.Knowledge;

/// <summary>How strictly a phrase token must match the case of the text.</summary>
public enum CaseRule : byte
{
    /// <summary>Any case ("foreign minister").</summary>
    Any,
    /// <summary>The text token must start with a capital ("White House", "Vienna").</summary>
    Capitalized,
    /// <summary>Exact case, for acronyms that are also words ("US", "UN", "IS").</summary>
    Exact,
}

/// <summary>
/// A trie over lowercase token sequences, for finding the longest known phrase that starts at a
/// token. Values carry the per-token case rules of their phrase.
/// </summary>
public sealed class PhraseTrie<T>(Func<string, bool>? isCommonWord = null) where T : class
{
    sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<(T Value, string[] Surface, CaseRule[] Rules)>? Values;
    }

    readonly Node root = new();
    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> surfaceTokens, T value)
    {
        if (surfaceTokens.Count == 0) return;
        var node = root;
        var rules = new CaseRule[surfaceTokens.Count];
        for (var i = 0; i < surfaceTokens.Count; i++)
        {
            var surface = surfaceTokens[i];
            rules[i] = RuleFor(surface);
            var key = surface.ToLowerInvariant();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child)) node.Children[key] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        var known = node.Values.FindIndex(v => ReferenceEquals(v.Value, value));
        if (known < 0)
        {
            node.Values.Add((value, surfaceTokens.ToArray(), rules));
            Count++;
            return;
        }
        // "Washington State" and its alias "Washington state": the same words in another case widen the case rules to both.
        var (_, surfaceKnown, rulesKnown) = node.Values[known];
        for (var i = 0; i < rules.Length; i++) rules[i] = (CaseRule)Math.Min((byte)rules[i], (byte)rulesKnown[i]);
        node.Values[known] = (value, surfaceKnown, rules);
    }

    static CaseRule RuleFor(string surface)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in surface)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 2 && upper == letters && letters <= 4) return CaseRule.Exact;
        // "al-Shabaab", "al-Sham": names that start in lower case match in any case.
        return upper > 0 && char.IsUpper(surface.FirstOrDefault(char.IsLetter)) ? CaseRule.Capitalized : CaseRule.Any;
    }

    /// <summary>
    /// Newspapers such as the Guardian write acronyms in title case ("Nato", "Isis"). That is accepted
    /// unless the word is also an ordinary English word ("Who", "Us", "It").
    /// </summary>
    bool TitleCaseAcronym(Document document, int token, ReadOnlySpan<char> text)
    {
        if (!char.IsUpper(text[0])) return false;
        for (var k = 1; k < text.Length; k++) if (char.IsUpper(text[k])) return false;
        return isCommonWord is null || !isCommonWord(document.LowerOf(token));
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> (ending before <paramref name="end"/>)
    /// whose case rules the text satisfies; returns its length in tokens, 0 if none, and its values.
    /// </summary>
    public int LongestMatch(Document document, int start, int end, List<T> values)
    {
        values.Clear();
        var node = root;
        var best = 0;
        for (var t = start; t < end; t++)
        {
            if (node.Children is null || !node.Children.TryGetValue(document.LowerOf(t), out var child)) break;
            node = child;
            if (node.Values is null) continue;
            var length = t - start + 1;
            var matchedAny = false;
            foreach (var (value, surface, rules) in node.Values)
            {
                if (!CaseMatches(document, start, surface, rules)) continue;
                if (!matchedAny && length > best) values.Clear();
                matchedAny = true;
                values.Add(value);
            }
            if (matchedAny) best = length;
        }
        return best;
    }

    bool CaseMatches(Document document, int start, string[] surface, CaseRule[] rules)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            var text = document.TextOf(start + i);
            switch (rules[i])
            {
                case CaseRule.Exact when !text.SequenceEqual(surface[i]) && !TitleCaseAcronym(document, start + i, text):
                case CaseRule.Capitalized when !char.IsUpper(text[0]) && char.IsLetter(text[0]):
                    return false;
            }
        }
        return true;
    }
}
