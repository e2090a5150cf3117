using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Where an event happened: a place after a locative preposition in its clause.</summary>
public sealed class PlacesTests
{
    [Fact]
    public void Kerry_and_Lavrov_meeting_in_London_took_place_in_London()
    {
        var coded = Coded.Of("United States Secretary of State John Kerry and Russian Foreign Affairs Minister Sergey Lavrov meet in London, United Kingdom, to discuss the current Crimean crisis.", "2014-03-14");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal("London", meeting.Location?.Place.Name);
        Assert.Equal("GBR", meeting.Location?.Place.Country);
    }

    [Fact]
    public void A_place_the_gazetteer_does_not_know_is_placed_by_the_wider_place_after_it()
    {
        var coded = Coded.Of("A car bomb explodes in Tell Abyad, Raqqa Governorate, on the Turkish border.", "2016-01-01");
        var blast = coded.Event(PloverCategory.Assault);
        Assert.Equal("SYR", blast.Location?.Place.Country);
        Assert.Equal(["SYR"], Coded.Codes(blast.Recipient));
    }
}
