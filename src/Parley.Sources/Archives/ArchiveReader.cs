using System.Formats.Tar;
using System.IO.Compression;
using Parley.Io;

namespace Parley.Sources.Archives;

/// <summary>
/// Zip, tar and gzip containers, read as streams (the BCL's System.IO.Compression and
/// System.Formats.Tar), each member recognised and read like a file of its own. Limits from
/// <see cref="SourceOptions"/> on entries, expanded bytes and compression ratio keep a zip bomb
/// from filling memory; hostile member paths are rejected.
/// </summary>
static class ArchiveReader
{
    public static IEnumerable<ReadResult> ReadZip(Stream input, Stream original, SourceLocation location, ReadContext context)
    {
        if (TooDeep(location, context) is { } deep) return [deep];
        // A zip is read from its central directory at the end, so it needs a seekable stream: the file
        // itself (read from its start), or for a zip inside another archive a copy in memory, no larger
        // than a document.
        Stream seekable;
        if (original.CanSeek)
        {
            original.Position = 0;
            seekable = original;
        }
        else
        {
            var copy = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = input.Read(chunk)) > 0)
            {
                copy.Write(chunk, 0, n);
                if (copy.Length > context.Options.MaxDocumentBytes)
                    return [Fail(location, $"a zip inside an archive larger than {Sizes.Describe(context.Options.MaxDocumentBytes)}: skipped")];
            }
            copy.Position = 0;
            seekable = copy;
        }
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            return [Fail(location, $"not a readable zip archive, truncated or damaged ({ex.Message.TrimEnd('.')})")];
        }
        return Nested(context, ZipEntries(archive, location, context));
    }

    static IEnumerable<ReadResult> ZipEntries(ZipArchive archive, SourceLocation location, ReadContext context)
    {
        using (archive)
            foreach (var entry in archive.Entries)
            {
                if (context.Exhausted) yield break;
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue; // a folder
                context.AddEntry(location.Display);
                var path = EntryPath.Normalize(entry.FullName);
                if (path is null) { yield return Fail(location, $"member '{entry.FullName}' has a path that leaves the archive's folder: rejected"); continue; }
                var member = location.Member(path);
                if (entry.Length > Math.Max(1 << 20, context.Options.MaxCompressionRatio * entry.CompressedLength))
                {
                    yield return Fail(member, $"declares {Sizes.Describe(entry.Length)} from {Sizes.Describe(entry.CompressedLength)} compressed, more than {context.Options.MaxCompressionRatio:0} times (a zip bomb?): skipped");
                    continue;
                }
                Stream? stream = null;
                Problem? failure = null;
                try
                {
                    stream = new ExpansionStream(entry.Open(), context, member.Display, () => entry.CompressedLength, entry.Length);
                }
                catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
                {
                    failure = new Problem(member.Display, 0, $"cannot be unpacked ({ex.Message.TrimEnd('.')}): skipped");
                }
                if (failure is not null) { yield return new ReadResult(null, failure); continue; }
                using (stream)
                    foreach (var result in SourceReader.Guarded(SourceReader.ReadStream(stream!, member, context), member.Display))
                        yield return result;
            }
    }

    public static IEnumerable<ReadResult> ReadTar(Stream input, SourceLocation location, ReadContext context)
    {
        if (TooDeep(location, context) is { } deep) return [deep];
        return Nested(context, TarEntries(input, location, context));
    }

    static IEnumerable<ReadResult> TarEntries(Stream input, SourceLocation location, ReadContext context)
    {
        using var reader = new TarReader(input, leaveOpen: true);
        while (reader.GetNextEntry() is { } entry)
        {
            if (context.Exhausted) yield break;
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)) continue;
            context.AddEntry(location.Display);
            var path = EntryPath.Normalize(entry.Name);
            if (path is null) { yield return Fail(location, $"member '{entry.Name}' has a path that leaves the archive's folder: rejected"); continue; }
            var member = location.Member(path);
            if (entry.DataStream is null) continue;
            // Tar does not compress: what it holds counts against the budget as it is read.
            var stream = new ExpansionStream(entry.DataStream, context, member.Display, () => long.MaxValue, entry.Length);
            foreach (var result in SourceReader.Guarded(SourceReader.ReadStream(stream, member, context), member.Display))
                yield return result;
        }
    }

    public static IEnumerable<ReadResult> ReadGzip(Stream input, SourceLocation location, ReadContext context)
    {
        if (TooDeep(location, context) is { } deep) return [deep];
        return Nested(context, GzipContent(input, location, context));
    }

    static IEnumerable<ReadResult> GzipContent(Stream input, SourceLocation location, ReadContext context)
    {
        // GZipStream reads every member of a multi-member file in turn, as WARC files have one per record.
        var compressed = new CountingStream(input);
        using var expanded = new ExpansionStream(new GZipStream(compressed, CompressionMode.Decompress), context, location.Display, () => compressed.Count, endsWhole: compressed.EndsWhole);
        foreach (var result in SourceReader.ReadStream(expanded, location.Unzipped(), context)) yield return result;
    }

    static IEnumerable<ReadResult> Nested(ReadContext context, IEnumerable<ReadResult> results)
    {
        context.Depth++;
        try
        {
            foreach (var result in results) yield return result;
        }
        finally
        {
            context.Depth--;
        }
    }

    static ReadResult? TooDeep(SourceLocation location, ReadContext context) =>
        context.Depth >= context.Options.MaxNesting ? Fail(location, $"archives nested more than {context.Options.MaxNesting} deep: not opened") : null;

    static ReadResult Fail(SourceLocation location, string message) => new(null, new Problem(location.Display, 0, message));
}
