using Parley.Io;
using Parley.Model;

namespace Parley.Cli.Commands;

/// <summary>
/// The documents of the inputs a user names: JSON Lines files, .txt files (one document each), folders read
/// recursively in name order, and standard input ("-"). Bytes read are counted for the progress bar.
/// </summary>
public sealed class Inputs(IReadOnlyList<string> names, ConsoleStreams io)
{
    /// <summary>Larger plain-text documents are reported and skipped rather than held in memory.</summary>
    public const long MaxTextBytes = DocumentReader.MaxLineBytes;

    static readonly string[] DocumentExtensions = [".jsonl", ".ndjson", ".txt"];

    public IReadOnlyList<string> Names { get; } = names.Count == 0 ? [ConsoleStreams.StandardInputName] : names;

    public long BytesRead { get; private set; }

    /// <summary>The inputs that exist as neither a file nor a folder.</summary>
    public IEnumerable<string> Missing => Names.Where(n => n != ConsoleStreams.StandardInputName && !File.Exists(n) && !Directory.Exists(n));

    public bool HasText => Files().Any(f => IsText(f));

    /// <summary>The total size of the input files, or null when standard input is among them.</summary>
    public long? TotalBytes => Names.Contains(ConsoleStreams.StandardInputName) ? null : Files().Sum(f => new FileInfo(f).Length);

    IEnumerable<string> Files()
    {
        foreach (var name in Names)
        {
            if (name == ConsoleStreams.StandardInputName) continue;
            if (!Directory.Exists(name)) { yield return name; continue; }
            foreach (var file in Directory.EnumerateFiles(name, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (DocumentExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)) yield return file;
        }
    }

    static bool IsText(string file) => file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ReadResult> Read(DateOnly? date)
    {
        foreach (var name in Names.Where(n => n == ConsoleStreams.StandardInputName).Concat(Files()))
        {
            var fromStdin = name == ConsoleStreams.StandardInputName;
            var (stream, error) = Open(name, fromStdin);
            if (stream is null)
            {
                yield return new ReadResult(null, new Problem(name, 0, $"cannot be read: {error}"));
                continue;
            }
            using var counted = new CountingStream(stream, n => BytesRead += n);
            if (IsText(name))
            {
                if (counted.Length > MaxTextBytes)
                {
                    BytesRead += counted.Length;
                    yield return new ReadResult(null, new Problem(name, 0, $"larger than {MaxTextBytes / (1024 * 1024)} MB: skipped"));
                    continue;
                }
                var result = DocumentReader.ReadText(counted, name, Path.GetFileNameWithoutExtension(name), date);
                yield return result;
                continue;
            }
            foreach (var result in DocumentReader.ReadJsonLines(counted, name)) yield return result;
        }
    }

    (Stream? Stream, string? Error) Open(string name, bool fromStdin)
    {
        try
        {
            return (fromStdin ? io.OpenInput() : File.OpenRead(name), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            BytesRead += new FileInfo(name).Length;
            return (null, ex.Message);
        }
    }

    /// <summary>A read-only stream that reports the bytes read through it.</summary>
    sealed class CountingStream(Stream inner, Action<int> read) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.CanSeek ? inner.Length : 0;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read(n);
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
