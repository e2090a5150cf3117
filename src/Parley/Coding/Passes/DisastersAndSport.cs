using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Sport, nature and accidents are not political events: "overpowered Morocco in the final", "Typhoon
/// Mangkhut slammed into the Philippines", "killed in a helicopter crash". A sentence about sport (two or
/// more sport words, and no soldiers, rebels or police) codes no violence; a storm or a virus as subject
/// acts on no one; deaths in a sentence about a disaster are no assault unless someone is named as doing it, and a state
/// of emergency or a curfew declared against one is no repression.
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
                             && d.ActorsOf(s.Sentence).All(m => m.Entity.Sector is not (Sector.MIL or Sector.REB or Sector.COP))
                ? "dropped: a sentence about sport" : null);
        // A storm or a fire is a noun, and not the word of an attack ("Hezbollah rocket fire kills a woman").
        bool Nature(int t) => d.TagOf(t) is PosTag.NN or PosTag.NNS && words.NatureSubjects.Contains(d.LemmaOf(t)) && !InTrigger(s, t);
        s.DropWhere(e => e.Clause is { Subject.IsEmpty: false, Passive: false } c
                         && Enumerable.Range(c.Subject.First, c.Subject.End - c.Subject.First).Any(Nature)
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
        if (!tokens.Any(Disaster)) return;
        s.DropWhere(e => e.Category == PloverCategory.Assault
                         && (words.HarmWords.Contains(d.LemmaOf(e.Match.Anchor))
                             || e.Clause is { } c && (c.Passive ? c.AgentPhrase is null : c.Subject.IsEmpty || !s.Syntax.HasActorIn(c.Subject)))
            ? "dropped: deaths in an accident or a disaster" : null);
    }

    static bool TakesObject(Document d, int verb, int end) =>
        verb + 1 < end && d.TagOf(verb + 1) is PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.PRPS or PosTag.CD or PosTag.JJ;

    static bool InTrigger(SentenceCoding s, int token) =>
        s.Events.Any(e => e.Category == PloverCategory.Assault && e.Match.Anchor <= token && token <= e.Match.Last);
}
