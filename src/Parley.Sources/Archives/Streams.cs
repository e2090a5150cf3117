namespace Parley.Sources.Archives;

/// <summary>A read-only, forward-only stream; the helpers below only need Read.</summary>
abstract class ForwardStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public abstract override int Read(Span<byte> buffer);
}

/// <summary>
/// The bytes already read to recognise a format, then the rest of the stream: sniffing a
/// non-seekable stream (a gzip member, an HTTP body) must not lose its head.
/// </summary>
sealed class HeadStream(byte[] head, int headLength, Stream rest) : ForwardStream
{
    int position;

    public override int Read(Span<byte> buffer)
    {
        if (position < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - position);
            head.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="stream"/>.</summary>
    public static (HeadStream Stream, byte[] Head, int Length) Open(Stream stream, int count)
    {
        var head = new byte[count];
        var length = ReadFully(stream, head);
        return (new HeadStream(head, length, stream), head, length);
    }

    public static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}

/// <summary>
/// Counts the bytes read through it, the compressed side of a gzip stream, and keeps what is needed
/// to tell a cut-off gzip file from a whole one: .NET's GZipStream just ends early on a cut.
/// </summary>
sealed class CountingStream(Stream inner) : ForwardStream
{
    readonly byte[] last = new byte[8];
    int previous = -1, beforePrevious = -1;

    public long Count { get; private set; }

    /// <summary>Whether a gzip member header (1F 8B 08) was seen after the first: then the file has several members.</summary>
    public bool SeveralMembers { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var read = buffer[..n];
        for (var i = 0; i < n; i++)
        {
            // Deflate data can hold these three bytes by chance; then the check below is merely skipped.
            if (read[i] == 0x08 && previous == 0x8B && beforePrevious == 0x1F && Count + i > 2) SeveralMembers = true;
            beforePrevious = previous;
            previous = read[i];
        }
        if (n >= 8) read[^8..].CopyTo(last);
        else if (n > 0)
        {
            last.AsSpan(n).CopyTo(last);
            read.CopyTo(last.AsSpan(8 - n));
        }
        Count += n;
        return n;
    }

    /// <summary>
    /// Whether a one-member gzip file ended where its trailer says: the last four bytes hold the
    /// expanded length modulo 2^32. Files of several members (WARC) are checked record by record instead.
    /// </summary>
    public bool EndsWhole(long expanded) => SeveralMembers || Count < 18 || BitConverter.ToUInt32(last, 4) == (uint)expanded;
}

/// <summary>
/// The expanded side of a decompressor, watched as it is read: it may not grow past the input's
/// budget, past what its archive declared, or more than the allowed ratio over its compressed size.
/// </summary>
sealed class ExpansionStream(Stream inner, ReadContext context, string display, Func<long> compressed, long declared = -1, Func<long, bool>? endsWhole = null) : ForwardStream
{
    // Tiny members can expand a lot legitimately (a page of repeated markup); ratios count past this.
    const long RatioFloor = 1 << 20;
    long total;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        // A member that ends before the size its archive declared was cut off: its partial text is no document.
        if (n == 0 && buffer.Length > 0 && declared >= 0 && total < declared)
            throw new InvalidDataException($"cut short at {total:N0} of its {declared:N0} bytes");
        if (n == 0 && buffer.Length > 0 && endsWhole is not null && !endsWhole(total))
            throw new InvalidDataException($"gzip data cut short after {total:N0} bytes");
        total += n;
        context.AddExpanded(n, display);
        if (declared >= 0 && total > declared)
            throw new SourceLimitException(display, $"expands past the {Sizes.Describe(declared)} its archive declared: stopped");
        if (total > RatioFloor && total > context.Options.MaxCompressionRatio * Math.Max(1, compressed()))
            throw new SourceLimitException(display, $"expands more than {context.Options.MaxCompressionRatio:0} times its compressed size (a zip bomb?): stopped");
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
