using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>PLOVER contexts from the CAMEO code and from words in the sentence (data/coding/context-keywords.tsv).</summary>
public sealed class ContextClassifier
{
    readonly Dictionary<string, PloverContext> byWord;

    ContextClassifier(Dictionary<string, PloverContext> byWord) => this.byWord = byWord;

    public static ContextClassifier Load(string dataDirectory, ProblemLog problems)
    {
        var byWord = new Dictionary<string, PloverContext>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(Path.Combine(dataDirectory, "coding", "context-keywords.tsv"), 2, problems))
        {
            var word = line[0].Trim();
            if (!Codes.TryParseContext(line[1].Trim(), out var context)) problems.Add(line.File, line.Number, $"'{line[1].Trim()}' is not a context of the PLOVER manual");
            else if (!byWord.TryAdd(word, context)) problems.Add(line.File, line.Number, $"'{word}' is listed twice");
        }
        return new ContextClassifier(byWord);
    }

    public IReadOnlyList<PloverContext> Classify(CameoEntry? cameo, IEnumerable<string> sentenceWords)
    {
        var contexts = new List<PloverContext>(3);
        if (cameo is not null)
            foreach (var c in cameo.Contexts) if (!contexts.Contains(c)) contexts.Add(c);
        foreach (var word in sentenceWords)
            if (byWord.TryGetValue(word, out var context) && !contexts.Contains(context)) contexts.Add(context);
        return contexts;
    }
}
