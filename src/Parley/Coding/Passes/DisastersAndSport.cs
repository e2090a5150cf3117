using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Sport, nature and accidents are not political events: "overpowered Morocco in the final", "Typhoon
/// Mangkhut slammed into the Philippines", "killed in a helicopter crash". A sentence about sport (two or
/// more sport words, and no soldiers, rebels or police) codes no violence; a storm or a virus as subject
/// acts on no one; deaths in a sentence about a disaster are no assault unless someone is named as doing it, and a state
/// of emergency or a curfew declared against one is no repression; harm done by accident is no attack unless armed men or a
/// state did it.
/// </summary>
public sealed class DisastersAndSport : ICodingPass
{
    public string Name => "disasters-and-sport";

    public void Apply(SentenceCoding s)
    {
        if (s.Events.Count == 0) return; // most sentences: no sentence-wide scans
        var d = s.Document;
        var words = s.Syntax.Words;
        var tokens = Enumerable.Range(s.Sentence.FirstToken, s.Sentence.TokenCount);
        if (tokens.Count(t => words.SportWords.Contains(d.LemmaOf(t))) >= 2)
            s.DropWhere(e => e.Category is PloverCategory.Assault or PloverCategory.Coerce or PloverCategory.Threaten
                             && !d.ActorsOf(s.Sentence).Any(m => InArms(m.Entity))
                ? "dropped: a sentence about sport" : null);
        // A storm or a fire is a noun, and not the word of an attack ("Hezbollah rocket fire kills a woman").
        bool Nature(int t) => d.TagOf(t) is PosTag.NN or PosTag.NNS && words.NatureSubjects.Contains(d.LemmaOf(t)) && !InTrigger(s, t);
        // The subject's own phrase, not what a preposition adds to it: "head of the UN mission for the Ebola outbreak Anthony
        // Banbury accuses the UN" has a man for its subject.
        bool NatureSubject(TokenRange subject) => s.Syntax.OwnPhrase(subject) is var own && Enumerable.Range(own.First, own.End - own.First).Any(Nature);
        s.DropWhere(e => e.Clause is { Subject.IsEmpty: false, Passive: false } c && NatureSubject(c.Subject)
            ? "dropped: nature is no actor" : null);
        // A trigger's own word is no disaster ("attempted to storm a US military base"), nor is a verb with an object
        // ("gunmen storm villages"); a helicopter that "crashes in Şırnak Province" is one.
        bool Disaster(int t) => words.DisasterWords.Contains(d.LemmaOf(t)) && !InTrigger(s, t)
                                && (d.TagOf(t) is PosTag.NN or PosTag.NNS or PosTag.NNP || d.TagOf(t).IsVerb() && !TakesObject(d, t, s.Sentence.EndToken));
        // "Namibia declares a state of emergency after floods kill 92 people": an emergency measure against a disaster or an
        // epidemic is no repression (the PLOVER manual codes emergency rule as COERCE only when it is used to repress).
        // ("protestors set fire to government buildings": the fire is the trigger of another event, no disaster.)
        if (tokens.Any(t => (Disaster(t) || Nature(t)) && !s.Events.Any(e => e.Match.First <= t && t <= e.Match.Last)))
            s.DropWhere(e => e.Category == PloverCategory.Coerce && e.Mode is PloverMode.MartialLaw or PloverMode.Curfew
                ? "dropped: an emergency measure against a disaster" : null);
        // "A child accidentally detonates a discovered hand grenade": harm by accident is no attack, unless armed men or a state
        // named before the word did it ("Turkish warplanes launch airstrikes aimed at Kurdish militants, accidentally killing").
        // (Only an act the word is said of: not "slaps a government official after he accidentally referred to her as".)
        var accident = tokens.FirstOrDefault(t => words.AccidentWords.Contains(d.LowerOf(t)), -1);
        if (accident >= 0 && !d.ActorsOf(s.Sentence).Any(m => m.First < accident && IsArmed(m.Entity)))
            s.DropWhere(e => e.Category == PloverCategory.Assault && SaidOf(s, e, accident) ? "dropped: harm by accident" : null);
        if (!tokens.Any(Disaster)) return;
        s.DropWhere(e => e.Category == PloverCategory.Assault
                         && (words.HarmWords.Contains(d.LemmaOf(e.Match.Anchor))
                             || e.Clause is { } c && (c.Passive ? c.AgentPhrase is null : c.Subject.IsEmpty || !s.Syntax.HasActorIn(c.Subject)))
            ? "dropped: deaths in an accident or a disaster" : null);
    }

    /// <summary>
    /// Whether a word stands just before the event's trigger ("an accidental explosion"), or in its clause and not between the
    /// subject and the verb of another ("slaps an official after he accidentally referred to her").
    /// </summary>
    static bool SaidOf(SentenceCoding s, CodedEvent e, int word) =>
        e.Match.Anchor - word is > 0 and <= 3
        || e.Clause is { } c && word >= c.Start && word < c.Limit
           && !s.Clauses.Any(other => other != c && other.Start <= word && word < other.End);

    /// <summary>Soldiers, police or rebels.</summary>
    static bool InArms(Entity e) => e.Sector is Sector.MIL or Sector.COP or Sector.REB;

    /// <summary>Soldiers, police, rebels, an armed group or a state.</summary>
    static bool IsArmed(Entity e) => InArms(e) || e.OrgType == OrgType.IMG || e.Kind == EntityKind.State;

    static bool TakesObject(Document d, int verb, int end) =>
        verb + 1 < end && d.TagOf(verb + 1) is PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.PRPS or PosTag.CD or PosTag.JJ;

    static bool InTrigger(SentenceCoding s, int token) =>
        s.Events.Any(e => e.Category == PloverCategory.Assault && e.Match.Anchor <= token && token <= e.Match.Last);
}
