using System.Text;

namespace Parley.Sources.Tests.Warc;

/// <summary>WARC records and HTTP responses built in a test, byte for byte as ISO 28500 lays them out.</summary>
public static class WarcBuilder
{
    public static byte[] Record(string type, string? uri, string date, byte[] block, string contentType = "application/http; msgtype=response", long? contentLength = null)
    {
        var head = new StringBuilder($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: {date}\r\n");
        if (uri is not null) head.Append($"WARC-Target-URI: {uri}\r\n");
        head.Append($"Content-Type: {contentType}\r\nContent-Length: {contentLength ?? block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Http(string status, byte[] body, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status}\r\n");
        foreach (var (name, value) in headers) head.Append($"{name}: {value}\r\n");
        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }

    public static byte[] Response(string uri, string html, string date = "2019-02-05T00:00:00Z") =>
        Record("response", uri, date, Http("200 OK", Encoding.UTF8.GetBytes(html), ("Content-Type", "text/html; charset=utf-8")));

    /// <summary>An article page with no date of its own, long enough to be taken for an article.</summary>
    public static string UndatedPage(string headline) =>
        $"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>" +
        string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>The foreign ministers of the two countries met in Vienna for the {i}th round of talks on the nuclear programme, officials said on Thursday.</p>")) +
        "</article></body></html>";
}
