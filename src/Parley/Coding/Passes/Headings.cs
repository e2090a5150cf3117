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
        var first = s.Sentence.FirstToken;
        if (ListOfTitles(s))
        {
            s.DropWhere(_ => "dropped: a list of titles joined by commas, with no verb of its own");
            return;
        }
        var listed = false;
        for (var t = first; t < s.Sentence.EndToken; t++)
        {
            var tag = d.TagOf(t);
            if (IsVerbOrModal(tag)) return;
            if (IsSeparator(tag)) listed = true;
        }
        var titled = OpensWithYear(d, first);
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
        var firstEnd = first;
        while (firstEnd < end && !IsSeparator(d.TagOf(firstEnd))) firstEnd++;
        if (firstEnd == first || firstEnd == end) return false;
        for (var a = firstEnd + 1; a <= end;)
        {
            var b = a;
            while (b < end && !IsSeparator(d.TagOf(b))) b++;
            if (b == a || !char.IsUpper(d.TextOf(a)[0]) && !char.IsAsciiDigit(d.TextOf(a)[0]) || WhollyPlace(s, a, b)) return false;
            for (var t = a; t < b; t++) if (IsVerbOrModal(d.TagOf(t))) return false;
            a = b + 1;
        }
        var year = OpensWithYear(d, first);
        for (var t = first; t < firstEnd; t++)
        {
            var tag = d.TagOf(t);
            var readIntoNoun = tag is PosTag.VBZ or PosTag.VBP && (year || t == firstEnd - 1 && d.LowerOf(t).EndsWith('s'));
            if (IsVerbOrModal(tag) && !readIntoNoun) return false;
        }
        return true;
    }

    /// <summary>Whether every word of a part, but determiners and "and", is in a place's name ("Dnipropetrovsk Oblast", "Ukraine").</summary>
    static bool WhollyPlace(SentenceCoding s, int a, int b)
    {
        var d = s.Document;
        for (var t = a; t < b; t++)
            if (d.TagOf(t) is not (PosTag.DT or PosTag.CC) && !d.PlacesOf(s.Sentence).Any(p => p.First <= t && t < p.End)) return false;
        return true;
    }

    static bool IsVerbOrModal(PosTag tag) => tag.IsVerb() || tag == PosTag.MD;

    static bool IsSeparator(PosTag tag) => tag is PosTag.Comma or PosTag.Colon;

    /// <summary>Whether a sentence opens with a year, as a title does ("2018 Mastung suicide bombing").</summary>
    static bool OpensWithYear(Document d, int first) => d.LowerOf(first) is { Length: 4 } year && year.All(char.IsAsciiDigit) && d.TagOf(first) == PosTag.CD;
}
