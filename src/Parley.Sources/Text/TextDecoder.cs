using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Sources.Text;

/// <summary>Decoded text, and what went wrong on the way when something did.</summary>
public readonly record struct DecodedText(string Text, string Encoding, string? Warning);

/// <summary>
/// Turns the bytes of a page or feed into text, trusting what they declare only as far as the bytes
/// bear it out. A byte-order mark wins; then the charset given by HTTP, then the one in the markup
/// (&lt;meta charset&gt;, the XML declaration). A declaration the bytes contradict (UTF-8 declared
/// on Latin-1 bytes, Latin-1 declared on UTF-8) is overruled and reported, so that no text comes
/// out as U+FFFD replacement characters or mojibake without a word.
/// </summary>
public static partial class TextDecoder
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1252;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Decodes <paramref name="bytes"/>, given the charset HTTP declared (or null) and whether they are markup.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? headerCharset, bool markup)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Checked(bytes[3..], "utf-8", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", null);

        var declared = headerCharset ?? (markup ? DeclaredInMarkup(bytes) : null);
        string? warning = null;
        Encoding? encoding = null;
        if (declared is not null)
        {
            encoding = Resolve(declared);
            if (encoding is null) warning = $"declares an unknown charset '{declared}'";
        }
        var validUtf8 = IsUtf8(bytes, out var nonAscii);
        if (encoding is null)
            return validUtf8 ? Checked(bytes, "utf-8", warning) : Checked(Windows1252.GetString(bytes), "windows-1252", warning is null ? null : $"{warning}; decoded as windows-1252");
        if (encoding.CodePage == 65001)
            return validUtf8 ? Checked(bytes, "utf-8", null)
                             : Checked(Windows1252.GetString(bytes), "windows-1252", $"declares {declared} but is not valid UTF-8; decoded as windows-1252");
        // UTF-8 multi-byte sequences almost never arise by chance in single-byte text: bytes that are
        // valid UTF-8 with some non-ASCII in them were written as UTF-8, whatever they say.
        if (validUtf8 && nonAscii && encoding.IsSingleByte)
            return Checked(bytes, "utf-8", $"declares {declared} but is UTF-8; decoded as UTF-8");
        try
        {
            var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return Checked(strict.GetString(bytes), encoding.WebName, null);
        }
        catch (DecoderFallbackException)
        {
            return validUtf8 ? Checked(bytes, "utf-8", $"declares {declared} but is UTF-8; decoded as UTF-8")
                             : Checked(Windows1252.GetString(bytes), "windows-1252", $"is not valid {declared}; decoded as windows-1252");
        }
    }

    /// <summary>The charset parameter of a Content-Type header value, if any.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    static DecodedText Checked(ReadOnlySpan<byte> utf8, string name, string? warning) => Checked(StrictUtf8.GetString(utf8), name, warning);

    /// <summary>Text that already carries replacement characters was damaged before it reached us: say so.</summary>
    static DecodedText Checked(string text, string name, string? warning)
    {
        var replacements = text.AsSpan().Count('\uFFFD');
        if (replacements > 0 && replacements * 200 > text.Length + 200)
            warning = (warning is null ? "" : warning + "; ") + $"holds {replacements} replacement characters (U+FFFD): its text was damaged before it was saved";
        return new DecodedText(text, name, warning);
    }

    static bool IsUtf8(ReadOnlySpan<byte> bytes, out bool nonAscii)
    {
        nonAscii = System.Text.Ascii.IsValid(bytes) is false;
        return !nonAscii || System.Text.Unicode.Utf8.IsValid(bytes);
    }

    static Encoding? Resolve(string name)
    {
        var clean = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // As browsers do (WHATWG Encoding): these labels mean windows-1252, whose extra characters
        // (curly quotes, dashes) pages labelled Latin-1 use all the time.
        if (clean is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "l1" or "cp1252") return Windows1252;
        // A UTF-16 label on bytes without a byte-order mark is a mistake browsers read as UTF-8.
        if (clean is "utf8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode") return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(clean);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>&lt;meta charset&gt;, &lt;meta http-equiv content="...charset="&gt; or the XML declaration, in the first 2 KB as browsers look.</summary>
    static string? DeclaredInMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var match = MarkupCharset().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupCharset();
}
