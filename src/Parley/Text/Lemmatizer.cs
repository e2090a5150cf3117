using System.Collections.Concurrent;
using Parley.Model;

namespace Parley.Text;

/// <summary>Finds the dictionary form of a word from its tag: irregular forms from the lexicon, suffix rules otherwise.</summary>
public sealed class Lemmatizer(Lexicon lexicon)
{
    // Shared by every document a pipeline codes, possibly on several threads.
    readonly ConcurrentDictionary<(string, PosTag), string> cache = new();
    int size;

    public string Lemma(string lower, PosTag tag)
    {
        if (tag is not (PosTag.NNS or PosTag.NNPS or PosTag.VBZ or PosTag.VBD or PosTag.VBN or PosTag.VBG or PosTag.VBP or PosTag.VB))
            return lower;
        if (cache.TryGetValue((lower, tag), out var cached)) return cached;
        var lemma = Compute(lower, tag);
        if (size < 100_000 && cache.TryAdd((lower, tag), lemma)) Interlocked.Increment(ref size);
        return lemma;
    }

    string Compute(string w, PosTag tag)
    {
        // The clitics the tokenizer splits off: "they're", "I'm", "it's" are "be"; "we've", "they'd gone" are "have".
        if (w is "'re" or "'m" or "'s") return "be";
        if (w is "'ve" or "'d") return "have";
        // "test-fired" is "test-fire": the last part carries the inflection.
        var hyphen = w.LastIndexOf('-');
        if (hyphen > 0 && hyphen < w.Length - 2) return w[..(hyphen + 1)] + Compute(w[(hyphen + 1)..], tag);
        if (tag is PosTag.NNS or PosTag.NNPS)
            return lexicon.IrregularLemma(w, 'N') ?? NounStem(w);
        if (tag is PosTag.VB or PosTag.VBP)
            return w is "are" or "am" ? "be" : lexicon.IrregularLemma(w, 'V') ?? w;
        var irregular = lexicon.IrregularLemma(w, 'V');
        if (irregular is not null) return irregular;
        return tag switch
        {
            PosTag.VBZ => VerbStem(w, "s") ?? w,
            PosTag.VBD or PosTag.VBN => VerbStem(w, "ed") ?? w,
            _ => VerbStem(w, "ing") ?? w,
        };
    }

    string NounStem(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss")) return w;
        // "movies" is "movie", "allies" "ally".
        if (w.EndsWith("ies") && w.Length > 4) return lexicon.HasNoun(w.AsSpan()[..^1]) && !lexicon.HasNoun(w[..^3] + "y") ? w[..^1] : w[..^3] + "y";
        if (w.EndsWith("ses") || w.EndsWith("xes") || w.EndsWith("zes") || w.EndsWith("ches") || w.EndsWith("shes"))
        {
            var withoutEs = w[..^2];
            if (lexicon.HasNoun(withoutEs) || !lexicon.HasNoun(w.AsSpan()[..^1])) return withoutEs;
        }
        return w[..^1];
    }

    string? VerbStem(string w, string suffix)
    {
        if (suffix == "s")
        {
            if (!w.EndsWith('s') || w.Length <= 2) return null;
            // "dies", "ties" are "die", "tie"; "carries" is "carry".
            if (w.EndsWith("ies")) return lexicon.HasVerb(w.AsSpan()[..^1]) && !lexicon.HasVerb(w[..^3] + "y") ? w[..^1] : w[..^3] + "y";
            if (w.EndsWith("es") && lexicon.HasVerb(w.AsSpan()[..^2]) && !lexicon.HasVerb(w.AsSpan()[..^1])) return w[..^2];
            return w[..^1];
        }
        if (!w.EndsWith(suffix) || w.Length <= suffix.Length + 1) return null;
        var stem = w[..^suffix.Length];
        // "died", "tied" are "die", "tie"; "carried" is "carry".
        if (suffix == "ed" && stem.EndsWith('i'))
            return lexicon.HasVerb(w.AsSpan()[..^1]) && !lexicon.HasVerb(stem[..^1] + "y") ? w[..^1] : stem[..^1] + "y";
        if (stem.Length > 2 && stem[^1] == stem[^2] && lexicon.HasVerb(stem.AsSpan()[..^1])) return stem[..^1]; // "stopped"
        // "hoped" is "hope", not "hop": a consonant-vowel-consonant stem would have doubled its last letter.
        if (lexicon.HasVerb(stem + "e") && (!lexicon.HasVerb(stem) || EndsWithConsonantVowelConsonant(stem))) return stem + "e";
        if (lexicon.HasVerb(stem)) return stem;
        if (suffix == "ed" && lexicon.HasVerb(w.AsSpan()[..^1])) return w[..^1];
        // Unknown verbs: stems that English spells with a final e ("disbursed", "sanitised", "revoked").
        if (stem.EndsWith("rs") || stem.EndsWith("ls") || stem.EndsWith("ns") || stem.EndsWith("ps") || stem.EndsWith("is") || stem.EndsWith("iz")
            || stem.EndsWith('v') || stem.EndsWith('z') || stem.EndsWith('c') || stem.EndsWith("dg") || stem.EndsWith("ok") || stem.EndsWith("at"))
            return stem + "e";
        return stem;
    }

    static bool EndsWithConsonantVowelConsonant(string s) =>
        s.Length >= 3 && !IsVowel(s[^1]) && IsVowel(s[^2]) && !IsVowel(s[^3]);

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
