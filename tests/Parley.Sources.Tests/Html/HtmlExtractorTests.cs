using System.Text;
using Parley.Sources.Html;

namespace Parley.Sources.Tests.Html;

public class HtmlExtractorTests
{
    static Model.Article Page(string slug) => Fixtures.Read($"pages/{slug}.html").Documents().Single();

    [Fact]
    public void Open_Graph_gives_title_date_canonical_url_and_site()
    {
        var page = Page("iraq-president-barham-salih-trump-troops-watch-iran");
        Assert.Equal("Iraq’s president says Trump did not ask permission for US troops to ‘watch Iran’", page.Title);
        Assert.Equal(new DateOnly(2019, 2, 4), page.Date);
        Assert.Equal("https://www.theguardian.com/world/2019/feb/04/iraq-president-barham-salih-trump-troops-watch-iran", page.Url);
        Assert.Equal(page.Url, page.Id);
        Assert.Equal("the Guardian", page.Source);
    }

    [Fact]
    public void JSON_LD_gives_headline_date_and_publisher()
    {
        var page = Page("turkey-determined-to-cross-euphrates-into-kurdish-held-syria");
        Assert.Equal("Turkey ‘determined’ to cross Euphrates into Kurdish-held Syria", page.Title);
        Assert.Equal(new DateOnly(2018, 12, 25), page.Date);
        Assert.Equal("https://www.theguardian.com/world/2018/dec/25/turkey-determined-to-cross-euphrates-into-kurdish-held-syria", page.Url);
        Assert.Equal("The Guardian", page.Source);
    }

    [Fact]
    public void A_time_element_gives_the_date_as_the_publisher_wrote_it_and_the_file_name_the_id()
    {
        // 09:12 in Sydney (+10:00) is still the 18th in UTC: the page's own day is kept.
        var page = Page("turkish-court-rejects-australia-extradition-request-neil-prakash");
        Assert.Equal(new DateOnly(2018, 7, 19), page.Date);
        Assert.Null(page.Url);
        Assert.Equal("turkish-court-rejects-australia-extradition-request-neil-prakash", page.Id);
        Assert.StartsWith("Turkish court rejects Australia’s extradition request", page.Title);
    }

    [Fact]
    public void Meta_date_and_twitter_title_are_read_when_nothing_better_is_there()
    {
        var page = Page("trump-erdogan-phone-call-opposing-accounts-afrin");
        Assert.Equal(new DateOnly(2018, 1, 25), page.Date);
        Assert.Equal("US and Turkey give opposing accounts of Trump–Erdoğan phone call", page.Title);
        Assert.Equal("www.theguardian.com", page.Source);
    }

    [Fact]
    public void Site_furniture_is_left_out_of_the_text()
    {
        foreach (var page in Fixtures.Read("pages").Documents())
        {
            Assert.DoesNotContain("cookies", page.Text);
            Assert.DoesNotContain("Sign up", page.Text);
            Assert.DoesNotContain("Most viewed", page.Text);
            Assert.DoesNotContain("Related stories", page.Text);
            Assert.DoesNotContain("All rights reserved", page.Text);
            Assert.DoesNotContain("Share on Facebook", page.Text);
        }
    }

    [Fact]
    public void A_windows_1252_page_is_decoded_with_its_curly_quotes_and_character_references()
    {
        var page = Page("turkish-court-rejects-australia-extradition-request-neil-prakash");
        Assert.Contains("Australia’s request", page.Text);
        Assert.DoesNotContain('\uFFFD', page.Text);
    }

    [Fact]
    public void A_page_with_no_main_text_is_a_problem_naming_it()
    {
        const string index = "<html><head><title>World news</title></head><body><nav><a href='/a'>Syria</a> <a href='/b'>Iraq</a></nav><ul><li><a href='/1'>Live: latest</a></li><li><a href='/2'>Photos</a></li></ul><footer>© Guardian</footer></body></html>";
        var results = Fixtures.Read(Encoding.UTF8.GetBytes(index), "world.html");
        var problem = Assert.Single(results.Problems());
        Assert.Equal("world.html", problem.File);
        Assert.Contains("no main text", problem.Message);
        Assert.Empty(results.Documents());
    }

    [Fact]
    public void A_page_declared_UTF_8_but_written_in_Latin_1_is_decoded_and_reported()
    {
        var html = Encoding.UTF8.GetString(Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html"));
        var latin = Encoding.GetEncoding("windows-1252", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(html.Replace("’", "'").Replace("‘", "'").Replace("“", "\"").Replace("”", "\"").Replace("Barham Salih", "Barham Sálih"));
        var results = Fixtures.Read(latin, "salih.html");
        var warning = Assert.Single(results.Problems());
        Assert.Contains("declares utf-8 but is not valid UTF-8; decoded as windows-1252", warning.Message);
        var page = Assert.Single(results.Documents());
        Assert.Contains("Barham Sálih", page.Text);
        Assert.DoesNotContain('\uFFFD', page.Text);
    }

    [Fact]
    public void A_page_declared_Latin_1_but_written_in_UTF_8_is_read_as_UTF_8_and_reported()
    {
        var html = Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html");
        var mislabelled = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(html).Replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">"));
        var results = Fixtures.Read(mislabelled, "salih.html");
        Assert.Contains("declares iso-8859-1 but is UTF-8", Assert.Single(results.Problems()).Message);
        Assert.Contains("Iraq’s president", Assert.Single(results.Documents()).Text);
    }

    [Fact]
    public void An_HTTP_charset_outranks_the_page_and_the_URL_gives_the_id_when_the_page_names_none()
    {
        var bytes = Fixtures.Bytes("pages/turkish-court-rejects-australia-extradition-request-neil-prakash.html");
        var url = new Uri("https://example.org/prakash");
        var results = HtmlExtractor.Shared.Extract(bytes, SourceLocation.Named("response"), url, "text/html; charset=windows-1252");
        var page = Assert.Single(results).Article!;
        Assert.Equal("https://example.org/prakash", page.Id);
        Assert.Equal("example.org", page.Source);
        Assert.Contains("Australia’s request", page.Text);
    }

    [Fact]
    public void Text_of_a_fragment_keeps_paragraphs_and_drops_scripts()
    {
        var text = HtmlText.FromFragment("<p>One  sentence\nwrapped.</p><script>var x = 1;</script><p>Two &amp; three.<br>Four.</p>");
        Assert.Equal("One sentence wrapped.\nTwo & three.\nFour.", text);
    }
}
