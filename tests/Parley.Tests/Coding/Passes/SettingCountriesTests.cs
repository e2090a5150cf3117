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

    [Theory]
    [InlineData("A suicide bomber kills at least 53 people and injures more than 130 in the Iraqi city of Basra.", "2012-01-14", "IRQ")]
    [InlineData("Gunmen massacre 14 people at a quinceañera celebration in Creel, Chihuahua, Mexico.", "2008-08-17", "MEX")]
    public void Attackers_the_text_does_not_identify_belong_to_no_state_while_their_victims_keep_the_place(string text, string date, string place)
    {
        var attack = Coded.Of(text, date).Event(PloverCategory.Assault);
        Assert.Empty(Coded.Codes(attack.Actor));
        Assert.Equal([place], Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void A_coalition_of_states_is_not_the_state_it_fights_in()
    {
        // Guardian, 2018, a former Raqqa resident: the US-led coalition's jets are not Syria's.
        var attack = Coded.Of("At the time we had this idea, living in Raqqa, getting bombed every five minutes by coalition jets.", "2018-03-10")
            .Event(PloverCategory.Assault);
        Assert.DoesNotContain(attack.Actor.Concat(attack.Recipient), p => p.Text.Contains("coalition") && p.Entity.Country == "SYR");
    }
}
