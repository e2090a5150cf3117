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
    public void A_list_of_topics_reports_no_event(string text, string date, PloverCategory category)
    {
        var coded = Coded.Of(text, date);
        Assert.Equal("headings", coded.DroppedBy(category));
        Assert.Empty(coded.Kept);
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
