using System.Globalization;
using System.Reflection;
using System.Text;

namespace Parley.Sources.Languages;

/// <summary>
/// Tells which language a text is in, well enough to keep non-English documents out of an English
/// coder. Scripts settle most languages outside the Latin alphabet at once (Greek, Hebrew, Chinese,
/// Japanese, Korean, Thai, Devanagari); within a script, each word that is a stopword of some
/// languages votes for them, a word shared by k languages giving each 1/k, so that the words that
/// tell languages apart count most; letters only some languages write (ł, ř, ї, پ) vote the same way.
/// The profiles are data/languages/stopwords.tsv (from stopwords-iso) and letters.tsv (Parley's own),
/// compiled into the assembly. Returns an ISO 639-1 code, or null when the text has too few words.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Texts shorter than this many letters get no language: a headline alone is too little to go on.</summary>
    public const int MinLetters = 12;

    /// <summary>Only the start of a long text is read: a few thousand characters settle it.</summary>
    public const int SampleLength = 4000;

    static readonly Lazy<LanguageDetector> Lazy = new(() =>
    {
        using var stopwords = Resource("stopwords.tsv");
        using var letters = Resource("letters.tsv");
        using var core = Resource("core.tsv");
        return Load(stopwords, letters, core);
    });

    static StreamReader Resource(string name) =>
        new(typeof(LanguageDetector).Assembly.GetManifestResourceStream($"Parley.Sources.{name}")
            ?? throw new InvalidOperationException($"{name} is missing from the assembly"), Encoding.UTF8);

    /// <summary>The detector over the profiles shipped with Parley.</summary>
    public static LanguageDetector Default => Lazy.Value;

    /// <summary>
    /// The language that keeps the verdict unless another scores this many times as much. One
    /// sentence of English holds few stopwords, and a name or a loanword that is a stopword elsewhere
    /// ("mayor" in Spanish, "war" in German) would otherwise outvote them; a text in another language
    /// gives its own many times over. At 2, 0.3% of the one-sentence English items of the current-events
    /// corpus are still taken for another language (0.6% with no preference), and none of the test
    /// samples in other languages is taken for English; a larger margin would save a few more English
    /// sentences at a growing risk of coding foreign ones.
    /// </summary>
    public string Preferred { get; init; } = "en";

    public double PreferenceMargin { get; init; } = 2.0;

    readonly string[] languages;
    readonly Dictionary<string, (int Language, float Weight)[]> votes;
    readonly Dictionary<Script, int[]> byScript;
    readonly Dictionary<char, (int Language, float Weight)[]> letterVotes;
    readonly Dictionary<string, HashSet<string>> core;

    LanguageDetector(string[] languages, Dictionary<string, (int, float)[]> votes, Dictionary<Script, int[]> byScript, Dictionary<char, (int, float)[]> letterVotes,
                     Dictionary<string, HashSet<string>> core)
    {
        this.core = core;
        this.languages = languages;
        this.votes = votes;
        this.byScript = byScript;
        this.letterVotes = letterVotes;
    }

    /// <summary>The languages with a stopword profile, as ISO 639-1 codes.</summary>
    public IReadOnlyList<string> Languages => languages;

    /// <summary>
    /// Reads profiles in the formats of data/languages: <c>language TAB word</c> lines of stopwords and of core
    /// function words, <c>language TAB letters</c> lines of distinctive letters, '#' comments.
    /// </summary>
    public static LanguageDetector Load(TextReader stopwords, TextReader letters, TextReader? core = null)
    {
        var coreWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var coreNames = new List<string>();
        if (core is not null)
            foreach (var (word, list) in Pairs(core, coreNames))
                foreach (var language in list)
                {
                    if (!coreWords.TryGetValue(coreNames[language], out var set)) coreWords[coreNames[language]] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(word);
                }

        var names = new List<string>();
        var words = Pairs(stopwords, names);
        var letterLists = new Dictionary<char, List<int>>();
        foreach (var (letterSet, list) in Pairs(letters, names))
            foreach (var letter in letterSet)
                foreach (var language in list)
                {
                    if (!letterLists.TryGetValue(letter, out var forLetter)) letterLists[letter] = forLetter = [];
                    if (!forLetter.Contains(language)) forLetter.Add(language);
                }
        // Each language belongs to the script most of its stopwords are written in.
        var home = new Dictionary<int, Script>();
        for (var language = 0; language < names.Count; language++)
            if (words.Where(w => w.Value.Contains(language)).GroupBy(w => ScriptOf(w.Key)).MaxBy(g => g.Count()) is { } script)
                home[language] = script.Key;
        var byScript = home.GroupBy(h => h.Value).ToDictionary(g => g.Key, g => g.Select(h => h.Key).Order().ToArray());
        var votes = words.ToDictionary(w => w.Key, w => w.Value.Select(l => (l, 1f / w.Value.Count)).ToArray());
        var letterVotes = letterLists.ToDictionary(l => l.Key, l => l.Value.Select(x => (x, 1f / l.Value.Count)).ToArray());
        return new LanguageDetector([.. names], votes, byScript, letterVotes, coreWords);
    }

    /// <summary>The TAB-separated pairs of a profile file: each second field with the languages that list it.</summary>
    static Dictionary<string, List<int>> Pairs(TextReader tsv, List<string> names)
    {
        var pairs = new Dictionary<string, List<int>>();
        while (tsv.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) continue;
            var language = line[..tab];
            var index = names.IndexOf(language);
            if (index < 0) { index = names.Count; names.Add(language); }
            var value = line[(tab + 1)..].Trim();
            if (!pairs.TryGetValue(value, out var list)) pairs[value] = list = [];
            if (!list.Contains(index)) list.Add(index);
        }
        return pairs;
    }

    public string? Detect(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var counts = new int[(int)Script.Count];
        var letters = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            counts[(int)ScriptOf(c)]++;
        }
        if (letters < MinLetters) return null;
        var script = (Script)Array.IndexOf(counts, counts.Max());
        // Japanese mixes kana with Chinese characters; any real share of kana makes it Japanese.
        if (script is Script.Han or Script.Kana)
            return counts[(int)Script.Kana] * 10 > counts[(int)Script.Han] + counts[(int)Script.Kana] ? "ja" : "zh";
        switch (script)
        {
            case Script.Hangul: return "ko";
            case Script.Thai: return "th";
            case Script.Greek: return "el";
            case Script.Hebrew: return "he";
            case Script.Devanagari: return "hi";
        }
        if (!byScript.TryGetValue(script, out var candidates)) return null;
        var scores = new float[languages.Length];
        var word = new StringBuilder();
        var words = 0;
        void Vote()
        {
            if (word.Length == 0) return;
            if (votes.TryGetValue(word.ToString(), out var list))
                foreach (var (language, weight) in list) scores[language] += weight;
            word.Clear();
        }
        foreach (var c in sample)
        {
            if (char.IsLetter(c) || c == '\'' && word.Length > 0 || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                var lower = char.ToLowerInvariant(c);
                word.Append(lower);
                if (c > '\u007F' && letterVotes.TryGetValue(lower, out var list))
                    foreach (var (language, weight) in list) scores[language] += weight;
            }
            else
            {
                if (word.Length > 0) words++;
                Vote();
            }
        }
        if (word.Length > 0) words++;
        Vote();
        var best = -1;
        foreach (var language in candidates)
            if (best < 0 || scores[language] > scores[best]) best = language;
        var preferred = Array.IndexOf(languages, Preferred);
        if (preferred >= 0 && best != preferred && candidates.Contains(preferred))
        {
            var weak = OwnWords(sample, best, preferred) < (words < ShortText ? MinOwnWords : 1);
            if (scores[preferred] > 0 && (weak || scores[best] < PreferenceMargin * scores[preferred])) best = preferred;
            else if (weak) return null; // a headline of names and one foreign-looking word: too little to go on
        }
        // No stopword at all (a list of names, a table of figures): the language is unknown.
        return best >= 0 && scores[best] > 0 ? languages[best] : null;
    }

    /// <summary>
    /// Different stopwords of a language outside the preferred language's core (data/languages/core.tsv), which a
    /// verdict against the preferred language needs at least this many of in a short text: "A car bomb kills six in
    /// Srinagar" holds one French word ("six") beside the English "a" and "in"; a sentence of French holds many of its
    /// own (le, les, des, et, est, pour).
    /// </summary>
    public const int MinOwnWords = 3;

    /// <summary>Texts of fewer words than this (one sentence) need <see cref="MinOwnWords"/> own words against the preferred language.</summary>
    public const int ShortText = 25;

    int OwnWords(string sample, int language, int preferred)
    {
        var preferredCore = core.GetValueOrDefault(languages[preferred]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = token.Trim(['.', ',', ';', ':', '!', '?', '"', '(', ')', '«', '»', '“', '”', '‘', '’']).ToLowerInvariant();
            if (w.Length == 0 || seen.Contains(w) || !votes.TryGetValue(w, out var list)) continue;
            var forLanguage = false;
            var forPreferred = false;
            foreach (var (l, _) in list)
            {
                forLanguage |= l == language;
                forPreferred |= l == preferred;
            }
            // A word of the preferred language's core is its own; past the core its long list borrows ("de", "la").
            if (preferredCore is not null) forPreferred = preferredCore.Contains(w);
            if (forLanguage && !forPreferred) seen.Add(w);
        }
        // Letters the language writes and the preferred one does not (ő, ş, ž), and common words written with
        // accents ("találkozott", "külügyminiszter") are evidence too, two at most: an English sentence may quote
        // a name such as Erdoğan, or write "coup d'état".
        var accented = 0;
        foreach (var token in sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLower(token[0])) continue;
            foreach (var c in token)
                if (c > '\u007F' && char.IsLetter(c)
                    && (!letterVotes.TryGetValue(c, out var list) || list.Any(x => x.Language == language) && !list.Any(x => x.Language == preferred)))
                {
                    accented++;
                    break;
                }
        }
        return seen.Count + Math.Min(2, accented);
    }

    enum Script { Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Kana, Hangul, Thai, Other, Count }

    static Script ScriptOf(string word) => word.Length == 0 ? Script.Other : ScriptOf(word.First(char.IsLetter));

    static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin, // Vietnamese and other stacked diacritics
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => Script.Hangul,
        _ => Script.Other,
    };
}
