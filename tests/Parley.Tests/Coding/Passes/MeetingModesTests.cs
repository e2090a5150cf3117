using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>The mode of a meeting from where it was held.</summary>
public sealed class MeetingModesTests
{
    [Fact]
    public void A_meeting_in_a_third_country_is_third_party()
    {
        var coded = Coded.Of("United States Secretary of State John Kerry and Russian Foreign Affairs Minister Sergey Lavrov meet in London, United Kingdom, to discuss the current Crimean crisis.", "2014-03-14");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal(PloverMode.ThirdParty, meeting.Mode);
        Assert.Equal("044", meeting.Cameo.Value);
        Assert.Equal(["RUS", "USA"], Coded.Codes(meeting.Actor).Order());
    }

    [Fact]
    public void Meeting_an_ambassador_in_ones_own_capital_is_hosting_a_visit()
    {
        var coded = Coded.Of("In another sign that relations may improve marginally, Chinese Foreign Minister Chen Gang this week met US Ambassador Nicholas Burns in Beijing.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal(PloverMode.Visit, meeting.Mode);
        Assert.Equal(["CHN"], Coded.Codes(meeting.Recipient));
    }
}
