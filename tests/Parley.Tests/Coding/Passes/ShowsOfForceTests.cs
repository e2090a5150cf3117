using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A show of force with no destination is aimed at the foreign state named after it.</summary>
public sealed class ShowsOfForceTests
{
    [Fact]
    public void A_missile_test_able_to_reach_India_is_aimed_at_India()
    {
        var coded = Coded.Of("Pakistan test fires a nuclear-capable missile with a range of (930 miles), sufficient to reach most cities in neighboring India.", "2004-10-12");
        var test = coded.Event(PloverCategory.Mobilize);
        Assert.Equal(["IND"], Coded.Codes(test.Recipient));
        Assert.True(Coded.Decided(test, "shows-of-force"));
    }
}
