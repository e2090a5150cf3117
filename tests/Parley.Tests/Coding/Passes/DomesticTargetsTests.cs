using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Violence and repression with no target named are aimed at the people of the state where they happen.</summary>
public sealed class DomesticTargetsTests
{
    [Fact]
    public void A_car_bomb_in_Cucuta_hits_Colombia()
    {
        var coded = Coded.Of("A car bomb exploded in Cúcuta, Colombia killing at least seven people.", "2003-03-05");
        var attack = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal(["COL"], Coded.Codes(attack.Recipient));
        Assert.True(Coded.Decided(attack, "domestic-targets"));
    }
}
