using System.Text;
using Parley.Sources.Text;

namespace Parley.Sources.Tests.Text;

public class TextDecoderTests
{
    static readonly byte[] Utf8 = Encoding.UTF8.GetBytes("<p>Çavuşoğlu said “yes” – café</p>");

    [Fact]
    public void UTF_8_without_a_declaration_is_read_as_UTF_8_without_a_word()
    {
        var decoded = TextDecoder.Decode(Utf8, null, markup: true);
        Assert.Equal(("<p>Çavuşoğlu said “yes” – café</p>", "utf-8", (string?)null), (decoded.Text, decoded.Encoding, decoded.Warning));
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_UTF_8_are_read_as_windows_1252()
    {
        var decoded = TextDecoder.Decode([.. "caf"u8, 0xE9, (byte)' ', 0x93, (byte)'q', 0x94], null, markup: false);
        Assert.Equal("café “q”", decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void A_byte_order_mark_outranks_any_declaration()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<meta charset=\"windows-1252\"><p>Çavuşoğlu</p>")).ToArray();
        Assert.Equal("<meta charset=\"windows-1252\"><p>Çavuşoğlu</p>", TextDecoder.Decode(bytes, "iso-8859-1", markup: true).Text);
    }

    [Fact]
    public void An_unknown_charset_is_reported_and_the_bytes_read_for_what_they_are()
    {
        var decoded = TextDecoder.Decode(Utf8, "x-klingon", markup: true);
        Assert.Equal("declares an unknown charset 'x-klingon'", decoded.Warning);
        Assert.Contains("Çavuşoğlu", decoded.Text);
    }

    [Fact]
    public void Text_already_full_of_replacement_characters_is_reported()
    {
        var soup = Encoding.UTF8.GetBytes("Ankara said the talks in \uFFFD\uFFFDstanbul had \uFFFD\uFFFD\uFFFD failed \uFFFD\uFFFD.");
        Assert.Contains("replacement characters (U+FFFD)", TextDecoder.Decode(soup, null, markup: false).Warning);
    }

    [Fact]
    public void A_charset_in_the_XML_declaration_is_honoured()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Café</title></rss>");
        Assert.Contains("Café", TextDecoder.Decode(bytes, null, markup: true).Text);
    }

    [Theory]
    [InlineData("text/html; charset=UTF-8", "UTF-8")]
    [InlineData("text/html;charset=\"windows-1252\"", "windows-1252")]
    [InlineData("text/html", null)]
    public void The_charset_of_a_content_type_is_found(string contentType, string? expected)
    {
        Assert.Equal(expected, TextDecoder.CharsetOf(contentType));
    }
}
