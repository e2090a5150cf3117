using Parley.Io;
using Parley.Model;
using Parley.Sources;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// The documents of the inputs a user names: files of any format <see cref="SourceReader"/> reads (JSON Lines,
/// plain text, HTML pages, RSS/Atom/JSON feeds, WARC, zip, tar and gzip archives), folders read recursively in
/// path order, and standard input ("-"). Bytes read are counted for the progress bar.
/// </summary>
public sealed class Inputs(IReadOnlyList<string> names, ConsoleStreams io, SourceOptions options)
{
    public IReadOnlyList<string> Names { get; } = names.Count == 0 ? [ConsoleStreams.StandardInputName] : names;

    public long BytesRead { get; private set; }

    /// <summary>The inputs that exist as neither a file nor a folder.</summary>
    public IEnumerable<string> Missing => Names.Where(n => n != ConsoleStreams.StandardInputName && !File.Exists(n) && !Directory.Exists(n));

    /// <summary>Whether every input exists; the first that does not is named on stderr (exit with <see cref="ExitCodes.Usage"/>).</summary>
    public bool AllExist()
    {
        if (Missing.FirstOrDefault() is not { } missing) return true;
        io.Error.MarkupLineInterpolated($"[red]error:[/] input '{missing}' not found");
        return false;
    }

    /// <summary>Warns when plain-text files, which carry no publication date of their own, are read without --date.</summary>
    public void WarnIfUndated(DateOnly? date)
    {
        if (date is null && Files().Any(f => f.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)))
            io.Error.MarkupLine("[yellow]warning:[/] a .txt input has no publication date: relative dates ('on Monday', 'last month') resolve to nothing; give one with --date");
    }

    /// <summary>The total size of the input files, or null when standard input is among them.</summary>
    public long? TotalBytes => Names.Contains(ConsoleStreams.StandardInputName) ? null : Files().Sum(f => new FileInfo(f.Path).Length);

    IEnumerable<(string Path, SourceLocation Location)> Files()
    {
        foreach (var name in Names)
        {
            if (name == ConsoleStreams.StandardInputName) continue;
            if (Directory.Exists(name))
                foreach (var file in SourceReader.FilesOf(name)) yield return file;
            else yield return (name, SourceLocation.ForFile(name));
        }
    }

    public IEnumerable<ReadResult> Read()
    {
        if (Names.Contains(ConsoleStreams.StandardInputName))
        {
            using var counted = new CountingStream(io.OpenInput(), n => BytesRead += n);
            foreach (var result in SourceReader.Read(counted, SourceLocation.Named(ConsoleStreams.StandardInputName), options)) yield return result;
        }
        foreach (var (path, location) in Files())
        {
            var (stream, error) = Open(path);
            if (stream is null)
            {
                yield return new ReadResult(null, new Problem(location.Display, 0, $"cannot be read: {error}"));
                continue;
            }
            using var counted = new CountingStream(stream, n => BytesRead += n);
            foreach (var result in SourceReader.Read(counted, location, options)) yield return result;
        }
    }

    (Stream? Stream, string? Error) Open(string path)
    {
        try
        {
            return (File.OpenRead(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            BytesRead += new FileInfo(path).Length;
            return (null, ex.Message);
        }
    }

    /// <summary>A read-only stream that reports the bytes read through it.</summary>
    sealed class CountingStream(Stream inner, Action<int> read) : Stream
    {
        public override bool CanRead => true;
        // Seekable when the file is, for zip archives, which are read from their central directory at the end.
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read(n);
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
