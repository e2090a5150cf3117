using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Karen Pierce also clashed with Trump", "Erdoğan and Putin clashed in public over the feasibility of a ceasefire": a
/// clash whose every party is a person, none of them an armed one, is a war of words, not fighting. It is ACCUSE
/// `disapprove` (CAMEO 111, criticise or denounce), with the parties as the roles found them; clashes of forces, crowds
/// and groups stay violence. Only the verb of its own clause counts: "after clashes between protesters" names no clash of
/// the people the sentence is about.
/// </summary>
public sealed class WordClashes : ICodingPass
{
    public string Name => "word-clashes";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Assault && s.Document.LemmaOf(e.Match.Anchor) == "clash" && e.Clause?.Head == e.Match.Anchor
                && e.Actor.Concat(e.Recipient).ToList() is { Count: > 0 } parties && parties.All(p => p.Entity is { Kind: EntityKind.Person, BearsArms: false }))
                e.Recode(PloverCategory.Accuse, PloverMode.Disapprove, new("111"), "ACCUSE disapprove: a clash between people named, not forces, is one of words");
    }
}
