using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A statement or measure with nobody named at its other end is aimed at the country its words are about.</summary>
public sealed class PlacesConcernedTests
{
    [Fact]
    public void A_demand_to_end_violence_in_Zimbabwe_is_made_of_Zimbabwe()
    {
        // Current Events, 2011 (real-text dev set).
        var demand = Coded.Of("The South African Development Community demands an end to the political violence in Zimbabwe, amid tensions in the unity government.", "2011-04-01")
            .Event(PloverCategory.Request);
        Assert.Equal(["ZWE"], Coded.Codes(demand.Recipient));
    }

    [Fact]
    public void Asylum_requested_in_Mexico_is_requested_of_Mexico()
    {
        // Current Events, 2023 (real-text dev set).
        var request = Coded.Of("Former Ecuadorian vice president Jorge Glas requests asylum in Mexico.", "2023-12-22").Event(PloverCategory.Request);
        Assert.Equal(["ECU"], Coded.Codes(request.Actor));
        Assert.Equal(["MEX"], Coded.Codes(request.Recipient));
    }

    [Fact]
    public void A_resignation_over_an_inquiry_abroad_is_aimed_at_nobody()
    {
        // Current Events, 2025 (real-text dev set): the investigation is in Bangladesh, the resignation is British.
        var resignation = Coded.Of("British Treasury Economic Secretary Tulip Siddiq resigns amid an anti-corruption investigation in Bangladesh involving her family.", "2025-01-14")
            .Event(PloverCategory.Retreat);
        Assert.Empty(resignation.Recipient);
    }
}
