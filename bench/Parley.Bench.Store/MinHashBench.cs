using Parley.Model;
using Parley.Storage.Merging;

namespace Parley.Storage.Bench;

/// <summary>
/// Chooses MinHash parameters: for each setting, how many synthetic reprints (new headline, one
/// paragraph of three sentences replaced by another story's) are found and linked, how many pairs
/// of different stories published within a week become LSH candidates or are wrongly linked, and
/// how many band rows a document costs the store.
/// </summary>
static class MinHashBench
{
    public static int Run(string file)
    {
        var articles = Corpus.Load(file).Where(a => a.Text.Length > 1500).ToList();
        var pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        var sentences = articles.Select(a => pipeline.Segment(a)).ToList();
        var random = new Random(7);
        var reprints = new List<(int Original, string Text)>();
        for (var i = 0; i < articles.Count; i++)
        {
            var s = sentences[i];
            if (s.Count < 8) continue;
            var j = (i + 1 + random.Next(articles.Count - 1)) % articles.Count;
            var other = sentences[j];
            var at = random.Next(1, s.Count - 4);
            var from = random.Next(0, Math.Max(1, other.Count - 3));
            var replacement = string.Join(' ', other.Skip(from).Take(3).Select(x => articles[j].Text[x.Start..x.End]));
            var text = articles[i].Text[..s[at].Start] + replacement + " " + articles[i].Text[s[at + 2].End..].TrimStart();
            reprints.Add((i, text));
        }
        var pairs = new List<(int A, int B)>();
        for (var a = 0; a < articles.Count; a++)
            for (var b = a + 1; b < articles.Count; b++)
                if (Math.Abs(articles[a].Date!.Value.DayNumber - articles[b].Date!.Value.DayNumber) <= 7) pairs.Add((a, b));
        Console.WriteLine($"{articles.Count} Guardian articles over 1,500 characters, {reprints.Count} synthetic reprints, {pairs.Count} pairs of different stories within a week");
        Console.WriteLine("| shingle words | hashes | bands x rows | reprints linked | lowest reprint similarity | different pairs: LSH candidates / linked / highest similarity | band rows per document |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (k, n, b) in new[] { (3, 128, 32), (5, 128, 32), (9, 128, 32), (5, 64, 16), (5, 32, 8), (5, 32, 16), (5, 48, 16), (3, 32, 16), (5, 64, 32), (5, 40, 20) })
        {
            var minhash = new MinHash(k, n, b);
            var sigs = articles.Select(a => minhash.Signature(a.Text)).ToList();
            var keys = sigs.Select(s => minhash.BandKeys(s).ToHashSet()).ToList();
            int linked = 0;
            var lowest = 1.0;
            foreach (var (original, text) in reprints)
            {
                var sig = minhash.Signature(text);
                var similarity = MinHash.Similarity(sig, sigs[original]);
                lowest = Math.Min(lowest, similarity);
                if (minhash.BandKeys(sig).Any(keys[original].Contains) && similarity >= MinHash.DuplicateThreshold) linked++;
            }
            int candidates = 0, wrong = 0;
            var highest = 0.0;
            foreach (var (a, c) in pairs)
            {
                var similarity = MinHash.Similarity(sigs[a], sigs[c]);
                highest = Math.Max(highest, similarity);
                if (!keys[a].Overlaps(keys[c])) continue;
                candidates++;
                if (similarity >= MinHash.DuplicateThreshold) wrong++;
            }
            Console.WriteLine($"| {k} | {n} | {b} x {n / b} | {linked}/{reprints.Count} | {lowest:F2} | {candidates} / {wrong} / {highest:F2} | {b} |");
        }
        return 0;
    }
}
