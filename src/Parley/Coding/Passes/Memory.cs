using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Remembers, for the sentences that follow, the last group of parties named together as a subject ("the
/// two sides", "they"), the actors named recently (pronouns) and the events told with their actors (what a reaction reacts to).
/// Decides nothing about this sentence's events.
/// </summary>
public sealed class Memory : ICodingPass
{
    const int Remembered = 40;

    public string Name => "memory";

    public void Apply(SentenceCoding s)
    {
        var entities = new EntityFinder(s);
        foreach (var c in s.Clauses)
        {
            var inSubject = s.ActorsIn(c.Subject).ToList();
            if (inSubject.Count < 2) continue;
            s.Memory.LastGroup = inSubject.Select(entities.EntityOf).ToList();
            s.Memory.LastGroupSentence = s.Sentence.Index;
        }
        foreach (var m in s.Actors) s.Memory.Recent.Add(s.AsAntecedent(m, entities.EntityOf(m)));
        if (s.Memory.Recent.Count > Remembered) s.Memory.Recent.RemoveRange(0, s.Memory.Recent.Count - Remembered);
        RememberScene(s);
        foreach (var e in s.Events.Where(e => e.Actor.Count > 0)) s.Memory.Told.Add((e.Category, e.Actor.ToList(), s.Sentence.Index));
        if (s.Memory.Told.Count > Remembered) s.Memory.Told.RemoveRange(0, s.Memory.Told.Count - Remembered);
    }

    /// <summary>The state where the sentence sets its scene, if one; a sentence that sets it in two states clears it.</summary>
    static void RememberScene(SentenceCoding s)
    {
        var countries = s.Syntax.SceneCountries(s.Events);
        if (countries.Count == 0) return;
        s.Memory.Scene = countries.Count == 1 ? (countries[0], s.Sentence.Index) : null;
    }
}
