using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>An infinitive naming an aim is no event.</summary>
public sealed class PurposesTests
{
    [Fact]
    public void Plans_to_bomb_a_plant_are_not_a_bombing()
    {
        var coded = Coded.Of("Israel is alleged to have contingency plans to bomb an Iranian nuclear power plant if it begins producing weapons grade material.", "2003-08-29");
        Assert.Equal("purposes", coded.DroppedBy(PloverCategory.Assault));
    }
}
