namespace Parley.Sources.Tests;

/// <summary>
/// An article read from a web page, a feed, a WARC file or an archive gives the same text, and so
/// the same events from the real pipeline, as the same article given as JSON lines.
/// </summary>
public class SameEventsTests
{
    public static TheoryData<string, int> Sources => new()
    {
        { "pages", 4 },
        { "feeds/guardian-world.rss", 4 },
        { "feeds/guardian-world.json", 4 },
        { "warc/guardian.warc", 4 },
        { "warc/guardian.warc.gz", 4 },
        { "archives/guardian.zip", 6 },
        { "archives/guardian.tar.gz", 4 },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_document_has_the_text_of_its_JSON_lines_article(string source, int count)
    {
        var results = Fixtures.Read(source);
        Assert.Empty(results.Problems());
        var documents = results.Documents();
        Assert.Equal(count, documents.Count);
        foreach (var document in documents)
        {
            var reference = Fixtures.Reference(document);
            Assert.Equal(reference.Text, Fixtures.Flatten(document.Text));
            // Every source gives the address, but for the page that names none of its own.
            if (document.Url is not null || !document.Id.Contains("turkish-court")) Assert.Equal(reference.Url, document.Url);
            Assert.Equal(reference.Date, document.Date);
            Assert.Equal(reference.Title, document.Title);
            Assert.Equal("en", document.Language);
        }
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("feeds/guardian-world.rss")]
    [InlineData("warc/guardian.warc.gz")]
    [InlineData("archives/guardian.tar.gz")]
    public void The_pipeline_codes_the_same_events_as_from_JSON_lines(string source)
    {
        foreach (var document in Fixtures.Read(source).Documents())
        {
            var expected = Fixtures.Events(Fixtures.Reference(document));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Fixtures.Events(document));
        }
    }

    [Fact]
    public void Paragraphs_come_out_as_lines_so_that_sentences_never_run_together()
    {
        var page = Fixtures.Read("pages").Documents().First();
        var lines = page.Text.Split('\n');
        Assert.True(lines.Length >= 5, $"expected paragraphs as lines, got {lines.Length}");
        Assert.All(lines, line => Assert.Matches("[.?!”’\"]$", line));
    }
}
