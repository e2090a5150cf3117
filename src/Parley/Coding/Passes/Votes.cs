using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Swiss voters reject a monetary-policy initiative", "California voters reject all eight statewide ballot propositions":
/// voters deciding in an election or a referendum cast a vote, which as such is no event (eval/README.md). A vote that
/// adopts a measure toward another state ("Voters in Venezuela approve the claim of sovereignty over Guayana Esequiba")
/// is coded as that measure, so an event aimed at a state other than the voters' stays.
/// </summary>
public sealed class Votes : ICodingPass
{
    public string Name => "votes";

    public void Apply(SentenceCoding s) => s.DropWhere(e => Voters(s, e) is { } voters
        ? $"dropped: '{s.Document.TextOf(voters)}' vote; a vote as such is no event" : null);

    /// <summary>The head of the event's subject when it names voters and the event is aimed at no other state.</summary>
    static int? Voters(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Clause is not { } c || c.Head != e.Match.Anchor || c.Passive || c.Subject.IsEmpty) return null;
        if (s.Syntax.HeadNoun(c.Subject) is not { } h || !s.Syntax.Words.VoterNouns.Contains(d.LemmaOf(h))) return null;
        var own = e.ActorCountries();
        return e.Recipient.Any(r => r.Entity.Country is { } country && !own.Contains(country) || r.Entity.Org is not null) ? null : h;
    }
}
