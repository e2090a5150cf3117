using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "2018 Mastung suicide bombing; 2018 Pakistani general election", "War crimes in the 2022 Russian invasion of Ukraine,
/// Trial of Vadim Shishimarin", "2017 clashes at the Turkish Ambassador's Residence": a line with no verb that lists noun
/// phrases, or opens with a year as a title does, is a heading or a list of topics and links. It names events; it
/// reports none. So is a line of titles joined by commas whose verb, if any, is a plural read as one ("Kherson strikes,
/// Attacks on civilians in the Russian invasion of Ukraine", "2025 United States trade war with Canada and Mexico,
/// Canada–United States relations"): every part after the first opens with a capital, has no verb and is no place
/// ("in Athens, Greece" names where).
/// </summary>
public sealed class Headings : ICodingPass
{
    public string Name => "headings";

    public void Apply(SentenceCoding s)
    {
        if (s.Events.Count == 0) return;
        var d = s.Document;
        if (ListOfTitles(s))
        {
            s.DropWhere(_ => "dropped: a list of titles joined by commas, with no verb of its own");
            return;
        }
        var first = s.Sentence.FirstToken;
        var listed = false;
        for (var t = first; t < s.Sentence.EndToken; t++)
        {
            var tag = d.TagOf(t);
            if (tag.IsVerb() || tag == PosTag.MD) return;
            if (tag is PosTag.Comma or PosTag.Colon) listed = true;
        }
        var titled = d.LowerOf(first) is { Length: 4 } year && year.All(char.IsAsciiDigit) && d.TagOf(first) == PosTag.CD;
        if (!listed && !titled) return;
        s.DropWhere(_ => listed ? "dropped: a line of topics with no verb, a heading or a list of links" : "dropped: a title with no verb, opened by its year");
    }

    /// <summary>
    /// Whether the sentence is titles joined by commas: two parts or more; every part after the first opens with a capital
    /// or a digit, has no verb and is not wholly a place; the first has no verb but, in a title opened by its year, present
    /// tenses read into its nouns ("United States trade war"), or else one present tense ending it ("Kherson strikes").
    /// </summary>
    static bool ListOfTitles(SentenceCoding s)
    {
        var d = s.Document;
        var first = s.Sentence.FirstToken;
        var end = s.Sentence.EndToken;
        while (end > first && d.TagOf(end - 1) is PosTag.Punct) end--;
        var parts = new List<(int First, int End)>();
        var start = first;
        for (var t = first; t <= end; t++)
        {
            if (t < end && d.TagOf(t) is not (PosTag.Comma or PosTag.Colon)) continue;
            if (t == start) return false;
            parts.Add((start, t));
            start = t + 1;
        }
        if (parts.Count < 2) return false;
        var places = d.PlacesOf(s.Sentence).ToList();
        foreach (var (a, b) in parts.Skip(1))
        {
            if (!char.IsUpper(d.TextOf(a)[0]) && !char.IsAsciiDigit(d.TextOf(a)[0])) return false;
            for (var t = a; t < b; t++) if (d.TagOf(t).IsVerb() || d.TagOf(t) == PosTag.MD) return false;
            if (Enumerable.Range(a, b - a).All(t => places.Any(p => p.First <= t && t < p.End) || d.TagOf(t) is PosTag.DT or PosTag.CC)) return false;
        }
        var (f, e) = parts[0];
        var year = d.LowerOf(f) is { Length: 4 } y && y.All(char.IsAsciiDigit) && d.TagOf(f) == PosTag.CD;
        for (var t = f; t < e; t++)
        {
            var tag = d.TagOf(t);
            if (!tag.IsVerb() && tag != PosTag.MD) continue;
            var readIntoNoun = tag is PosTag.VBZ or PosTag.VBP && (year || t == e - 1 && d.LowerOf(t).EndsWith('s'));
            if (!readIntoNoun) return false;
        }
        return true;
    }
}
