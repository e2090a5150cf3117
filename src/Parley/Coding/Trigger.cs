using Parley.Model;

namespace Parley.Coding;

/// <summary>The word class a trigger's anchor must have.</summary>
public enum AnchorClass { Verb, Noun, Adjective }

/// <summary>
/// One trigger pattern from data/triggers: an anchor lemma with its word class, the words that must
/// follow it, and the event it signals with where its recipient is found. A blocking trigger
/// (category NONE, with no CAMEO code) marks a phrase that is not an event ("release a report") and only keeps
/// shorter patterns from matching there. A trigger <see cref="OnlyNegated"/> is an event only in a negated clause,
/// and its negation is the event: "will not allow", "did not recognise" are refusals. A trigger <see cref="OnlyCritical"/>
/// (a verb of saying) is an event only when what is said criticises: "described the move as a blatant betrayal". A trigger
/// <see cref="OnlyIntransitive"/> is an event only in an active clause with no direct object: "protesters demonstrated in the
/// capital", not "the tests demonstrate the presence of sarin in the samples". A trigger <see cref="OnlyObligation"/> (a verb
/// of saying) is an event only when what is said is what another party should or must do: "Israel states Palestinians
/// should focus on fighting terrorism" is a demand. A trigger <see cref="OnlyDeparture"/> (a verb of ordering) is an event only
/// when it orders the one it is said to leave: "orders two UK diplomats to leave Iran" is an expulsion.
/// </summary>
public sealed record Trigger(
    string Anchor,
    AnchorClass Class,
    IReadOnlyList<string[]> Following,
    PloverCategory Category,
    PloverMode? Mode,
    CameoCode Cameo,
    IReadOnlyList<string> RecipientSlots,
    string Source,
    bool Blocks = false,
    bool OnlyNegated = false,
    bool OnlyCritical = false,
    bool OnlyIntransitive = false,
    bool OnlyObligation = false,
    bool OnlyDeparture = false)
{
    public int Length => 1 + Following.Count;

    /// <summary>A verb coded by what it governs (criticism or a demand said, a departure ordered), one reading among the others of its words.</summary>
    public bool ReadsGoverned => OnlyCritical || OnlyObligation || OnlyDeparture;
    public override string ToString() => $"{Source}: {Anchor}/{Class.ToString()[0]} {string.Join(' ', Following.Select(f => string.Join('|', f)))} → {Category.Name()}";
}
