using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>What protesters demand is the topic of their protest, not a request of its own.</summary>
public sealed class ProtestDemandsTests
{
    [Fact]
    public void Marching_to_demand_food_is_a_protest_not_a_request()
    {
        var coded = Coded.Of("In Niger, 2,000 protesters march in the capital Niamey to demand that government alleviate the food shortage.", "2005-06-02");
        Assert.Equal("NER", Assert.Single(Coded.Codes(coded.Event(PloverCategory.Protest).Actor)));
        Assert.Equal("protest-demands", coded.DroppedBy(PloverCategory.Request));
    }
}
