using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Workers who strike stop work in protest; a strike on something is an attack.</summary>
public sealed class LabourStrikesTests
{
    [Theory]
    // Current Events items (real-text dev set and the Current Events file).
    [InlineData("Iranian truck owners and drivers start striking in seven provinces to protest poor working conditions.", "2018-05-23")]
    [InlineData("Tens of thousands of workers strike in protest against government plans to raise the retirement age in France.", "2010-05-27")]
    public void Workers_striking_stop_work_in_protest(string text, string date)
    {
        var coded = Coded.Of(text, date);
        var strike = Assert.Single(coded.Kept, e => e.Match.Trigger.Anchor == "strike");
        Assert.Equal((PloverCategory.Protest, PloverMode.Strike), (strike.Category, strike.Mode));
        Assert.True(Coded.Decided(strike, "labour-strikes"));
    }

    [Theory]
    [InlineData("Israeli jets strike again in Gaza.", "2018-05-22")]
    [InlineData("Gunmen strike a police station in the capital.", "2018-05-22")]
    public void Jets_and_gunmen_striking_attack(string text, string date) =>
        Assert.Contains(Coded.Of(text, date).Kept, e => e.Match.Trigger.Anchor == "strike" && e.Category == PloverCategory.Assault);
}
