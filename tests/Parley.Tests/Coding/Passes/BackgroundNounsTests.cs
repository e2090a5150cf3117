using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Event nouns named as topic or background are not reported as happening.</summary>
public sealed class BackgroundNounsTests
{
    // With the eventness model the pass's judgement is an objection the model weighs (and then no party is found).
    [Fact]
    public void Attacks_named_as_what_is_responded_to_are_background()
    {
        var attack = Coded.Of("These come in response to the attacks of August 4 listed above.", "2002-08-07").Candidate(PloverCategory.Assault);
        Assert.Contains("background-nouns", attack.Objections);
        Assert.Contains(attack.Features!, f => f == "objection=background-nouns");
    }

    [Fact]
    public void An_attack_named_as_what_is_blamed_is_not_coded_again()
    {
        var coded = Coded.Of("Iran blamed Israel for the attack on its consulate in Damascus.", "2024-04-02");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.Objections.Contains("background-nouns"));
    }
}
