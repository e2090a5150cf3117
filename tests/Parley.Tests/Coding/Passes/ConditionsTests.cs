using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>The condition of a threat or demand is part of it.</summary>
public sealed class ConditionsTests
{
    [Fact]
    public void Sanctions_in_the_condition_of_a_threat_are_not_coded_on_their_own()
    {
        var coded = Coded.Of("North Korea threatens war if the United Nations applies economic sanctions.", "2003-01-08");
        Assert.Equal(PloverMode.Violence, coded.Event(PloverCategory.Threaten).Mode);
        Assert.Equal("conditions", coded.DroppedBy(PloverCategory.Sanction));
    }
}
