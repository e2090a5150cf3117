using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "2018 Mastung suicide bombing; 2018 Pakistani general election", "War crimes in the 2022 Russian invasion of Ukraine,
/// Trial of Vadim Shishimarin", "2017 clashes at the Turkish Ambassador's Residence": a line with no verb that lists noun
/// phrases, or opens with a year as a title does, is a heading or a list of topics and links. It names events; it
/// reports none.
/// </summary>
public sealed class Headings : ICodingPass
{
    public string Name => "headings";

    public void Apply(SentenceCoding s)
    {
        if (s.Events.Count == 0) return;
        var d = s.Document;
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
}
