using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Groups named without a state belong to the state where the event happens.</summary>
public sealed class SettingCountriesTests
{
    [Fact]
    public void Opposition_protesters_in_Caracas_are_Venezuelan()
    {
        var coded = Coded.Of("Opposition protesters blockaded highways in and around the Venezuelan capital of Caracas, angered by President Hugo Chávez's resolve to hang on to power, called for an escalation in its campaign to remove him.", "2002-12-16");
        Assert.Equal(["VEN"], Coded.Codes(coded.Event(PloverCategory.Protest).Actor));
    }
}
