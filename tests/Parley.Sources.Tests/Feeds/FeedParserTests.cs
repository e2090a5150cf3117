using System.Text;

namespace Parley.Sources.Tests.Feeds;

public class FeedParserTests
{
    static List<ReadResult> Feed(string xml, string name = "feed.xml") => Fixtures.Read(Encoding.UTF8.GetBytes(xml), name);

    static string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>World news</title><link>https://example.org/world</link><description>d</description>
        {items}
        </channel></rss>
        """;

    [Fact]
    public void RSS_dates_with_wrong_day_names_odd_zones_or_only_dc_date_are_all_read()
    {
        // The fixture's four items carry a right RFC 822 date, a wrong day name, AEST, and dc:date only.
        var documents = Fixtures.Read("feeds/guardian-world.rss").Documents();
        Assert.Equal(Fixtures.Jsonl.Select(a => a.Date), documents.Select(d => d.Date));
    }

    [Fact]
    public void Content_encoded_is_preferred_to_the_summary()
    {
        var documents = Fixtures.Read("feeds/guardian-world.rss").Documents();
        Assert.All(documents, d => Assert.DoesNotContain("Continue reading", d.Text));
        Assert.All(documents, d => Assert.Equal(Fixtures.Reference(d).Text, Fixtures.Flatten(d.Text)));
        Assert.All(documents, d => Assert.Equal("World news | The Guardian", d.Source));
    }

    [Fact]
    public void Atom_xhtml_and_html_content_keep_their_paragraphs_and_a_summary_only_entry_gives_its_summary()
    {
        var documents = Fixtures.Read("feeds/guardian-world.atom").Documents();
        Assert.Equal(4, documents.Count);
        Assert.Equal(Fixtures.Jsonl[0].Text, Fixtures.Flatten(documents[0].Text));
        Assert.True(documents[0].Text.Split('\n').Length > 3);
        Assert.Equal(Fixtures.Jsonl[1].Text, Fixtures.Flatten(documents[1].Text));
        Assert.StartsWith("A Turkish court has rejected", documents[2].Text);
        Assert.True(documents[2].Text.Length < Fixtures.Jsonl[2].Text.Length / 2);
        Assert.Equal(Fixtures.Jsonl[3].Text, Fixtures.Flatten(documents[3].Text));
    }

    [Fact]
    public void A_watcher_is_told_which_items_came_with_their_summary_only()
    {
        var entries = Parley.Sources.Feeds.FeedParser.Entries(Fixtures.Bytes("feeds/guardian-world.atom"), SourceLocation.Named("world.atom"), new Uri("https://www.theguardian.com/world/atom.xml"));
        Assert.Equal([true, true, false, true], entries.Select(e => e.FullText));
    }

    [Fact]
    public void Atom_falls_back_on_updated_when_an_entry_has_no_published_date()
    {
        var documents = Fixtures.Read("feeds/guardian-world.atom").Documents();
        Assert.Equal(Fixtures.Jsonl.Select(a => a.Date), documents.Select(d => d.Date));
    }

    [Fact]
    public void JSON_Feed_1_1_items_become_documents_with_their_metadata()
    {
        var documents = Fixtures.Read("feeds/guardian-world.json").Documents();
        Assert.Equal(Fixtures.Jsonl.Select(a => (a.Url, a.Title, a.Date)), documents.Select(d => (d.Url, d.Title, d.Date)));
    }

    [Fact]
    public void Invalid_XML_is_a_problem_with_its_position()
    {
        var results = Feed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken & unescaped</title><item><title>One</title></item>");
        var problem = Assert.Single(results.Problems());
        Assert.Equal("feed.xml", problem.File);
        Assert.Matches("not a valid feed \\(XML error at line 2, position \\d+", problem.Message);
    }

    [Fact]
    public void HTML_entities_that_XML_does_not_know_are_repaired()
    {
        var results = Feed(Rss("<item><title>Caf&eacute; talks</title><link>https://example.org/1</link><description>Ministers met in a caf&eacute;&nbsp;in Vienna on Friday to resume the talks.</description></item>"));
        var document = Assert.Single(results.Documents());
        Assert.Equal("Café talks", document.Title);
        Assert.Equal("Ministers met in a café in Vienna on Friday to resume the talks.", document.Text);
    }

    [Fact]
    public void An_item_without_text_is_a_problem_naming_the_item_and_the_others_come_through()
    {
        var results = Feed(Rss("""
            <item><title>First</title><link>https://example.org/1</link><description>The first item has a summary of its own.</description></item>
            <item><title>Photo of the day</title><link>https://example.org/2</link></item>
            <item><title>Third</title><link>https://example.org/3</link><description>The third item has a summary too.</description></item>
            """));
        Assert.Equal(["https://example.org/1", "https://example.org/3"], results.Documents().Select(d => d.Id));
        var problem = Assert.Single(results.Problems());
        Assert.Equal("feed.xml: item 2", problem.File);
        Assert.Contains("no text", problem.Message);
    }

    [Fact]
    public void An_unparseable_date_is_reported_and_the_item_kept_without_a_date()
    {
        var results = Feed(Rss("<item><title>T</title><link>https://example.org/1</link><description>Text of the item.</description><pubDate>yesterday afternoon</pubDate></item>"));
        Assert.Contains("unparseable date 'yesterday afternoon'", Assert.Single(results.Problems()).Message);
        Assert.Null(Assert.Single(results.Documents()).Date);
    }

    [Fact]
    public void RSS_0_91_with_a_doctype_and_RSS_1_0_are_read()
    {
        var old = Feed("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><link>https://example.org</link><description>d</description>
            <item><title>Talks</title><link>https://example.org/o1</link><description>Summary of the talks in Vienna.</description></item>
            </channel></rss>
            """);
        Assert.Equal("Summary of the talks in Vienna.", Assert.Single(old.Documents()).Text);
        var rdf = Feed("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://example.org"><title>RDF</title><link>https://example.org</link><description>d</description></channel>
            <item rdf:about="https://example.org/r1"><title>Item</title><link>https://example.org/r1</link><description>An RSS 1.0 summary.</description><dc:date>2019-04-10T14:03:00Z</dc:date></item>
            </rdf:RDF>
            """, "feed.rdf");
        var item = Assert.Single(rdf.Documents());
        Assert.Equal(new DateOnly(2019, 4, 10), item.Date);
    }

    [Fact]
    public void A_feed_in_ISO_8859_1_is_decoded_by_its_declaration()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Caf\u00e9</title><link>https://example.org/1</link><description>Le caf\u00e9 est ferm\u00e9 depuis lundi.</description></item></channel></rss>");
        var document = Assert.Single(Fixtures.Read(bytes, "feed.xml").Documents());
        Assert.Equal("Café", document.Title);
        Assert.Equal("Le café est fermé depuis lundi.", document.Text);
    }
}
