using System.Globalization;
using System.Text;

namespace Parley.Text;

/// <summary>The normalised text of an article, with each character's offset in the original.</summary>
public sealed record NormalizedText(string Text, int[] OriginalOffsets);

/// <summary>
/// Stage 1: removes HTML remnants and invisible characters, folds typographic quotes, dashes and
/// spaces to ASCII, and composes Unicode to NFC, while recording where each character came from.
/// </summary>
public sealed class TextNormalizer
{
    static readonly Dictionary<string, string> NamedEntities = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ",
        ["mdash"] = " - ", ["ndash"] = "-", ["lsquo"] = "'", ["rsquo"] = "'", ["ldquo"] = "\"",
        ["rdquo"] = "\"", ["hellip"] = "...", ["laquo"] = "\"", ["raquo"] = "\"", ["eacute"] = "é",
        ["euro"] = "€", ["pound"] = "£", ["copy"] = "©", ["shy"] = "",
    };

    static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article",
    };

    public NormalizedText Normalize(string original)
    {
        var text = new StringBuilder(original.Length);
        var offsets = new List<int>(original.Length + 1);

        void Emit(ReadOnlySpan<char> chars, int from)
        {
            foreach (var c in chars)
            {
                text.Append(c);
                offsets.Add(from);
            }
        }

        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c == '<' && TryReadTag(original, i, out var tagEnd, out var isBlock))
            {
                Emit(isBlock ? "\n" : " ", i);
                i = tagEnd;
                continue;
            }
            if (c == '&' && TryReadEntity(original, i, out var entityEnd, out var replacement))
            {
                Emit(replacement, i);
                i = entityEnd;
                continue;
            }
            if (i + 1 < original.Length && CharUnicodeInfo.GetUnicodeCategory(original[i + 1]) == UnicodeCategory.NonSpacingMark
                && !char.IsSurrogate(c))
            {
                // A base character followed by combining marks: compose them (NFC) as one unit.
                var end = i + 1;
                while (end < original.Length && CharUnicodeInfo.GetUnicodeCategory(original[end]) == UnicodeCategory.NonSpacingMark)
                    end++;
                var composed = original[i..end].Normalize(NormalizationForm.FormC);
                Emit(composed, i);
                i = end;
                continue;
            }
            switch (c)
            {
                case '\r':
                    if (i + 1 < original.Length && original[i + 1] == '\n') { i++; c = '\n'; }
                    Emit("\n", i);
                    break;
                case '\n':
                    Emit("\n", i);
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`':
                    Emit("'", i);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                    Emit("\"", i);
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2212':
                    Emit("-", i);
                    break;
                case '\u2013':
                    // An en dash joins ranges and pairs ("Li–Austin meeting"): keep it as a hyphen.
                    Emit("-", i);
                    break;
                case '\u2014' or '\u2015':
                    Emit(" - ", i);
                    break;
                case '\u2026':
                    Emit("...", i);
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060':
                    break;
                default:
                    if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\n'))
                        Emit(" ", i);
                    else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
                    {
                        Emit(original.AsSpan(i, 2), i);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                        Emit("\uFFFD", i);
                    else
                        Emit([c], i);
                    break;
            }
            i++;
        }
        offsets.Add(original.Length);
        return new NormalizedText(text.ToString(), offsets.ToArray());
    }

    static bool TryReadTag(string s, int start, out int end, out bool isBlock)
    {
        end = start;
        isBlock = false;
        if (start + 1 >= s.Length) return false;
        var next = s[start + 1];
        if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?')) return false;
        var close = s.IndexOf('>', start + 1, Math.Min(400, s.Length - start - 1));
        if (close < 0) return false;
        var nameStart = next == '/' ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < close && char.IsAsciiLetterOrDigit(s[nameEnd])) nameEnd++;
        isBlock = BlockTags.Contains(s[nameStart..nameEnd]);
        end = close + 1;
        return true;
    }

    static bool TryReadEntity(string s, int start, out int end, out string replacement)
    {
        end = start;
        replacement = "";
        var semicolon = s.IndexOf(';', start + 1, Math.Min(10, s.Length - start - 1));
        if (semicolon < 0) return false;
        var body = s.AsSpan(start + 1, semicolon - start - 1);
        if (body.Length > 1 && body[0] == '#')
        {
            var isHex = body[1] is 'x' or 'X';
            var digits = isHex ? body[2..] : body[1..];
            if (!int.TryParse(digits, isHex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || code is <= 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                return false;
            replacement = code switch
            {
                0x2018 or 0x2019 or 39 => "'",
                0x201C or 0x201D => "\"",
                0x2014 => " - ",
                0x2013 => "-",
                0xA0 => " ",
                _ => char.ConvertFromUtf32(code),
            };
        }
        else if (!NamedEntities.TryGetValue(body.ToString(), out replacement!))
            return false;
        end = semicolon + 1;
        return true;
    }
}
