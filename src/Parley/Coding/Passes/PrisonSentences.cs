using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// A prison sentence is both a conviction and a detention (PLOVER manual, SANCTION: convictions that
/// result in imprisonment are also COERCE arrest): a detention anchored on "sentence", "jail" or
/// "imprison" gains a SANCTION convict twin.
/// </summary>
public sealed class PrisonSentences : ICodingPass
{
    public string Name => "prison-sentences";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.ToList())
            if (e.Category == PloverCategory.Coerce && e.Mode == PloverMode.Arrest && s.Syntax.Words.ImprisonVerbs.Contains(s.Document.LemmaOf(e.Match.Anchor)))
                s.Events.Add(new CodedEvent
                {
                    Match = e.Match, Clause = e.Clause, Category = PloverCategory.Sanction, Mode = PloverMode.Convict, Cameo = new("116"),
                    First = e.First, Last = e.Last, Reasons = { "a prison sentence is also a conviction" },
                });
    }
}
