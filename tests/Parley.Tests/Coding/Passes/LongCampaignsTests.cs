using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A campaign told in the perfect as lasting years is background, not an act.</summary>
public sealed class LongCampaignsTests
{
    [Theory]
    // Guardian, 2018 (real-text dev set): who the PKK is, in the background of the news.
    [InlineData("Syrian Kurdish militants are closely linked to the PKK, which has fought a four-decade insurgency against the Turkish state.")]
    [InlineData("Ankara says the militia is the Syrian arm of a terror group that has fought a decades-long insurgency inside Turkey.")]
    public void A_campaign_of_decades_in_the_perfect_is_background(string text)
    {
        var coded = Coded.Of(text, "2018-01-22");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal("long-campaigns", coded.DroppedBy(PloverCategory.Assault));
    }

    [Fact]
    public void A_war_of_years_being_fought_is_an_event()
    {
        // Guardian, 2018 (real-text dev set): the war goes on as the news reports it.
        var war = Coded.Of("Saudi Arabia and its adversaries in Yemen’s armed Houthi movement are fighting a three-year war that has unleashed one of the world’s worst humanitarian crises.", "2018-03-20")
            .Candidates(PloverCategory.Assault);
        Assert.NotEmpty(war);
        Assert.All(war, e => Assert.False(Coded.Decided(e, "long-campaigns")));
    }
}
