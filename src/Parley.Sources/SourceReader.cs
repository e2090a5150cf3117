using Parley.Io;
using Parley.Model;
using Parley.Sources.Archives;
using Parley.Sources.Feeds;
using Parley.Sources.Html;
using Parley.Sources.Warc;

namespace Parley.Sources;

/// <summary>
/// The one entry point: turns a path (a file of any supported format, or a folder read recursively)
/// or a stream into documents. Formats are recognised by content and extension (see
/// <see cref="FormatSniffer"/>); each bad source becomes a <see cref="Problem"/> naming it, and
/// reading goes on with the next. Every document gets its language (<see cref="Article.Language"/>);
/// callers that code only English filter with <see cref="Languages.LanguageFilter.OnlyLanguage"/>.
/// </summary>
public static class SourceReader
{
    /// <summary>Reads a file or, recursively and in ordinal path order, a folder.</summary>
    public static IEnumerable<ReadResult> Read(string path, SourceOptions? options = null)
    {
        options ??= SourceOptions.Default;
        if (Directory.Exists(path)) return WithLanguage(ReadFolder(path, options), options);
        return WithLanguage(ReadFile(path, SourceLocation.ForFile(path), options), options);
    }

    /// <summary>Reads a stream (standard input, an HTTP body) known by <paramref name="name"/>.</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, string name, SourceOptions? options = null)
    {
        options ??= SourceOptions.Default;
        return WithLanguage(Guarded(ReadStream(stream, SourceLocation.Named(name), new ReadContext(options)), name), options);
    }

    /// <summary>Reads a stream from a known location (a file of a folder the caller walks itself, counting its bytes).</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, SourceLocation location, SourceOptions? options = null)
    {
        options ??= SourceOptions.Default;
        return WithLanguage(Guarded(ReadStream(stream, location, new ReadContext(options)), location.Display), options);
    }

    /// <summary>The files of a folder as <see cref="Read(string, SourceOptions?)"/> reads them: hidden files and links left out, in ordinal path order.</summary>
    public static IEnumerable<(string Path, SourceLocation Location)> FilesOf(string folder)
    {
        // Hidden files (.git, .DS_Store) and links are skipped: links could loop or leave the folder.
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        var files = Directory.EnumerateFiles(folder, "*", enumeration)
                             .Select(f => Path.GetRelativePath(folder, f))
                             .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                             .Order(StringComparer.Ordinal).ToList();
        var root = new SourceLocation(folder, "", Path.GetFileName(folder));
        return files.Select(file => (Path.Combine(folder, file), root.InFolder(file)));
    }

    static IEnumerable<ReadResult> ReadFolder(string folder, SourceOptions options)
    {
        foreach (var (path, location) in FilesOf(folder))
            foreach (var result in ReadFile(path, location, options)) yield return result;
    }

    /// <summary>Opens the file only when enumerated, and closes it when the enumeration ends.</summary>
    static IEnumerable<ReadResult> ReadFile(string path, SourceLocation location, SourceOptions options)
    {
        FileStream? stream = null;
        Problem? failure = null;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = new Problem(location.Display, 0, $"cannot be opened ({ex.Message})");
        }
        if (failure is not null)
        {
            yield return new ReadResult(null, failure);
            yield break;
        }
        using (stream)
            foreach (var result in Guarded(ReadStream(stream!, location, new ReadContext(options)), location.Display))
                yield return result;
    }

    /// <summary>Recognises the stream's format and reads it; nested archives come back here.</summary>
    internal static IEnumerable<ReadResult> ReadStream(Stream stream, SourceLocation location, ReadContext context)
    {
        // Lazily, so that even the first read of the stream fails inside the caller's Guarded.
        foreach (var result in Dispatch(stream, location, context)) yield return result;
    }

    static IEnumerable<ReadResult> Dispatch(Stream stream, SourceLocation location, ReadContext context)
    {
        var (input, head, length) = HeadStream.Open(stream, FormatSniffer.HeadLength);
        var format = FormatSniffer.Detect(head.AsSpan(0, length), location.FileName);
        Problem Fail(string message) => new(location.Display, 0, message);
        switch (format)
        {
            case SourceFormat.Empty:
                return [new ReadResult(null, Fail("empty file: no document"))];
            case SourceFormat.Binary:
                return [new ReadResult(null, Fail("binary data, not text, HTML, a feed, WARC or an archive: skipped"))];
            case SourceFormat.Unsupported:
                return [new ReadResult(null, Fail("a compressed or document format Parley does not read (bzip2, xz, 7z, rar or PDF): skipped"))];
            case SourceFormat.JsonLines:
                return DocumentReader.ReadJsonLines(input, location.Display);
            case SourceFormat.Zip:
                return ArchiveReader.ReadZip(input, stream, location, context);
            case SourceFormat.Tar:
                return ArchiveReader.ReadTar(input, location, context);
            case SourceFormat.Gzip:
                return ArchiveReader.ReadGzip(input, location, context);
            case SourceFormat.Warc:
                return new WarcReader(context.Options).Read(input, location);
        }
        // The rest are single documents: read whole, but never past the size cap.
        var bytes = ReadCapped(input, stream, context.Options.MaxDocumentBytes);
        if (bytes is null)
            return [new ReadResult(null, Fail($"larger than {Sizes.Describe(context.Options.MaxDocumentBytes)}: skipped unread"))];
        return format switch
        {
            SourceFormat.PlainText => [DocumentReader.ReadText(new MemoryStream(bytes), location.Display, location.IdBase, context.Options.DefaultDate)],
            SourceFormat.Html => HtmlExtractor.Shared.Extract(bytes, location, url: null, contentType: null),
            _ => FeedParser.Parse(bytes, location, feedUrl: null),
        };
    }

    /// <summary>All of the stream, or null when it is longer than <paramref name="cap"/> (only that much is read).</summary>
    static byte[]? ReadCapped(Stream input, Stream original, long cap)
    {
        if (original.CanSeek && original.Length > cap) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > cap) return null;
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Runs a reader, turning the failures that damaged or hostile input causes deep inside it (a
    /// truncated archive, a crossed limit) into one final problem for that source. Documents read
    /// before the failure have already been given to the caller.
    /// </summary>
    internal static IEnumerable<ReadResult> Guarded(IEnumerable<ReadResult> results, string display)
    {
        using var enumerator = results.GetEnumerator();
        while (true)
        {
            Problem? failure = null;
            try
            {
                if (!enumerator.MoveNext()) yield break;
            }
            catch (SourceLimitException ex)
            {
                failure = new Problem(ex.Display, 0, ex.Message);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or FormatException)
            {
                failure = new Problem(display, 0, $"truncated or damaged ({ex.Message.TrimEnd('.')}): reading stopped here");
            }
            if (failure is not null)
            {
                yield return new ReadResult(null, failure);
                yield break;
            }
            yield return enumerator.Current;
        }
    }

    static IEnumerable<ReadResult> WithLanguage(IEnumerable<ReadResult> results, SourceOptions options)
    {
        foreach (var result in results)
        {
            if (result.Article is { Language: null } article && options.Languages is { } detector)
                yield return result with { Article = article with { Language = detector.Detect(article.Text) } };
            else
                yield return result;
        }
    }
}
