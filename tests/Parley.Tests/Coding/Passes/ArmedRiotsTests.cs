using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Arson, vandalism and storming by armed actors are violence, not a riot; a protest done on oneself stays one.</summary>
public sealed class ArmedRiotsTests
{
    [Theory]
    // Guardian 2018 (real-text dev set) and Current Events 2023 and 2012.
    [InlineData("Daesh had set fire to the building and were trying to smoke us out.", "2018-03-04", "ISIS")]
    [InlineData("Allied Democratic Forces insurgents kill 23 people at a bar in North Kivu, Democratic Republic of the Congo. The jihadists also torched several homes and shops in the village during the attack.", "2023-01-23", "ADF")]
    [InlineData("Militiamen storm the US consulate in Benghazi.", "2012-09-11", "LBY")]
    public void What_armed_actors_burn_or_storm_they_attack(string text, string date, string actor)
    {
        var coded = Coded.Of(text, date);
        var attack = Assert.Single(coded.Kept, e => Coded.Decided(e, "armed-riots"));
        Assert.Equal((PloverCategory.Assault, PloverMode.Primitive, "1712"), (attack.Category, attack.Mode, attack.Cameo.Value));
        Assert.Equal([actor], Coded.Codes(attack.Actor));
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Protest);
    }

    [Fact]
    public void A_serviceman_setting_himself_on_fire_protests()
    {
        // Current Events 2024.
        var coded = Coded.Of("An active-duty United States Air Force member sets himself on fire outside the Israeli embassy in Washington, D.C. as a form of protest against the war.", "2024-02-25");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Protest && e.Match.Trigger.Anchor == "set");
        Assert.DoesNotContain(coded.Kept, e => Coded.Decided(e, "armed-riots"));
    }
}
