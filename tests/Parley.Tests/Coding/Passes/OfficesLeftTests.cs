using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A resignation's actor of no known state is the state's whose office it leaves.</summary>
public sealed class OfficesLeftTests
{
    // Current Events (real-text dev set).
    [Theory]
    [InlineData("Steven Chu steps down as United States Secretary of Energy.", "2013-02-01", "USA")]
    [InlineData("Vice Admiral Kay-Achim Schönbach resigns as Inspector of the German Navy following comments at a think tank in New Delhi.", "2022-01-22", "DEU")]
    [InlineData("Nur Bekri resigns as the Chairman of the Xinjiang Uyghur Autonomous Region of China to become the Director of the National Energy Administration.", "2014-12-31", "CHN")]
    public void The_office_left_says_whose_the_actor_is(string text, string date, string country)
    {
        var resignation = Coded.Of(text, date).Candidate(PloverCategory.Retreat);
        Assert.Equal([country], Coded.Codes(resignation.Actor));
        Assert.True(Coded.Decided(resignation, "offices-left"));
    }
}
