using Parley.Model;

namespace Parley.Tests.Knowledge;

/// <summary>Where and when events happened, as a user reads them in the output.</summary>
public class SettingTests
{
    static PloverEvent Only(string text, PloverCategory category, string date = "2023-05-12") =>
        Assert.Single(Shared.Code(text, date), e => e.Category == category);

    [Theory]
    [InlineData("Turkish troops attacked Kurdish fighters in north-eastern Syria on Monday.", "SYR")]
    [InlineData("The US military shot down a Chinese balloon off the coast of South Carolina.", "USA")]
    [InlineData("Xi Jinping met Barack Obama on the sidelines of the G20 summit in Hangzhou.", "CHN")]
    [InlineData("Sergei Lavrov held talks with his Turkish counterpart in Antalya.", "TUR")]
    public void Location_comes_from_the_place_phrase(string text, string country) =>
        Assert.Equal(country, Shared.Code(text).First(e => e.Location is not null).Location!.Place.Country);

    [Theory]
    [InlineData("Japan and South Korea held talks on Thursday.", "2023-05-11", DatePrecision.Day)]
    [InlineData("Japan and South Korea held talks in early February.", "2023-02-01", DatePrecision.Month)]
    [InlineData("Japan and South Korea held talks last month.", "2023-04-01", DatePrecision.Month)]
    [InlineData("Japan and South Korea held talks in November 2022.", "2022-11-01", DatePrecision.Month)]
    [InlineData("Japan and South Korea held talks two days ago.", "2023-05-10", DatePrecision.Day)]
    public void Relative_dates_resolve_against_publication(string text, string expected, DatePrecision precision)
    {
        var e = Only(text, PloverCategory.Consult);
        Assert.Equal(DateOnly.Parse(expected), e.Date!.Value.Date);
        Assert.Equal(precision, e.Date.Value.Precision);
    }

    [Fact]
    public void Events_long_before_publication_are_historical()
    {
        var e = Only("Japan and South Korea held talks in 2018.", PloverCategory.Consult);
        Assert.Equal(EventStatus.Historical, e.Status);
    }

    [Fact]
    public void Meeting_plans_are_future_and_resolve_forward()
    {
        var e = Only("Japan and South Korea will hold talks in June.", PloverCategory.Consult);
        Assert.Equal(EventStatus.Future, e.Status);
        Assert.Equal(new DateOnly(2023, 6, 1), e.Date!.Value.Date);
    }

    [Fact]
    public void A_former_official_codes_as_what_they_were()
    {
        var e = Only("Mike Pompeo criticised Iran on Tuesday.", PloverCategory.Accuse, "2023-05-12");
        Assert.Equal("USA", e.Actor[0].Entity.Country);
        Assert.Equal(Sector.ELI, e.Actor[0].Entity.Sector);
    }

    [Fact]
    public void Pronouns_and_the_two_sides_refer_back()
    {
        var events = Shared.Code("Antony Blinken and Wang Yi met in Munich. The two sides agreed to keep talking. He later criticised Russia.");
        var agree = Assert.Single(events, e => e.Category == PloverCategory.Agree);
        Assert.Equal(["CHN", "USA"], agree.Actor.Select(a => a.Entity.Country!).Order());
        var accuse = Assert.Single(events, e => e.Category == PloverCategory.Accuse);
        Assert.NotEmpty(accuse.Actor);
    }

    [Fact]
    public void Police_is_an_agent_not_the_Polish_town_of_that_name()
    {
        var coded = Parley.Tests.Coding.Passes.Coded.Of("Police fired tear gas at protesters in Nairobi.", "2024-06-25").Candidate(PloverCategory.Assault);
        Assert.Equal(["KEN"], Parley.Tests.Coding.Passes.Coded.Codes(coded.Actor));
    }
}
