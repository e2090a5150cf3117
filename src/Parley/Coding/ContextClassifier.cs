using Parley.Model;

namespace Parley.Coding;

/// <summary>PLOVER contexts from the CAMEO code and from words in the sentence.</summary>
public static class ContextClassifier
{
    static readonly (string Word, string Context)[] Keywords =
    [
        ("military", "military"), ("troops", "military"), ("army", "military"), ("defence", "military"), ("defense", "military"),
        ("missile", "military"), ("missiles", "military"), ("fighter", "military"), ("warship", "military"),
        ("sanctions", "economic"), ("trade", "economic"), ("tariff", "economic"), ("tariffs", "economic"), ("economic", "economic"),
        ("economy", "economic"), ("investment", "economic"), ("commerce", "economic"),
        ("nuclear", "cbrn"), ("chemical", "cbrn"), ("election", "election"), ("elections", "election"), ("vote", "election"),
        ("court", "legal"), ("judge", "legal"), ("law", "legal"), ("lawsuit", "legal"), ("spy", "intelligence"),
        ("intelligence", "intelligence"), ("espionage", "intelligence"), ("refugees", "migration"), ("migrants", "migration"),
        ("asylum", "asylum"), ("terrorist", "terrorism"), ("terrorism", "terrorism"), ("jihadist", "terrorism"),
        ("human", "human_rights"), ("rights", "rights_freedoms"), ("protesters", "rights_freedoms"), ("cyber", "cyber"),
        ("hacking", "cyber"), ("corruption", "corruption"), ("bribery", "corruption"), ("covid", "health"), ("vaccine", "health"),
        ("epidemic", "health"), ("climate", "environment"), ("oil", "natural_resource"), ("gas", "natural_resource"),
        ("diplomatic", "diplomatic"), ("talks", "diplomatic"), ("summit", "diplomatic"), ("ambassador", "diplomatic"),
        ("peacekeepers", "peacekeeping"), ("peacekeeping", "peacekeeping"), ("territory", "territory"), ("border", "territory"),
        ("parliament", "legislative"), ("drugs", "illegal_drugs"), ("trafficking", "trafficking"), ("earthquake", "disasters"),
        ("flood", "disasters"), ("technology", "technology"), ("chips", "technology"), ("religious", "religion_ethnicity"),
        ("ethnic", "religion_ethnicity"), ("women", "gender"), ("misinformation", "misinformation"), ("disinformation", "misinformation"),
        ("crime", "crime"), ("police", "crime"),
    ];

    static readonly Dictionary<string, PloverContext> ByWord = Keywords.GroupBy(k => k.Word).ToDictionary(g => g.Key, g => Codes.TryParseContext(g.First().Context, out var c) ? c : throw new InvalidOperationException(g.First().Context), StringComparer.Ordinal);

    public static IReadOnlyList<PloverContext> Classify(CameoEntry? cameo, IEnumerable<string> sentenceWords)
    {
        var contexts = new List<PloverContext>(3);
        if (cameo is not null)
            foreach (var c in cameo.Contexts) if (!contexts.Contains(c)) contexts.Add(c);
        foreach (var word in sentenceWords)
            if (ByWord.TryGetValue(word, out var context) && !contexts.Contains(context)) contexts.Add(context);
        return contexts;
    }
}
