using System.Text;

namespace Parley.Sources;

/// <summary>
/// Recognises an input by its first bytes, with the file name's extension to settle what content
/// alone leaves open (an HTML fragment with no &lt;html&gt;, a feed saved as .xml).
/// </summary>
public static class FormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 4096;

    public static SourceFormat Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IsEmpty) return SourceFormat.Empty;
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8)) return SourceFormat.Zip;
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B) return SourceFormat.Gzip;
        if (head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8)) return SourceFormat.Tar;
        if (head.StartsWith("BZh"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z']) || head.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF])
            || head.StartsWith("Rar!"u8) || head.StartsWith("%PDF"u8)) return SourceFormat.Unsupported;
        if (head.StartsWith("WARC/"u8)) return SourceFormat.Warc;
        var extension = Extension(fileName);
        // A tar archive written by an old tool has no "ustar" magic; its name is all there is.
        if (extension == ".tar") return SourceFormat.Tar;

        var bom = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        // JSON lines whose first record is text are read line by line even with garbage further on: the reader reports
        // each bad line by its number and keeps the good ones.
        if (!utf16 && FirstLineIsJsonRecord(head[bom..]) && head.IndexOf("jsonfeed.org/version"u8) < 0) return SourceFormat.JsonLines;
        if (!utf16 && LooksBinary(head[bom..])) return SourceFormat.Binary;
        var text = utf16 ? Encoding.Unicode.GetString(head).ToLowerInvariant() : Encoding.Latin1.GetString(head[bom..]).ToLowerInvariant();
        var start = text.TrimStart('\uFEFF', '\uFFFE', ' ', '\t', '\r', '\n');
        if (start.Length == 0) return SourceFormat.Empty;

        if (extension is ".jsonl" or ".ndjson") return SourceFormat.JsonLines;
        if (extension == ".txt") return SourceFormat.PlainText;
        if (start[0] == '{')
            return start.Contains("jsonfeed.org/version", StringComparison.Ordinal) ? SourceFormat.Feed : SourceFormat.JsonLines;
        if (start[0] == '<')
        {
            var root = RootElement(start);
            if (root is "rss" or "feed" or "rdf:rdf" or "rdf") return SourceFormat.Feed;
            if (root is "html" or "head" or "body" || start.StartsWith("<!doctype html", StringComparison.Ordinal)) return SourceFormat.Html;
            if (extension is ".xml" or ".rss" or ".atom") return SourceFormat.Feed;
            return SourceFormat.Html;
        }
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".xml" or ".rss" or ".atom" => SourceFormat.Feed,
            ".json" => SourceFormat.JsonLines,
            _ => SourceFormat.PlainText,
        };
    }

    /// <summary>The lower-case extension, with ".tar.gz" style double extensions reduced to the last.</summary>
    public static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();

    /// <summary>The name of the first element after any XML declaration, comments and doctype.</summary>
    static string RootElement(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0 || open + 1 >= text.Length) return "";
            var next = text[open + 1];
            if (next is '?' or '!')
            {
                var close = next == '!' && text.AsSpan(open).StartsWith("<!--") ? text.IndexOf("-->", open, StringComparison.Ordinal) : text.IndexOf('>', open);
                if (close < 0) return "";
                i = close + 1;
                continue;
            }
            var end = open + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_')) end++;
            return text[(open + 1)..end];
        }
        return "";
    }

    /// <summary>The head up to its first line break.</summary>
    static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> head) => head.IndexOf((byte)'\n') is >= 0 and var n ? head[..n] : head;

    /// <summary>Whether the first line, after blanks, opens a JSON object and holds no binary bytes.</summary>
    static bool FirstLineIsJsonRecord(ReadOnlySpan<byte> head)
    {
        var line = FirstLine(head).TrimStart(" \t\r"u8);
        return !line.IsEmpty && line[0] == (byte)'{' && !LooksBinary(line);
    }

    /// <summary>
    /// Text has no NUL bytes and few control characters; UTF-8 and the legacy code pages keep them
    /// out of prose. Random bytes have a NUL in every 256 on average and 12% control bytes.
    /// </summary>
    static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B) control++;
        }
        return control > head.Length / 50 + 1;
    }
}
