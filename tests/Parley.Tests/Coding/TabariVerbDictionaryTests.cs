using Parley.Coding;
using Parley.Io;
using Parley.Model;

namespace Parley.Tests.Coding;

public sealed class TabariVerbDictionaryTests : IDisposable
{
    readonly TempFile dictionary;

    public TabariVerbDictionaryTests() => dictionary = new TempFile(".txt", """
        --- DEMAND [100] ---
        DEMAND {DEMANDS DEMANDED}
        INSIST
        - * RELEASE OF + [1053]  # DEMAND
        - $ SAID * [100]  # needs words before the verb
        - * &WEAPON [---]
        --- CONSULT [040] ---
        CALL_OFF [125]
        - * WITHOUT A CODE
        """);

    public void Dispose() => dictionary.Dispose();

    [Fact]
    public void Blocks_verbs_and_patterns_become_triggers_with_PLOVER_categories()
    {
        var problems = new ProblemLog();
        var cameo = Shared.Pipeline.Models.Cameo;
        var result = TabariVerbDictionary.Read(dictionary.Path, cameo, problems);
        var release = Assert.Single(result.Triggers, t => t.Anchor == "demand" && t.Following.Count == 2);
        Assert.Equal(PloverCategory.Request, release.Category);
        Assert.Equal(PloverMode.Yield, release.Mode);
        Assert.Equal(["of"], release.RecipientSlots);
        var callOff = Assert.Single(result.Triggers, t => t.Anchor == "call");
        Assert.Equal(PloverCategory.Reject, callOff.Category);
        Assert.Equal(1, result.Skipped); // "$ SAID *" needs words before the verb; [---] patterns code nothing
        Assert.Contains(problems.Problems, p => p.Line == 9);
    }
}
