using System.Collections;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>One decision the coder made about an event, and the pass that made it (for `parley explain`).</summary>
public readonly record struct Decision(string? Pass, string Text)
{
    public override string ToString() => Pass is null ? Text : $"[{Pass}] {Text}";
}

/// <summary>
/// The decisions recorded on an event, in order. Passes add plain text; the coder stamps each new
/// decision with the name of the pass that was running.
/// </summary>
public sealed class Decisions : IEnumerable<Decision>
{
    readonly List<Decision> list = [];

    public void Add(string text) => list.Add(new Decision(null, text));
    public int Count => list.Count;
    public Decision this[int index] => list[index];

    /// <summary>Names the pass behind every decision that has none yet.</summary>
    internal void Stamp(string pass)
    {
        for (var i = list.Count - 1; i >= 0 && list[i].Pass is null; i--) list[i] = list[i] with { Pass = pass };
    }

    public IEnumerator<Decision> GetEnumerator() => list.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>An event before it is written: the trigger, its clause, roles, status and the decisions behind each.</summary>
public sealed class CodedEvent
{
    public required TriggerMatch Match { get; init; }
    public required Clause? Clause { get; init; }
    public PloverCategory Category { get; set; }
    public PloverMode? Mode { get; set; }
    public CameoCode Cameo { get; set; }
    public EventStatus Status { get; set; }
    public List<EventEntity> Actor { get; } = [];
    public List<EventEntity> Recipient { get; } = [];
    public EventLocation? Location { get; set; }
    public EventDate? Date { get; set; }
    public Decisions Reasons { get; } = [];
    public int First { get; set; }
    public int Last { get; set; }

    /// <summary>The event in this one's complement ("to host a meeting between..."), folded into it.</summary>
    public CodedEvent? Absorbed { get; set; }

    /// <summary>The recipient is only the people of the state where the act happens, given for want of a target the text names.</summary>
    public bool TargetFromPlace { get; set; }

    /// <summary>What a statement coded as a demand says another party should or must do ("says Iran must declare ...").</summary>
    public Clause? Obligation { get; set; }

    /// <summary>
    /// The event is the statement of an act its actor says it will make, coded as the speech act ("said Turkey would attack
    /// Manbij next week": a threat made now); a date ahead is the act's, not the statement's.
    /// </summary>
    public bool Announced { get; set; }

    /// <summary>The attack named as this casualty's cause ("killed in clashes with ..."); coded with it as one event when it names the attacker.</summary>
    public CodedEvent? Cause { get; set; }

    /// <summary>The passes that judged the candidate no event, when their judgement is advice (see <see cref="SentenceCoding.Advisory"/>).</summary>
    public List<string> Objections { get; } = [];

    /// <summary>What the eventness model saw of the event, kept for training and `parley explain`.</summary>
    public IReadOnlyList<string>? Features { get; set; }

    /// <summary>For a verb of saying coded as criticism (trigger condition `critical`): how many words of criticism it carries.</summary>
    public int CriticismWords { get; init; }

    /// <summary>Where in <see cref="Reasons"/> the decision that dropped the event stands (later passes may still note how its words were read).</summary>
    public int? DroppedBy { get; set; }

    /// <summary>The decision that dropped the event, if it was dropped.</summary>
    public Decision? DropDecision => DroppedBy is { } at ? Reasons[at] : null;

    /// <summary>The probability the eventness model gave that the candidate reports an event.</summary>
    public double? Eventness { get; set; }

    /// <summary>An order ("ordered the release of", "ordered the army to"): when given to the actor's own
    /// forces or officials it is coded as the act ordered.</summary>
    public bool IsOrder { get; set; }

    /// <summary>
    /// A resignation, done, agreed to or promised ("resigns", "agrees to resign", "announces he will step down"): aimed at
    /// nobody, as the labels have it.
    /// </summary>
    public bool IsResignation =>
        Category == PloverCategory.Retreat && Mode == PloverMode.Resign || Match.Trigger.Mode == PloverMode.Resign
        || Absorbed is { Category: PloverCategory.Retreat, Mode: PloverMode.Resign };

    /// <summary>Codes the event as another category, with the mode and CAMEO code of that reading, and says why.</summary>
    public void Recode(PloverCategory category, PloverMode mode, CameoCode cameo, string reason)
    {
        Category = category;
        Mode = mode;
        Cameo = cameo;
        Reasons.Add(reason);
    }

    /// <summary>The states of the event's actors.</summary>
    public HashSet<string> ActorCountries() => Actor.Select(a => a.Entity.Country).OfType<string>().ToHashSet();

    /// <summary>The codes (organisation, else state) of the event's actors.</summary>
    public HashSet<string> ActorCodes() => Actor.Select(a => a.Entity.Code).OfType<string>().ToHashSet();

    /// <summary>The one state all the event's actors belong to, if there is exactly one.</summary>
    public string? SingleActorCountry() =>
        Actor.Select(a => a.Entity.Country).OfType<string>().Distinct().ToList() is [var home] ? home : null;

    /// <summary>Whether the event is named by a noun ("talks", "the attack") rather than a verb.</summary>
    public bool IsNominal(Document d) => !IsSubjectAndVerb && (Match.Trigger.Class != AnchorClass.Verb || d.TagOf(Match.Anchor).IsNoun())
                                         || ClauseAnalyzer.IsPrenominalGerund(d, Match.Anchor, d.TokenCount); // "the stabbing attack"

    /// <summary>
    /// A pattern of a noun naming the people who act and the verb they are the subject of ("protesters gather"): the act is
    /// the verb's, and its subject its actor.
    /// </summary>
    public bool IsSubjectAndVerb =>
        Match.AnchorIsActor && Clause is { } c && c.Head == Match.Tokens[0] && c.Subject.Contains(Match.Anchor);

    /// <summary>An event noun that heads the subject of its clause ("protests spread", "the talks ended").</summary>
    public bool IsSubjectOfItsClause =>
        Clause is { Subject.IsEmpty: false } c && c.Subject.Contains(Match.Anchor) && Match.Anchor < c.First && !c.NonFinite;

    public override string ToString() => $"{Category.Name()} '{Match.Trigger.Anchor}' at {Match.Anchor}";
}
