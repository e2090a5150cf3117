using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parley.Storage.Merging;

/// <summary>
/// MinHash signatures over word shingles, and LSH band keys that bring similar signatures
/// together (Broder 1997; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3).
/// The estimated Jaccard similarity of two documents' shingle sets is the fraction of signature
/// positions where they agree. Words are lower-cased letter and digit runs, so punctuation and
/// spacing changes in a reprint do not matter. Defaults chosen on the Guardian corpus (see
/// src/Parley.Storage/README.md): 5-word shingles, 40 hashes in 20 bands of 2, linked from an
/// estimated similarity of 0.35: every synthetic reprint found, no two different stories linked,
/// 20 band rows per document.
/// </summary>
public sealed class MinHash(int shingleWords = 5, int hashes = 40, int bands = 20)
{
    readonly ulong[] seeds = MakeSeeds(hashes);

    /// <summary>
    /// Whether <see cref="Add"/> computes eight hash functions at a time with AVX2 (the same values as one at a time:
    /// tests compare both). Hashing every shingle 40 times was 9 % of a bulk load's CPU time at 1 M events.
    /// </summary>
    internal bool Vectorised { get; init; } = Avx2.IsSupported && hashes % 8 == 0;

    /// <summary>
    /// Whether the eight at a time are one 512-bit vector with AVX-512's 64-bit multiply instead of two 256-bit vectors
    /// multiplied from 32-bit products (the same values: tests compare the three ways). Preparing the batches of a
    /// 1 M-event bulk load, signatures included, took 7.5 s of CPU instead of 8.9 s (see src/Parley.Storage/README.md).
    /// </summary>
    internal bool Wide { get; init; } = Avx512DQ.IsSupported && hashes % 8 == 0;

    public int ShingleWords => shingleWords;
    public int Hashes => hashes;
    public int Bands => bands;
    int Rows => hashes / bands;

    /// <summary>
    /// Similarity from which two documents are the same story: reprints with one of few paragraphs
    /// changed measured 0.38 and up, different stories of the same week 0.20 at most.
    /// </summary>
    public const double DuplicateThreshold = 0.35;

    /// <summary>
    /// Short texts (one-sentence summaries such as the Current Events items) share much of their wording without
    /// being one story ("Three U.S. soldiers die in two separate insurgent attacks" three days after "6 U.S.
    /// soldiers die in ..."), and 40 hashes estimate their similarity coarsely: under this many words a document
    /// is linked only as a near-exact copy.
    /// </summary>
    public const int ShortStoryWords = 60;

    /// <summary>The similarity a short document needs to be linked to another.</summary>
    public const double ShortDuplicateThreshold = 0.9;

    /// <summary>The similarity from which a document of this text is a reprint.</summary>
    public static double ThresholdFor(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words >= ShortStoryWords) return DuplicateThreshold;
            inWord = letter;
        }
        return ShortDuplicateThreshold;
    }

    public uint[] Signature(string text)
    {
        var signature = new uint[hashes];
        Array.Fill(signature, uint.MaxValue);
        // A ring of the last k word hashes; a shingle's hash combines them in order.
        Span<ulong> window = stackalloc ulong[shingleWords];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            var word = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            window[count % shingleWords] = word;
            count++;
            if (count >= shingleWords) Add(signature, Shingle(window, count));
        }
        // A text shorter than one shingle is its words as one shingle, so it still has a signature.
        if (count is > 0 && count < shingleWords) Add(signature, Shingle(window[..count], count));
        return signature;
    }

    static ulong Shingle(ReadOnlySpan<ulong> window, int count)
    {
        // The window's words from the oldest: window[(count + j) % length] for j = 0, 1, ..., without a division per word.
        var h = 0UL;
        var k = count % window.Length;
        for (var j = 0; j < window.Length; j++)
        {
            h = Mix(h * 31 + window[k]);
            if (++k == window.Length) k = 0;
        }
        return h;
    }

    void Add(uint[] signature, ulong shingle)
    {
        if (Wide && Vectorised)
        {
            AddEightWide(signature, shingle);
            return;
        }
        if (Vectorised)
        {
            AddEight(signature, shingle);
            return;
        }
        for (var h = 0; h < signature.Length; h++)
        {
            var v = (uint)(Mix(shingle ^ seeds[h]) >> 32);
            if (v < signature[h]) signature[h] = v;
        }
    }

    /// <summary><see cref="Add"/>, eight hash functions at a time: <see cref="Mix"/> on four 64-bit lanes, twice.</summary>
    void AddEight(uint[] signature, ulong shingle)
    {
        var x = Vector256.Create(shingle);
        for (var h = 0; h < signature.Length; h += 8)
        {
            var low = Mix(Vector256.Create(seeds, h) ^ x);
            var high = Mix(Vector256.Create(seeds, h + 4) ^ x);
            // The upper 32 bits of each lane, in lane order, against the signature's eight values.
            var values = Vector256.Narrow(low >>> 32, high >>> 32);
            Vector256.Min(Vector256.Create(signature, h), values).CopyTo(signature, h);
        }
    }

    /// <summary><see cref="AddEight"/> in one 512-bit vector: <see cref="Mix(ulong)"/> on eight 64-bit lanes.</summary>
    void AddEightWide(uint[] signature, ulong shingle)
    {
        var x = Vector512.Create(shingle);
        var first = Vector512.Create(0xBF58476D1CE4E5B9UL);
        var second = Vector512.Create(0x94D049BB133111EBUL);
        for (var h = 0; h < signature.Length; h += 8)
        {
            var z = Vector512.Create(seeds, h) ^ x;
            z = Avx512DQ.MultiplyLow(z ^ (z >>> 30), first);
            z = Avx512DQ.MultiplyLow(z ^ (z >>> 27), second);
            z ^= z >>> 31;
            // The upper 32 bits of each lane, in lane order, against the signature's eight values.
            var values = Avx512F.ConvertToVector256UInt32(z >>> 32);
            Vector256.Min(Vector256.Create(signature, h), values).CopyTo(signature, h);
        }
    }

    static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = Multiply(z ^ (z >>> 30), 0xBF58476D1CE4E5B9UL);
        z = Multiply(z ^ (z >>> 27), 0x94D049BB133111EBUL);
        return z ^ (z >>> 31);
    }

    /// <summary>
    /// Each lane times <paramref name="c"/>, modulo 2^64, from 32-bit products (AVX2 has no 64-bit multiply):
    /// lo(a)·lo(c) + ((hi(a)·lo(c) + lo(a)·hi(c)) shifted up 32 bits).
    /// </summary>
    static Vector256<ulong> Multiply(Vector256<ulong> a, ulong c)
    {
        var low = Vector256.Create(c & 0xFFFF_FFFFUL).AsUInt32();
        var high = Vector256.Create(c >> 32).AsUInt32();
        var cross = Avx2.Multiply((a >>> 32).AsUInt32(), low) + Avx2.Multiply(a.AsUInt32(), high);
        return Avx2.Multiply(a.AsUInt32(), low) + (cross << 32);
    }

    /// <summary>The share of positions where two signatures agree: the estimated Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>One key per band; two documents sharing any key are candidates for comparison.</summary>
    public long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new long[bands];
        for (var b = 0; b < bands; b++)
        {
            var h = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (var r = 0; r < Rows; r++) h = Mix(h ^ signature[b * Rows + r]);
            keys[b] = (long)h;
        }
        return keys;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, signature, 0, signature.Length * 4);
        return signature;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    static ulong[] MakeSeeds(int n)
    {
        var seeds = new ulong[n];
        var s = 0x5EED_0F_BA51CUL;
        for (var i = 0; i < n; i++) seeds[i] = s = Mix(s + 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
