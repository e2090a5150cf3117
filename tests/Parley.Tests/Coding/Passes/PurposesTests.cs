using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>An infinitive naming an aim is no event.</summary>
public sealed class PurposesTests
{
    [Fact]
    public void Plans_to_bomb_a_plant_are_not_a_bombing()
    {
        var coded = Coded.Of("Israel is alleged to have contingency plans to bomb an Iranian nuclear power plant if it begins producing weapons grade material.", "2003-08-29");
        Assert.Equal("purposes", coded.DroppedBy(PloverCategory.Assault));
    }

    [Fact]
    public void A_protest_aim_says_whom_the_gathering_is_against()
    {
        // Current Events 2023 and 2022: "to protest" is the aim of the gathering and dropped, but it names the protest's target.
        var chile = Coded.Of("Thousands of people gather in Chile's capital Santiago to protest against Israel's military actions in Gaza.", "2023-10-27")
            .Event(PloverCategory.Protest);
        Assert.Equal("gather", chile.Match.Trigger.Anchor);
        Assert.Equal(["CHL"], Coded.Codes(chile.Actor));
        Assert.Equal(["ISR"], Coded.Codes(chile.Recipient));
        var kharkiv = Coded.Of("Protesters gather in Kharkiv, Ukraine, to protest Russian aggression.", "2022-02-05").Event(PloverCategory.Protest);
        Assert.Equal(["UKR"], Coded.Codes(kharkiv.Actor));
        Assert.Equal(["RUS"], Coded.Codes(kharkiv.Recipient));
        // Current Events (real-text dev set): an aim that denounces ("to protest the U.S. plan", read as a verbal disapproval)
        // names the target too, not the state where the march is.
        var london = Coded.Of("Hundreds of thousands of people marched in London to protest the U.S. plan to invade Iraq.", "2002-09-28").Event(PloverCategory.Protest);
        Assert.Equal(["GBR"], Coded.Codes(london.Actor));
        Assert.Equal(["USA"], Coded.Codes(london.Recipient));
    }

    [Fact]
    public void An_attempt_to_assassinate_is_an_assault_as_PLOVER_counts_it()
    {
        // Guardian; the manual's `targeted` mode includes attempted assassinations.
        var coded = Coded.Of("Isis in-fighting is said to have led to an attempt to assassinate Baghdadi, who is now on the run.", "2019-02-09");
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Assault && e.Reasons.Any(r => r.Pass == "purposes"));
        Assert.Single(coded.Candidates(PloverCategory.Assault));
    }

    [Fact]
    public void What_a_verb_prompts_its_object_to_do_is_no_aim_of_that_object()
    {
        // Current Events 2019: "prompting people to take to the streets" tells what people did, not the aim of "people".
        var coded = Coded.Of("Juan Guaidó, accompanied by members of the Venezuelan armed forces, speaks in front of La Carlota Air Base in Caracas, stating that Leopoldo López, a political prisoner since 2014, is freed by defecting soldiers who have renounced their loyalty to Nicolás Maduro, prompting people to take to the streets.", "2019-04-30");
        Assert.Equal(["VEN"], Coded.Codes(coded.Event(PloverCategory.Protest).Actor));
    }

    [Fact]
    public void What_a_means_is_used_to_do_is_done_by_its_user()
    {
        // Current Events 2008: the United States delivers the aid, with aircraft as its means; no aim of the aircraft.
        var delivery = Coded.Of("President George W Bush has said the United States will use military aircraft and naval forces to deliver aid to Georgia.", "2008-08-13")
            .Candidate(PloverCategory.Aid);
        Assert.Equal(["USA"], Coded.Codes(delivery.Actor));
        Assert.Equal(["GEO"], Coded.Codes(delivery.Recipient));
    }

    [Theory]
    // Current Events, 2003 and 2019 (real-text dev set): the infinitive after "the first/third ... <noun>" is what was done.
    [InlineData("Crean becomes the first Labor leader to resign without having fought an election.", "2003-11-28", PloverCategory.Retreat, null)]
    [InlineData("Trump becomes the third American president to be impeached by the House, after Andrew Johnson and Bill Clinton.", "2019-12-18", PloverCategory.Accuse, "USA")]
    public void What_the_first_or_third_of_a_kind_did_is_done_not_aimed_at(string text, string date, PloverCategory category, string? country)
    {
        var coded = Coded.Of(text, date);
        var act = coded.Candidate(category);
        Assert.False(Coded.Decided(act, "purposes"));
        // (Crean's party is named in the sentences before, which this one alone does not have.)
        if (country is not null) Assert.Contains(country, Coded.Codes(act.Actor).Concat(Coded.Codes(act.Recipient)));
    }
}
