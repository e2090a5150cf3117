using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A protest named as against a state is aimed at that state and held by the people where it happens.</summary>
public sealed class AntiTargetsTests
{
    [Fact]
    public void Anti_Chinese_protests_in_Vietnam_are_Vietnamese_protests_against_China()
    {
        // Current Events, 2014 (real-text dev set): was coded as China protesting against China.
        var protest = Coded.Of("Anti-Chinese protests in southern Vietnam about the People's Republic of China deploying an oil rig in a disputed section of the South China Sea degenerate into the burning of up to 15 foreign-owned factories.", "2014-05-14")
            .Event(PloverCategory.Protest);
        Assert.Equal(["VNM"], Coded.Codes(protest.Actor));
        Assert.Equal(["CHN"], Coded.Codes(protest.Recipient));
    }

    [Fact]
    public void An_anti_American_protest_staged_by_Iraqis_is_aimed_at_the_United_States()
    {
        // Current Events, 2005 (real-text dev set).
        var protest = Coded.Of("Tens of thousands of Iraqis have staged an anti-American protest in Firdus Square, where Saddam Hussein's statue was toppled on April 9 2003.", "2005-04-09")
            .Kept.First(e => e.Category == PloverCategory.Protest);
        Assert.Equal(["IRQ"], Coded.Codes(protest.Actor));
        Assert.Equal(["USA"], Coded.Codes(protest.Recipient));
    }
}
