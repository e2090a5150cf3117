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

    [Fact]
    public void An_attempt_to_assassinate_is_an_assault_as_PLOVER_counts_it()
    {
        // Guardian; the manual's `targeted` mode includes attempted assassinations.
        var coded = Coded.Of("Isis in-fighting is said to have led to an attempt to assassinate Baghdadi, who is now on the run.", "2019-02-09");
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Assault && e.Reasons.Any(r => r.Pass == "purposes"));
        Assert.Single(coded.Candidates(PloverCategory.Assault));
    }
}
