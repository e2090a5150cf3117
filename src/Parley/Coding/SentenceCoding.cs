using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// What the coder remembers from one sentence to the next in a document: the last group of parties
/// named together and the actors recently named, for pronouns and reciprocal descriptions, and the state where the
/// document's last scene was set.
/// </summary>
public sealed class DocumentMemory
{
    public List<EventEntity> LastGroup { get; set; } = [];

    /// <summary>The index of the sentence that named <see cref="LastGroup"/>.</summary>
    public int LastGroupSentence { get; set; }

    /// <summary>The actors named in the last sentences, oldest first, as antecedents of pronouns.</summary>
    public List<Antecedent> Recent { get; } = [];

    /// <summary>A story told in the past with an old date, and the last sentence that told it: the sentence after may continue it.</summary>
    public (EventDate Date, int Sentence)? Narrative { get; set; }

    /// <summary>
    /// The state of the last places a sentence set its scene in ("in Douma", "shelled Aleppo"), and that sentence; none when
    /// that sentence placed things in two states.
    /// </summary>
    public (string Country, int Sentence)? Scene { get; set; }

    /// <summary>The events the last sentences coded with actors, oldest first, each with its sentence: what "condemns the attack" reacts to.</summary>
    public List<(PloverCategory Category, List<EventEntity> Actors, int Sentence)> Told { get; } = [];
}

/// <summary>
/// An actor named earlier, as a pronoun may refer back to it: where it was named, whether in a clause's subject or its
/// object, whether in the plural, and whether as the head of its phrase rather than a modifier ("Iran" in "the Iran nuclear deal").
/// </summary>
public readonly record struct Antecedent(EventEntity Entity, int Token, int Sentence, bool Subject, bool Plural, bool Head, bool Object = false);

/// <summary>
/// One sentence as the coding passes see it: its analysis (clauses, trigger matches, actor
/// mentions), the candidate events still standing, and those dropped with the reason why.
/// </summary>
public sealed class SentenceCoding
{
    public required Document Document { get; init; }
    public required Sentence Sentence { get; init; }
    public required IReadOnlyList<Clause> Clauses { get; init; }
    public required IReadOnlyList<TriggerMatch> Matches { get; init; }
    public required DocumentMemory Memory { get; init; }
    public required Syntax Syntax { get; init; }

    /// <summary>The sentence's actor mentions, in text order.</summary>
    public required List<ActorMention> Actors { get; init; }

    /// <summary>The actor mentions that lie wholly inside a stretch of the sentence (a clause's subject, say).</summary>
    public IEnumerable<ActorMention> ActorsIn(TokenRange range) => Actors.Where(m => m.IsWithin(range));

    /// <summary>Whether the mention lies in the subject of one of the sentence's clauses.</summary>
    public bool InSubject(ActorMention m) => Clauses.Any(c => m.IsWithin(c.Subject));

    /// <summary>
    /// The clause that says what a finding found: the finite clause its verb governs, or the one right after its pattern's
    /// closing "that" ("rules that the United States violated ..."; slot `that`).
    /// </summary>
    public Clause? FindingOf(CodedEvent e) =>
        e.Clause is not { } clause ? null
        : Clauses.FirstOrDefault(c => !c.NonFinite && c.Head > e.Match.Last
                                      && (c.Governor == clause || Document.LowerOf(e.Match.Last) == "that" && c.Start == e.Match.Last + 1));

    /// <summary>The mention as an antecedent of later pronouns: "the rebels" is plural, "Nicaragua" and "the president" are not.</summary>
    public Antecedent AsAntecedent(ActorMention m, EventEntity entity) =>
        new(entity, m.First, Sentence.Index, InSubject(m), Document.TagOf(m.End - 1) is PosTag.NNS or PosTag.NNPS,
            m.End >= Sentence.EndToken || !(Document.TagOf(m.End).IsNoun() || Document.TagOf(m.End) == PosTag.POS),
            !InSubject(m) && Clauses.Any(c => m.IsWithin(c.Object)));

    /// <summary>Every candidate the triggers gave, whatever became of it.</summary>
    public List<CodedEvent> Candidates { get; } = [];

    /// <summary>The candidates still standing, in trigger order.</summary>
    public List<CodedEvent> Events { get; } = [];

    /// <summary>Candidates dropped or folded into another event; their last decision says why.</summary>
    public List<CodedEvent> Dropped { get; } = [];

    /// <summary>The pass now running (set by the coder).</summary>
    public string? Pass { get; set; }

    /// <summary>
    /// Passes whose judgement that a candidate is no event is advice: the candidate stays, the objection is
    /// recorded, and the eventness model weighs it with everything else it knows.
    /// </summary>
    public IReadOnlySet<string> Advisory { get; init; } = new HashSet<string>();

    public void Drop(CodedEvent e, string why)
    {
        e.Reasons.Add(why);
        if (!Events.Remove(e)) return;
        e.DroppedBy = e.Reasons.Count - 1;
        Dropped.Add(e);
    }

    /// <summary>
    /// Drops every event the rule picks, judging all of them on the events as they stood before any
    /// was dropped, so that the order of the events does not change the outcome. The rule returns
    /// the reason to drop, or null to keep.
    /// </summary>
    public void DropWhere(Func<CodedEvent, string?> rule)
    {
        var verdicts = Events.Select(e => (Event: e, Why: rule(e))).Where(v => v.Why is not null).ToList();
        foreach (var (e, why) in verdicts)
        {
            if (Pass is { } pass && Advisory.Contains(pass))
            {
                e.Objections.Add(pass);
                e.Reasons.Add($"objects: {why}");
            }
            else Drop(e, why!);
        }
    }
}

/// <summary>
/// One step of the coder: a rule about the sentence's candidate events, with one job. A pass reads
/// the decisions of the passes before it and records its own on the events (`parley explain`).
/// </summary>
public interface ICodingPass
{
    /// <summary>The name `parley explain` shows and `--skip-pass` takes.</summary>
    string Name { get; }

    void Apply(SentenceCoding sentence);
}
