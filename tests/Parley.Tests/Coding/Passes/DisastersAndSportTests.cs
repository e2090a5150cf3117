using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Accidents, disasters and sport are not political violence.</summary>
public sealed class DisastersAndSportTests
{
    [Theory]
    [InlineData("A Turkish Air Force Eurocopter AS532 Cougar helicopter crashes in Şırnak Province after hitting an electricity line, killing all 13 soldiers on board.", "2017-05-31")]
    [InlineData("At least 14 Indian Army soldiers and four civilians are killed in a series of avalanches near the Line of Control in Jammu and Kashmir.", "2017-01-26")]
    public void Soldiers_killed_in_a_crash_or_an_avalanche_are_no_assault(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.Reasons[e.Reasons.Count - 1].Pass == "disasters-and-sport");
    }
}
