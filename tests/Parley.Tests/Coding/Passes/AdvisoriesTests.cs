using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Advice to the speaker's own citizens is a travel advisory, no event.</summary>
public sealed class AdvisoriesTests
{
    [Theory]
    // Current Events and Guardian sentences of the real-text dev set, none of them labelled as an event.
    [InlineData("France strongly advises its citizens to leave the Ivory Coast.", "2003-01-31", PloverCategory.Request)]
    [InlineData("The British government pleads with its citizens to avoid this lethal theatre.", "2018-02-05", PloverCategory.Request)]
    [InlineData("France's Foreign Ministry warns its citizens to take extra security precautions while traveling in Muslim-majority countries as a Muslim backlash against France grows.", "2020-10-27", PloverCategory.Threaten)]
    public void Advice_to_ones_own_citizens_is_no_event(string text, string date, PloverCategory category) =>
        Assert.Equal("advisories", Coded.Of(text, date).DroppedBy(category));

    [Fact]
    public void A_call_on_others_to_take_their_citizens_back_is_a_request()
    {
        // Guardian, 2019 (real-text dev set): "their citizens" is the content of the request, not whom it addresses.
        var request = Coded.Of("The SDF has repeatedly called on its western partners to take their citizens back, stressing it does not have the resources to hold them.", "2019-02-18")
            .Event(PloverCategory.Request);
        Assert.False(Coded.Decided(request, "advisories"));
    }
}
