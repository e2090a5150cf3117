using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Words that mention a meeting without reporting a new one: hosting a meeting already coded ("talks
/// hosted by Qatar"), travelling with a cargo ("flew medical supplies to Turkey"), and officials
/// described by what they were told ("officials briefed on the talks said"), and things met with a reaction ("the
/// report has been met with anger").
/// </summary>
public sealed class MeetingMentions : ICodingPass
{
    public string Name => "meeting-mentions";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        if (s.Events.Count(e => e.Category == PloverCategory.Consult) > 1)
            s.DropWhere(e => e.Category == PloverCategory.Consult && d.LemmaOf(e.Match.Anchor) == "host"
                             && s.Events.Any(o => o != e && o.Category == PloverCategory.Consult && d.LemmaOf(o.Match.Anchor) != "host")
                ? "dropped: hosting a meeting already coded adds no event" : null);
        s.DropWhere(e => e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit && e.Clause is { } travel && travel.Head == e.Match.Anchor
                         && words.TravelVerbs.Contains(d.LemmaOf(e.Match.Anchor)) && !travel.Object.IsEmpty && !d.TagOf(travel.Object.First).IsProperNoun()
            ? "dropped: travel with a cargo is no visit" : null);
        s.DropWhere(e => e.Category == PloverCategory.Consult && d.LemmaOf(e.Match.Anchor) == "brief" && e.Match.Anchor > s.Sentence.FirstToken
                         && e.Match.Anchor + 1 < s.Sentence.EndToken && d.LowerOf(e.Match.Anchor + 1) is "on" or "about"
                         && d.TagOf(e.Match.Anchor - 1) is PosTag.NN or PosTag.NNS
            ? "dropped: sources described by what they were told, not a meeting" : null);
        // "the report has been met with anger by the families": a thing met with a reaction in the passive is no meeting.
        s.DropWhere(e => e.Category == PloverCategory.Consult && d.LemmaOf(e.Match.Anchor) == "meet" && e.Clause is { Passive: true } met
                         && met.Head == e.Match.Anchor && e.Match.Anchor + 1 < s.Sentence.EndToken && d.LowerOf(e.Match.Anchor + 1) == "with"
            ? "dropped: 'met with' in the passive tells a reaction, not a meeting" : null);
    }
}
