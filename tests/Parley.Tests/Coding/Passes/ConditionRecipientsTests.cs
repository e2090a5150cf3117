using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A warning with no one named is aimed at whoever its if-condition is about.</summary>
public sealed class ConditionRecipientsTests
{
    [Fact]
    public void Belarus_threatening_to_take_oil_if_Russia_does_not_supply_it_threatens_Russia()
    {
        var coded = Coded.Of("Belarus threatens to take oil from the Druzhba pipeline which carries Russian oil to central Europe across its territory, if Russia does not supply it with the required volumes of crude oil.", "2020-02-14");
        var threat = coded.Event(PloverCategory.Threaten);
        Assert.Equal(["BLR"], Coded.Codes(threat.Actor));
        Assert.Equal(["RUS"], Coded.Codes(threat.Recipient));
        Assert.True(Coded.Decided(threat, "condition-recipients"));
    }
}
