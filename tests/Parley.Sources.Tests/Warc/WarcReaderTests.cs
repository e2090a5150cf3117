using System.IO.Compression;
using System.Text;

namespace Parley.Sources.Tests.Warc;

public class WarcReaderTests
{
    static readonly string[] Urls = Fixtures.Jsonl.Select(a => a.Url!).ToArray();

    [Fact]
    public void Only_HTML_responses_become_documents_with_the_target_URI_as_url()
    {
        // The fixture also holds warcinfo, request and metadata records, robots.txt and a 301 redirect.
        var results = Fixtures.Read("warc/guardian.warc");
        Assert.Empty(results.Problems());
        Assert.Equal(Urls, results.Documents().Select(d => d.Url));
    }

    [Fact]
    public void The_WARC_date_is_the_date_of_a_page_that_gives_none()
    {
        var warc = WarcBuilder.Response("https://example.org/talks", WarcBuilder.UndatedPage("Talks resume in Vienna"), "2023-05-12T08:00:00Z");
        var page = Assert.Single(Fixtures.Read(warc, "crawl.warc").Documents());
        Assert.Equal(new DateOnly(2023, 5, 12), page.Date);
        Assert.Equal("https://example.org/talks", page.Id);
    }

    [Fact]
    public void A_truncated_record_is_a_problem_naming_it_after_the_documents_before_it()
    {
        var bytes = Fixtures.Bytes("warc/guardian.warc");
        var cut = bytes.AsSpan().LastIndexOf("</article>"u8);
        var results = Fixtures.Read(bytes[..cut], "guardian.warc");
        Assert.Equal(Urls[..3], results.Documents().Select(d => d.Url));
        var problem = Assert.Single(results.Problems());
        Assert.Equal($"guardian.warc: record 12 ({Urls[3]})", problem.File);
        Assert.StartsWith("truncated:", problem.Message);
    }

    [Fact]
    public void A_truncated_warc_gz_is_a_problem_after_the_documents_before_the_damage()
    {
        var bytes = Fixtures.Bytes("warc/guardian.warc.gz");
        var results = Fixtures.Read(bytes[..(bytes.Length - 3000)], "guardian.warc.gz");
        Assert.Equal(Urls[..3], results.Documents().Select(d => d.Url));
        var problem = Assert.Single(results.Problems());
        Assert.Equal($"guardian.warc.gz: record 12 ({Urls[3]})", problem.File);
        Assert.StartsWith("truncated", problem.Message);
    }

    [Fact]
    public void Garbage_between_records_is_reported_and_reading_resumes_at_the_next_record()
    {
        var first = WarcBuilder.Response("https://example.org/a", WarcBuilder.UndatedPage("First"));
        var second = WarcBuilder.Response("https://example.org/b", WarcBuilder.UndatedPage("Second"));
        var results = Fixtures.Read([.. first, .. "this line is no record\r\nnor this\r\n"u8, .. second], "crawl.warc");
        Assert.Equal(["https://example.org/a", "https://example.org/b"], results.Documents().Select(d => d.Id));
        Assert.Contains("expected a WARC/1.x header line, found 'this line is no record'", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void A_record_without_a_valid_length_is_reported_and_the_next_one_read()
    {
        var bad = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\nContent-Length: lots\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html></html>\r\n\r\n");
        var good = WarcBuilder.Response("https://example.org/b", WarcBuilder.UndatedPage("Second"));
        var results = Fixtures.Read([.. bad, .. good], "crawl.warc");
        Assert.Equal("https://example.org/b", Assert.Single(results.Documents()).Id);
        var problem = Assert.Single(results.Problems());
        Assert.Equal("crawl.warc: record 1 (https://example.org/x)", problem.File);
        Assert.Contains("no valid Content-Length", problem.Message);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_skipped_unread()
    {
        var results = Fixtures.Read("warc/guardian.warc.gz", new SourceOptions { MaxDocumentBytes = 6000 });
        Assert.Empty(results.Documents());
        Assert.Equal(3, results.Problems().Count(p => p.Message.Contains("over the 5.9 KB limit: skipped unread")));
        // The third page is sent gzipped, under the limit until it is unpacked.
        Assert.Contains(results.Problems(), p => p.Message.Contains("body decompresses to more than 5.9 KB"));
    }

    [Fact]
    public void A_damaged_gzip_body_is_a_problem_for_that_record_only()
    {
        var body = new MemoryStream();
        using (var gzip = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(WarcBuilder.UndatedPage("Zipped")));
        var damaged = body.ToArray()[..40];
        var bad = WarcBuilder.Record("response", "https://example.org/z", "2019-02-05T00:00:00Z",
            WarcBuilder.Http("200 OK", damaged, ("Content-Type", "text/html"), ("Content-Encoding", "gzip")));
        var good = WarcBuilder.Response("https://example.org/b", WarcBuilder.UndatedPage("Second"));
        var results = Fixtures.Read([.. bad, .. good], "crawl.warc");
        Assert.Equal("https://example.org/b", Assert.Single(results.Documents()).Id);
        Assert.Contains("HTTP response could not be read", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void A_resource_record_of_HTML_is_a_document_too()
    {
        var warc = WarcBuilder.Record("resource", "file:///saved/page.html", "2021-06-01T00:00:00Z", Encoding.UTF8.GetBytes(WarcBuilder.UndatedPage("Saved page")), "text/html");
        var page = Assert.Single(Fixtures.Read(warc, "saved.warc").Documents());
        Assert.Equal(new DateOnly(2021, 6, 1), page.Date);
    }
}
