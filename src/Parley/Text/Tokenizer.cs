using Parley.Model;

namespace Parley.Text;

/// <summary>
/// Stage 2: splits the normalised text into tokens, keeping abbreviations ("U.S.", "Gen."), initials,
/// hyphenated names and numbers whole, and splitting possessives, contractions, currency and punctuation.
/// Runs before sentence splitting, which decides boundaries on tokens.
/// </summary>
public sealed class Tokenizer(Lexicon lexicon)
{
    public void Tokenize(Document document)
    {
        var text = document.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var end = char.IsLetterOrDigit(c) ? ScanWord(text, i) : ScanSymbol(text, i);
            document.AddToken(i, end);
            i = end;
        }
    }

    int ScanWord(string text, int start)
    {
        if (text[start] is 'n' or 'N' && CharAt(text, start + 1) == '\'' && CharAt(text, start + 2) is 't' or 'T'
            && !char.IsLetter(CharAt(text, start + 3)))
            return start + 3; // the "n't" of a contraction split before it
        var i = start;
        var segmentStart = start;
        var sawInternalPeriod = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var prev = text[i - 1];
            if (c == '-' && char.IsLetterOrDigit(next)) { i++; segmentStart = i; continue; }
            if (c == '&' && char.IsUpper(prev) && char.IsUpper(next)) { i++; continue; }
            if ((c == ',' || c == '.') && char.IsDigit(prev) && char.IsDigit(next)) { i++; continue; }
            if (c == '.' && char.IsLetter(next) && i - segmentStart <= 2 && char.IsLetter(prev))
            {
                // "U.S", "e.g", "D.C": letters joined by periods.
                sawInternalPeriod = true;
                i++;
                segmentStart = i;
                continue;
            }
            if (c == '\'' && char.IsLetter(prev))
            {
                // "O'Brien", "Ja'afari", "Sana'a", "Ba'ath" stay whole; possessives and contractions split off.
                if (char.IsUpper(next) && i - start == 1 || char.IsLetter(next) && !IsContractionTail(text, i + 1)) { i++; continue; }
                if (next is 't' or 'T' && (prev is 'n' or 'N') && i - start >= 2 && !char.IsLetter(CharAt(text, i + 2)))
                    return i - 1;
                return i;
            }
            if (c == '.')
            {
                var word = text.AsSpan(start, i - start + 1);
                if (sawInternalPeriod || lexicon.IsAbbreviation(word) || (i - start == 1 && char.IsUpper(prev)))
                    return i + 1;
            }
            break;
        }
        return i;
    }

    static char CharAt(string text, int index) => index < text.Length ? text[index] : '\0';

    /// <summary>Whether the letters from <paramref name="start"/> to the end of the word are a contraction or a possessive: 's, 're, 've, 'll, 'd, 'm, 't.</summary>
    static bool IsContractionTail(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(start, end - start).ToString().ToLowerInvariant() is "s" or "re" or "ve" or "ll" or "d" or "m" or "t";
    }

    static int ScanSymbol(string text, int start)
    {
        var c = text[start];
        if (c == '\'')
        {
            // "'s", "'re", "'ve", "'ll", "'d", "'m" after a word; otherwise a quote mark.
            var i = start + 1;
            while (i < text.Length && char.IsLetter(text[i]) && i - start <= 3) i++;
            var tail = text.AsSpan(start + 1, i - start - 1);
            var attached = start > 0 && char.IsLetter(text[start - 1]);
            if (attached && (i >= text.Length || !char.IsLetter(text[i]))
                && (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
                    || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
                    || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
                    || tail.Equals("t", StringComparison.OrdinalIgnoreCase)))
                return i;
            return start + 1;
        }
        if (c == '.' || c == '-' || c == '!' || c == '?')
        {
            var i = start + 1;
            while (i < text.Length && text[i] == c) i++;
            return i;
        }
        if (char.IsHighSurrogate(c) && start + 1 < text.Length) return start + 2;
        return start + 1;
    }
}
