using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Weapons fired in a test are a show of force aimed at no one, not an attack.</summary>
public sealed class WeaponTestsTests
{
    [Fact]
    public void A_missile_test_fired_is_a_show_of_force_by_the_state_that_fired_it()
    {
        // Current Events, 2015 (real-text dev set): "test" was read as the verb, and the firing an attack on North Korea.
        var coded = Coded.Of("North Korea claims to have successfully test fired a ballistic missile from a submarine.", "2015-05-09");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        var test = coded.Event(PloverCategory.Mobilize);
        Assert.Equal(PloverMode.Weapons, test.Mode);
        Assert.Equal(["PRK"], Coded.Codes(test.Actor));
        Assert.Empty(test.Recipient);
    }

    [Fact]
    public void A_hyphenated_test_verb_is_a_verb()
    {
        // Current Events, 2008 (real-text dev set).
        var test = Coded.Of("Iran test-fires nine long- and medium-range missiles.", "2008-07-09").Event(PloverCategory.Mobilize);
        Assert.Equal(["IRN"], Coded.Codes(test.Actor));
    }

    [Fact]
    public void Missiles_fired_into_the_Sea_of_Japan_are_not_aimed_at_Japan()
    {
        // Current Events, 2016 (real-text dev set).
        var test = Coded.Of("North Korea fired three ballistic missiles into the Sea of Japan.", "2016-09-05").Event(PloverCategory.Mobilize);
        Assert.Equal(["PRK"], Coded.Codes(test.Actor));
        Assert.Empty(test.Recipient);
    }

    [Fact]
    public void The_states_whose_officials_report_a_launch_are_not_its_target()
    {
        // Current Events, 2016 (real-text dev set).
        var launch = Coded.Of("North Korea launches a missile from a submarine off the port city of Sinpo in the Sea of Japan, according to U.S. and South Korean officials.", "2016-08-24")
            .Event(PloverCategory.Mobilize);
        Assert.Empty(launch.Recipient);
    }
}
