using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>
/// Reads a TABARI/PETRARCH verb-pattern dictionary (CAMEO.verbpatterns) into Parley triggers:
/// <code>
/// --- DEMAND [100] ---            (a block: its verbs share a default CAMEO code)
/// DEMAND {DEMANDS DEMANDED}        (a verb of the block; its own [code] may override the default)
/// - * RELEASE OF + [1053]          (a pattern: words after the verb, '+' the target)
/// </code>
/// CAMEO codes become PLOVER categories and modes through the CAMEO table (appeals, 02x, are
/// requests; statements, 01x, are not events). Patterns that need what PETRARCH's parse trees
/// give it (words before the verb, synonym sets, skips) are counted and left out.
/// </summary>
public static class TabariVerbDictionary
{
    public sealed record Result(List<Trigger> Triggers, int Skipped);

    public static Result Read(string path, CameoTable cameo, ProblemLog problems)
    {
        var triggers = new List<Trigger>();
        var skipped = 0;
        string? blockCode = null;
        var verbs = new List<string[]>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0 || line.StartsWith('&') || line.StartsWith('+')) continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                blockCode = CodeIn(line);
                verbs.Clear();
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var source = $"{Path.GetFileName(path)}:{number}";
                switch (ReadPattern(line, verbs, cameo, source, triggers))
                {
                    case PatternRead.WithoutCode: problems.Add(path, number, "pattern without a [code]"); break;
                    case PatternRead.NeedsParse: skipped++; break;
                }
                continue;
            }
            // A verb line: "MEET {MEETS MET MEETING}" or "CALL_OFF [125]"
            var name = line.Split(' ', '{', '[')[0].Trim('_');
            if (name.Length == 0 || !name.All(c => char.IsLetter(c) || c is '_' or '-' or '\'')) { problems.Add(path, number, $"cannot read verb '{line}'"); continue; }
            var words = name.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
            verbs.Add(words);
            var own = CodeIn(line) ?? blockCode;
            if (own is null || own == "---") continue;
            if (Make(words, [], own, "obj", cameo, $"{Path.GetFileName(path)}:{number}") is { } single) triggers.Add(single);
        }
        return new Result(triggers, skipped);
    }

    enum PatternRead { Read, WithoutCode, NeedsParse }

    /// <summary>
    /// "- * TO_MEET_WITH + [036]": words after the verb ("*"), a "+" for where the recipient is; patterns that need a
    /// parse tree (words before the verb, synonym sets, skips) are left out.
    /// </summary>
    static PatternRead ReadPattern(string line, List<string[]> verbs, CameoTable cameo, string source, List<Trigger> triggers)
    {
        var code = CodeIn(line);
        if (code is null) return PatternRead.WithoutCode;
        if (code == "---") return PatternRead.Read;
        var pattern = line[2..line.LastIndexOf('[')].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var star = Array.IndexOf(pattern, "*");
        if (star < 0 || pattern[..star].Any(w => w is not ("$" or "+")) || pattern.Any(w => w.Contains('&') || w.Contains('^') || w.Contains('%') || w.Contains('{') || (w.Contains('*') && w != "*")))
            return PatternRead.NeedsParse;
        var following = new List<string[]>();
        string? slot = null;
        foreach (var word in pattern[(star + 1)..])
        {
            if (word == "$") continue;
            if (word == "+") { slot ??= following.Count > 0 && IsPreposition(following[^1][0]) ? following[^1][0] : "obj"; continue; }
            following.Add([word.Trim('_').Replace('_', ' ').ToLowerInvariant()]);
        }
        if (following.Any(f => f[0].Contains(' ') || f[0].Length == 0)) return PatternRead.NeedsParse;
        foreach (var verb in verbs)
            if (Make(verb, following, code, slot, cameo, source) is { } t) triggers.Add(t);
        return PatternRead.Read;
    }

    static bool IsPreposition(string word) => word is "with" or "to" or "on" or "against" or "from" or "at" or "for" or "over" or "into" or "of" or "by";

    static string? CodeIn(string line)
    {
        var open = line.LastIndexOf('[');
        var close = open >= 0 ? line.IndexOf(']', open) : -1;
        if (close < 0) return null;
        var code = line[(open + 1)..close].Trim();
        var colon = code.IndexOf(':');
        return colon >= 0 ? code[..colon] : code;
    }

    static Trigger? Make(string[] verb, IReadOnlyList<string[]> following, string code, string? slot, CameoTable cameo, string source)
    {
        if (!CameoCode.TryParse(code, out var cameoCode) || cameo.Find(cameoCode) is not { } entry || cameoCode.IsIn("01")) return null;
        PloverCategory category;
        if (cameoCode.IsIn("02")) category = PloverCategory.Request;
        else if (entry.Category is { } mapped) category = mapped;
        else return null;
        PloverMode? mode = entry.Mode is { } m && PloverScores.IsValidMode(category, m) ? m : null;
        var words = verb.Skip(1).Select(w => new[] { w }).Concat(following).ToList();
        return new Trigger(verb[0], AnchorClass.Verb, words, category, mode, cameoCode, slot is null ? [] : [slot], source);
    }
}
