using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Model;

namespace Parley.Io;

/// <summary>An input record: an article, or the problem that kept a line from being one; where it was read.</summary>
public readonly record struct ReadResult(Article? Article, Problem? Problem, string? File = null, int Line = 0)
{
    public string Where => Line > 0 ? $"{File}:{Line}" : File ?? "";
}

/// <summary>
/// Reads EVENTS.md input: JSON Lines of documents, or a plain-text file as one document. Bad lines
/// (invalid UTF-8 or JSON, missing fields, unparseable dates) come back as problems with file and
/// line; reading goes on. Streams: one line in memory at a time.
/// </summary>
public static class DocumentReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Documents larger than this are reported and skipped rather than held in memory.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    public static IEnumerable<ReadResult> ReadJsonLines(Stream stream, string name)
    {
        var number = 0;
        foreach (var (bytes, tooLong) in Lines(stream))
        {
            number++;
            if (tooLong) { yield return new ReadResult(null, new Problem(name, number, $"line longer than {MaxLineBytes / (1024 * 1024)} MB: skipped")); continue; }
            var span = bytes.AsSpan();
            if (number == 1 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
            if (span.Trim((byte)' ').Trim((byte)'\r').IsEmpty) continue;
            yield return Parse(span, name, number) with { File = name, Line = number };
        }
    }

    static ReadResult Parse(ReadOnlySpan<byte> line, string name, int number)
    {
        Problem Fail(string message) => new(name, number, message);
        try
        {
            StrictUtf8.GetCharCount(line);
        }
        catch (DecoderFallbackException)
        {
            return new ReadResult(null, Fail("not valid UTF-8"));
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line.ToArray());
        }
        catch (JsonException ex)
        {
            return new ReadResult(null, Fail($"not valid JSON ({ex.Message.Split('.')[0]})"));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new ReadResult(null, Fail("expected a JSON object"));
            if (WrongType(root, out var wrong)) return new ReadResult(null, Fail(wrong!));
            var id = String(root, "id");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(id)) return new ReadResult(null, Fail("missing \"id\""));
            if (text is null) return new ReadResult(null, Fail($"document '{id}': missing \"text\""));
            DateOnly? date = null;
            if (String(root, "date") is { } dateText)
            {
                if (!TryParseDate(dateText, out var parsed)) return new ReadResult(null, Fail($"document '{id}': unparseable date '{dateText}' (expected ISO 8601, e.g. 2023-05-12)"));
                date = parsed;
            }
            return new ReadResult(new Article(id, text, date, String(root, "title"), String(root, "source"), String(root, "url"), String(root, "language")), null);
        }
    }

    static readonly string[] StringFields = ["id", "text", "date", "title", "source", "url", "language"];

    /// <summary>"\"date\": 12345", "\"id\": 5", "\"text\": [...]": a field of EVENTS.md's input that is present but not a string.</summary>
    static bool WrongType(JsonElement root, out string? message)
    {
        foreach (var field in StringFields)
            if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                var kind = value.ValueKind switch
                {
                    JsonValueKind.Number => "a number", JsonValueKind.Array => "an array", JsonValueKind.Object => "an object",
                    JsonValueKind.True or JsonValueKind.False => "a boolean", _ => value.ValueKind.ToString().ToLowerInvariant(),
                };
                message = $"\"{field}\" must be a string{(field == "date" ? " (ISO 8601, e.g. \"2023-05-12\")" : "")}, not {kind}";
                return true;
            }
        message = null;
        return false;
    }

    static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Length >= 10 && text[4] == '-')
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }
        return false;
    }

    /// <summary>A plain-text file: one document whose id is the file name.</summary>
    public static ReadResult ReadText(Stream stream, string name, string id, DateOnly? date)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return new ReadResult(new Article(id, StrictUtf8.GetString(bytes), date), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new ReadResult(null, new Problem(name, 0, $"not valid UTF-8 at byte {ex.Index}"));
        }
    }

    /// <summary>Splits a stream into lines of bytes without decoding, so that a bad line cannot spoil the next.</summary>
    static IEnumerable<(byte[] Bytes, bool TooLong)> Lines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                if (!tooLong) line.Write(buffer, start, i - start);
                yield return (tooLong ? [] : line.ToArray(), tooLong);
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
            }
            if (!tooLong) line.Write(buffer, start, read - start);
            if (line.Length > MaxLineBytes) { tooLong = true; line.SetLength(0); }
        }
        if (line.Length > 0 || tooLong) yield return (line.ToArray(), tooLong);
    }
}
