using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A place attacked or seized stands for its state.</summary>
public sealed class PlacesActedOnTests
{
    [Fact]
    public void Rockets_hitting_Haifa_hit_Israel()
    {
        var coded = Coded.Of("Around 105 Hezbollah rockets hit the northern Israeli city of Haifa in the heaviest barrage fired at the city since the start of the war.", "2024-10-08");
        var attack = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains("ISR", Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void Airstrikes_hitting_the_suburbs_of_Beirut_hit_Lebanon()
    {
        // Current Events, 2006 (real-text dev set): the attack, the subject of a verb of impact, strikes the verb's object.
        var attack = Coded.Of("Israeli airstrikes hit the southern suburbs of Beirut near the airport.", "2006-07-19").Event(PloverCategory.Assault);
        Assert.Equal(["ISR"], Coded.Codes(attack.Actor));
        Assert.Equal(["LBN"], Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void Missile_strikes_hitting_Kharkiv_are_Russia_attacking_Ukraine()
    {
        // Current Events, 2022 (the file beyond the labelled sets): the weapon that strikes names the one who fires it.
        var attack = Coded.Of("Russian missile strikes hit Kharkiv, killing one person.", "2022-04-16").Event(PloverCategory.Assault);
        Assert.Equal(["RUS"], Coded.Codes(attack.Actor));
        Assert.Equal(["UKR"], Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void Rebels_taking_control_of_Daraa_seize_Syrian_ground()
    {
        var coded = Coded.Of("Rebels take full control of the city of Daraa after agreeing to allow Ba'ath Party officials to leave the city with safe passage to Damascus, and also take full control of the mainly Druze city of Suwayda.", "2024-12-06");
        var seizure = coded.Kept.First(e => e.Category == PloverCategory.Coerce);
        Assert.Equal(PloverMode.Seize, seizure.Mode);
        Assert.Contains("SYR", Coded.Codes(seizure.Recipient));
    }

    [Fact]
    public void Ground_taken_from_an_armed_group_of_no_state_is_taken_from_that_group()
    {
        // Current Events, 2018 (real-text dev set): Hajin is in Syria, but it was held by Isis.
        var seizure = Coded.Of("The Kurdish-led Syrian Democratic Forces seize control of Hajin, the last major town held by ISIL in Syria, according to the Syrian Observatory for Human Rights.", "2018-12-14")
            .Event(PloverCategory.Coerce);
        Assert.Equal(["SDF"], Coded.Codes(seizure.Actor));
        Assert.Equal(["ISIS"], Coded.Codes(seizure.Recipient));
    }

    [Fact]
    public void An_island_named_Island_is_not_Iceland()
    {
        // Current Events, 2017 (real-text dev set): "Island" was an alias of Iceland, so the people held on Manus Island were held in Iceland.
        var coded = Coded.Of("Australia agrees to pay AUS$70 million in compensation to 1,905 people who have been detained on Manus Island since 2012, so avoiding a public trial against the government.", "2017-06-14");
        Assert.NotEmpty(coded.Kept);
        Assert.DoesNotContain(coded.Kept, e => Coded.Codes(e.Actor).Concat(Coded.Codes(e.Recipient)).Contains("ISL"));
    }

    [Theory]
    // Current Events items: a place visited stands for its state, the host, and is where the visit happens.
    [InlineData("Unrest in Uzbekistan: 36 foreign diplomats visit Andijan in a government-sponsored trip and under heavy guard.", "2005-05-18", "UZB")]
    [InlineData("The Palestinian Authority says an Egyptian delegation presently visiting Gaza City has asked Hamas to call off the Great March of Return.", "2018-04-14", "PSE")]
    public void A_place_visited_is_the_host_and_the_setting(string text, string date, string host)
    {
        var visit = Coded.Of(text, date).Candidates(PloverCategory.Consult).First(e => e.Mode == PloverMode.Visit);
        Assert.Equal([host], Coded.Codes(visit.Recipient));
        Assert.Equal(host, visit.Location?.Place.Country);
    }

    // Current Events (real-text dev set, labelled SYR -> SDF): ground taken after fighting someone is taken from them, not
    // from the state it lies in.
    [Fact]
    public void Ground_taken_after_fighting_a_group_is_taken_from_it()
    {
        var capture = Coded.Of("The Syrian Army captures the Ashrafieh neighbourhood of Aleppo after three days of fighting with the Syrian Democratic Forces.", "2026-01-08")
                           .Event(PloverCategory.Assault);
        Assert.Equal(["SDF"], Coded.Codes(capture.Recipient));
    }
}
