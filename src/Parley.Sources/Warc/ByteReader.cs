using System.Text;

namespace Parley.Sources.Warc;

/// <summary>Lines and counted blocks from a forward-only stream, through one buffer.</summary>
sealed class ByteReader(Stream stream)
{
    readonly byte[] buffer = new byte[1 << 16];
    int start, end;
    bool ended;

    bool Fill()
    {
        if (ended) return false;
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        var n = stream.Read(buffer, end, buffer.Length - end);
        if (n == 0) { ended = true; return false; }
        end += n;
        return true;
    }

    /// <summary>
    /// The next line without its CR LF, decoded as UTF-8 (WARC headers are UTF-8), or null at the end.
    /// A line longer than <paramref name="max"/> comes back cut at that length: garbage between
    /// records must not grow the buffer without bound.
    /// </summary>
    public string? ReadLine(int max)
    {
        var line = new List<byte>();
        while (true)
        {
            if (start == end && !Fill()) return line.Count == 0 ? null : Decode(line);
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            var take = Math.Min(stop - start, max - line.Count);
            line.AddRange(new ArraySegment<byte>(buffer, start, take));
            start += take;
            if (newline >= 0 && start == newline) { start++; return Decode(line); }
            if (line.Count >= max) return Decode(line);
        }
    }

    static string Decode(List<byte> line)
    {
        var count = line.Count > 0 && line[^1] == (byte)'\r' ? line.Count - 1 : line.Count;
        return Encoding.UTF8.GetString(line.ToArray(), 0, count);
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer means the stream ended.</summary>
    public byte[] ReadBlock(int count, out int read)
    {
        var block = new byte[count];
        read = 0;
        while (read < count)
        {
            if (start == end && !Fill()) break;
            var n = Math.Min(count - read, end - start);
            Buffer.BlockCopy(buffer, start, block, read, n);
            start += n;
            read += n;
        }
        return block;
    }

    /// <summary>Skips <paramref name="count"/> bytes; false when the stream ends first.</summary>
    public bool Skip(long count)
    {
        while (count > 0)
        {
            if (start == end && !Fill()) return false;
            var n = (int)Math.Min(count, end - start);
            start += n;
            count -= n;
        }
        return true;
    }
}
