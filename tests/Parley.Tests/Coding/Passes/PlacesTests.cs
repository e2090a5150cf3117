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

    [Fact]
    public void A_place_reached_through_of_phrases_or_a_compass_point_places_the_event()
    {
        var raid = Coded.Of("The police combated militants in the streets of the holy city of Mecca, killing two of the suspects and uncovering a large cache of weapons.", "2003-11-03")
            .Candidate(PloverCategory.Assault);
        Assert.Equal("Mecca", raid.Location?.Place.Name);
        // The attack is the first ASSAULT candidate; "injuring 44 others" is the same attack, merged into it or not coded.
        var bombing = Coded.Of("A suicide bomber attacks a government building in Taji, 15 kilometres north of the capital Baghdad, killing 22 and injuring 44 others.", "2009-01-02")
            .Candidates(PloverCategory.Assault)[0];
        Assert.Equal("Baghdad", bombing.Location?.Place.Name);
    }

    [Fact]
    public void A_body_deciding_with_no_place_named_acts_where_it_sits_not_in_the_state_it_sanctions()
    {
        var vote = Coded.Of("The UN Security Council votes to impose sanctions on four Sudanese citizens involved in the Darfur conflict.", "2006-04-25")
            .Candidate(PloverCategory.Sanction);
        Assert.Equal(("New York City", "USA"), (vote.Location?.Place.Name, vote.Location?.Place.Country));
        Assert.Equal("The UN Security Council", vote.Location?.Text);
        var lifted = Coded.Of("The United Nations Security Council votes on Resolution 1483 to lift its sanctions on Iraq.", "2003-05-22").Candidate(PloverCategory.Retreat);
        Assert.NotEqual("IRQ", lifted.Location?.Place.Country);
    }

    [Fact]
    public void A_possessive_after_in_names_a_party_not_a_place()
    {
        // Guardian, 2018 (real-text dev set): "in Turkey's assault on Afrin" happened in Afrin, not in Turkey.
        var assault = Coded.Of("Arab fighters played a key role in Turkey's assault on the Kurdish enclave of Afrin.", "2018-03-20").Candidate(PloverCategory.Assault);
        Assert.NotEqual("TUR", assault.Location?.Place.Country);
    }

    [Fact]
    public void A_country_named_before_a_noun_says_whose_attack_not_where()
    {
        // Guardian, 2018-07-27 (real-text dev set): the airstrike was American, not in the United States.
        var coded = Coded.Of("The two other members of the group alleged to have been involved in the killings are Mohammed Emwazi, believed killed in a US airstrike in 2015, and Aine Davis, convicted of being a member of a terrorist organisation and jailed for seven and a half years by a court in Silivri, Turkey, in May last year.", "2018-07-27");
        var killing = Assert.Single(coded.Candidates(PloverCategory.Assault), e => e.Match.Trigger.Anchor == "kill");
        Assert.NotEqual("USA", killing.Location?.Place.Country);
        Assert.DoesNotContain("USA", Coded.Codes(killing.Recipient));
    }
}
