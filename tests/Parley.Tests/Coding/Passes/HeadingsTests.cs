using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A line with no verb that lists topics, or a title opened by its year, names events and reports none.</summary>
public sealed class HeadingsTests
{
    [Theory]
    // Current Events items of the real-text dev set: the portal's lines of links to the topics of an item.
    [InlineData("2018 Mastung suicide bombing; 2018 Pakistani general election.", "2018-07-13", PloverCategory.Assault)]
    [InlineData("War crimes in the 2022 Russian invasion of Ukraine, Trial of Vadim Shishimarin.", "2022-07-29", PloverCategory.Accuse)]
    [InlineData("2017 clashes at the Turkish Ambassador's Residence in Washington, D.C.", "2017-06-07", PloverCategory.Assault)]
    // ... and titles whose plural the tagger reads as a present tense ("strikes", "protests", "trade").
    [InlineData("2015 Douma market air strikes, Syrian Civil War.", "2015-08-16", PloverCategory.Assault)]
    [InlineData("Indonesia omnibus law protests, Omnibus Law on Job Creation.", "2020-10-13", PloverCategory.Protest)]
    [InlineData("2025 United States trade war with Canada and Mexico, Canada–United States relations.", "2025-03-12", PloverCategory.Cooperate)]
    public void A_list_of_topics_reports_no_event(string text, string date, PloverCategory category)
    {
        var coded = Coded.Of(text, date);
        Assert.Equal("headings", coded.DroppedBy(category));
        Assert.Empty(coded.Kept);
    }

    [Fact]
    public void A_place_and_its_plural_read_as_a_verb_open_a_list_of_titles()
    {
        // Current Events, 2025-01-06 (real-text dev set): "Kherson strikes" is a title, not Kherson striking.
        var coded = Coded.Of("Kherson strikes, Attacks on civilians in the Russian invasion of Ukraine.", "2025-01-06");
        Assert.Empty(coded.Kept);
        var strikes = coded.Dropped.Where(e => e.Category == PloverCategory.Assault).ToList();
        Assert.NotEmpty(strikes);
        Assert.All(strikes, e => Assert.True(Coded.Decided(e, "headings")));
    }

    [Theory]
    // Current Events: a verb with its object, and a place after the comma, make a report, not a list of titles.
    [InlineData("Three people are killed and at least 36 others are injured in a Russian missile strike on apartment buildings in Kryvyi Rih, Dnipropetrovsk Oblast, Ukraine.", "2025-10-05", PloverCategory.Assault)]
    [InlineData("Bandits attack Nigerian forces at a military base in Nahuta, Katsina State, Nigeria.", "2021-05-20", PloverCategory.Assault)]
    public void A_report_ending_with_its_place_is_no_list_of_titles(string text, string date, PloverCategory category)
    {
        var coded = Coded.Of(text, date);
        Assert.Contains(coded.Kept, e => e.Category == category);
    }

    [Fact]
    public void A_sentence_with_a_verb_is_no_heading()
    {
        // Current Events, real-text dev set: a report, with commas, that names its verb.
        var coded = Coded.Of("2,000 soldiers are deployed to Kandahar, Afghanistan's second city, after the attack.", "2008-06-17");
        Assert.DoesNotContain(coded.Dropped, e => Coded.Decided(e, "headings"));
        Assert.NotEmpty(coded.Kept);
    }
}
