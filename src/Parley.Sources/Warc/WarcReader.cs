using System.Globalization;
using Parley.Io;
using Parley.Sources.Html;
using Parley.Sources.Text;

namespace Parley.Sources.Warc;

/// <summary>
/// WARC 1.0/1.1 files (ISO 28500), the format of Common Crawl's CC-NEWS: a record is a version
/// line, named headers, a blank line and Content-Length bytes of content. Response records whose
/// HTTP body is HTML, and resource records that are HTML, become documents through
/// <see cref="HtmlExtractor"/>, with WARC-Target-URI as the URL and WARC-Date as the date when the
/// page gives none. Other records (warcinfo, request, metadata, revisit; images, redirects, errors)
/// are passed over. The stream is read once, forward: a .warc.gz is decompressed on the way by the
/// caller, whatever number of gzip members it has. A record that cannot be read is a problem; when
/// the reader can find the next record it goes on from there.
/// </summary>
public sealed class WarcReader(SourceOptions options)
{
    const int MaxHeaderLine = 64 * 1024;
    const int MaxHeaders = 512;

    public IEnumerable<ReadResult> Read(Stream stream, SourceLocation location)
    {
        var input = new ByteReader(stream);
        var number = 0;
        var line = input.ReadLine(MaxHeaderLine);
        while (true)
        {
            while (line is "") line = input.ReadLine(MaxHeaderLine);
            if (line is null) yield break;
            number++;
            var where = location.Part($"record {number}");
            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return Fail(where, $"expected a WARC/1.x header line, found '{Cut(line)}': skipped to the next record");
                line = SkipToNextRecord(input);
                continue;
            }
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while ((line = input.ReadLine(MaxHeaderLine)) is { Length: > 0 } && headers.Count < MaxHeaders)
            {
                var colon = line.IndexOf(':');
                if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            if (line is null)
            {
                yield return Fail(where, "truncated in its headers: reading stopped here");
                yield break;
            }
            var uri = headers.GetValueOrDefault("WARC-Target-URI");
            // The whole address names the record; only a hostile one is cut.
            if (uri is not null) where += $" ({Cut(uri, 500)})";
            if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return Fail(where, "no valid Content-Length: skipped to the next record");
                line = SkipToNextRecord(input);
                continue;
            }
            var type = headers.GetValueOrDefault("WARC-Type")?.ToLowerInvariant();
            var wanted = type is "response" or "resource";
            if (!wanted || length > options.MaxDocumentBytes)
            {
                if (!input.Skip(length))
                {
                    yield return Fail(where, "truncated: the file ends inside the record: reading stopped here");
                    yield break;
                }
                if (wanted) yield return Fail(where, $"a {Sizes.Describe(length)} record, over the {Sizes.Describe(options.MaxDocumentBytes)} limit: skipped unread");
                line = input.ReadLine(MaxHeaderLine);
                continue;
            }
            var block = input.ReadBlock((int)length, out var read);
            if (read < length)
            {
                yield return Fail(where, $"truncated: {read:N0} of its {length:N0} bytes: reading stopped here");
                yield break;
            }
            foreach (var result in Record(type!, headers, block, where, uri, location, number)) yield return result;
            line = input.ReadLine(MaxHeaderLine);
        }
    }

    IEnumerable<ReadResult> Record(string type, Dictionary<string, string> headers, byte[] block, string where, string? uri, SourceLocation location, int number)
    {
        byte[] body;
        string? contentType;
        if (type == "response")
        {
            if (!(headers.GetValueOrDefault("Content-Type") ?? "application/http").Contains("application/http", StringComparison.OrdinalIgnoreCase)) return [];
            var response = HttpResponse.Parse(block, options.MaxDocumentBytes, out var error);
            if (response is null) return [Fail(where, $"HTTP response could not be read ({error}): skipped")];
            // Redirects, errors, images and scripts are part of any crawl and no documents.
            if (response.Status is < 200 or >= 300 || !response.IsHtml) return [];
            body = response.Body;
            contentType = response.ContentType;
        }
        else
        {
            contentType = headers.GetValueOrDefault("Content-Type");
            if (contentType is null || !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) return [];
            body = block;
        }
        var recordDate = LenientDate.Parse(headers.GetValueOrDefault("WARC-Date")) is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : (DateOnly?)null;
        var page = new SourceLocation(where, uri ?? $"{location.IdBase}#{number}", "record.html");
        Uri? url = uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed : null;
        return HtmlExtractor.Shared.Extract(body, page, url, contentType, recordDate);
    }

    /// <summary>Reads on to the next line that starts a record, past whatever damage came before.</summary>
    static string? SkipToNextRecord(ByteReader input)
    {
        string? line;
        while ((line = input.ReadLine(MaxHeaderLine)) is not null)
            if (line.StartsWith("WARC/", StringComparison.Ordinal)) return line;
        return null;
    }

    static ReadResult Fail(string where, string message) => new(null, new Problem(where, 0, message));

    static string Cut(string text, int length = 80) => text.Length > length ? text[..length] + "…" : text;
}
