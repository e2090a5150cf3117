using Parley.Io;
using Parley.Model;

namespace Parley.Sources.Languages;

/// <summary>How callers that code one language leave out the documents in others, and count them.</summary>
public static class LanguageFilter
{
    /// <summary>
    /// The problems and the documents in <paramref name="language"/>, or of unknown language (too
    /// short to tell, so not thrown away). Each document left out is passed to <paramref name="skipped"/>,
    /// for the caller to count and report.
    /// </summary>
    public static IEnumerable<ReadResult> OnlyLanguage(this IEnumerable<ReadResult> results, string language, Action<Article>? skipped = null)
    {
        foreach (var result in results)
        {
            if (result.Article is { Language: { } other } article && !IsLanguage(other, language))
            {
                skipped?.Invoke(article);
                continue;
            }
            yield return result;
        }
    }

    /// <summary>"en", "en-GB" and "EN" are all English.</summary>
    public static bool IsLanguage(string code, string language) =>
        code.Equals(language, StringComparison.OrdinalIgnoreCase)
        || code.Length > language.Length && code.StartsWith(language, StringComparison.OrdinalIgnoreCase) && code[language.Length] is '-' or '_';
}
