using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Recipients shared between the events of one sentence.</summary>
public sealed class CounterpartsTests
{
    [Fact]
    public void A_threat_joined_to_an_accusation_shares_its_target()
    {
        var coded = Coded.Of("Iran blamed Israel for the attack on its consulate in Damascus and vowed revenge.", "2024-04-02");
        var threat = coded.Event(PloverCategory.Threaten);
        Assert.Equal(["ISR"], Coded.Codes(threat.Recipient));
        Assert.True(Coded.Decided(threat, "counterparts"));
    }

    [Fact]
    public void A_show_of_force_with_no_target_answers_the_other_party()
    {
        var coded = Coded.Of("Taiwan scrambled jets after 56 Chinese aircraft flew into its air defence zone.", "2024-04-02");
        var scramble = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Mobilize && Coded.Codes(e.Actor).Contains("TWN"));
        Assert.Equal(["CHN"], Coded.Codes(scramble.Recipient));
    }
}
