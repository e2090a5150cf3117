using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parley.Sources.Warc;

/// <summary>
/// An HTTP response as a WARC response record stores it: status line, headers, and the body with
/// chunked transfer coding and gzip, deflate or Brotli content coding undone.
/// </summary>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var value) ? value : null;

    /// <summary>Whether the body is a web page.</summary>
    public bool IsHtml => ContentType is { } type && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a stored response; on failure returns null with the reason in <paramref name="error"/>.</summary>
    public static HttpResponse? Parse(byte[] block, long maxBody, out string? error)
    {
        error = null;
        var span = block.AsSpan();
        // Headers end at the first blank line, written CR LF CR LF or, by sloppy servers, LF LF.
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf < 0 && lf < 0) { error = "no end of HTTP headers"; return null; }
        var (headerEnd, separator) = lf >= 0 && (crlf < 0 || lf < crlf) ? (lf, 2) : (crlf, 4);
        var lines = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            error = $"not an HTTP status line: '{Cut(lines[0])}'";
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = block[(headerEnd + separator)..];
        if (headers.TryGetValue("transfer-encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            // Crawlers often store the body already de-chunked but keep the header: only a body that
            // starts like a chunk (a hex size line) is de-chunked.
            if (Dechunk(body, out var joined, out var chunkError)) body = joined;
            else if (chunkError is not null) { error = chunkError; return null; }
        }
        if (headers.TryGetValue("content-encoding", out var coding) && !Decompress(coding.Trim().ToLowerInvariant(), ref body, maxBody, out error)) return null;
        return new HttpResponse(code, headers, body);
    }

    /// <summary>Joins the chunks; false with no error when the body is not chunked after all.</summary>
    static bool Dechunk(byte[] body, out byte[] joined, out string? error)
    {
        joined = body;
        error = null;
        using var output = new MemoryStream(body.Length);
        var position = 0;
        var first = true;
        while (true)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0) { error = first ? null : "chunked body ends without its last chunk"; return false; }
            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                error = first ? null : $"bad chunk size '{Cut(sizeText)}'";
                return false;
            }
            first = false;
            position += lineEnd + 1;
            if (size == 0) break;
            if (size > body.Length - position) { error = "chunked body cut short in a chunk"; return false; }
            output.Write(body, position, (int)size);
            position += (int)size;
            // The CR LF after the chunk's data.
            if (position < body.Length && body[position] == (byte)'\r') position++;
            if (position < body.Length && body[position] == (byte)'\n') position++;
        }
        joined = output.ToArray();
        return true;
    }

    static bool Decompress(string coding, ref byte[] body, long maxBody, out string? error)
    {
        error = null;
        if (coding is "" or "identity") return true;
        var gzip = body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;
        // As with chunking, a crawler may have stored the body decoded under the original header.
        if (coding is "gzip" or "x-gzip" && !gzip) return true;
        if (coding is "deflate" && body.Length > 0 && body[0] is (byte)'<' or (byte)' ' or (byte)'\n' or 0xEF) return true;
        Stream? decoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => body.Length > 0 && (body[0] & 0x0F) == 8 ? new ZLibStream(new MemoryStream(body), CompressionMode.Decompress) : new DeflateStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) { error = $"unknown Content-Encoding '{Cut(coding)}'"; return false; }
        try
        {
            using (decoder)
            {
                using var output = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = decoder.Read(chunk)) > 0)
                {
                    output.Write(chunk, 0, n);
                    if (output.Length > maxBody) { error = $"body decompresses to more than {Sizes.Describe(maxBody)}"; return false; }
                }
                // A cut gzip stream just ends early; its trailer, the length mod 2^32, tells.
                if (gzip && body.Length >= 18 && BitConverter.ToUInt32(body, body.Length - 4) != (uint)output.Length)
                {
                    error = "gzip body cut short";
                    return false;
                }
                body = output.ToArray();
                return true;
            }
        }
        catch (InvalidDataException ex)
        {
            error = $"damaged {coding} body ({ex.Message.TrimEnd('.')})";
            return false;
        }
    }

    static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
