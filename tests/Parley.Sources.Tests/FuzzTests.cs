namespace Parley.Sources.Tests;

/// <summary>
/// Damaged copies of the fixtures (cut at random points, random bytes flipped, random bytes
/// inserted) never make a reader throw: each read ends, and everything it gives is a document or a
/// problem. Seeds are fixed, so that a failure can be replayed; a failing input is saved to the temp folder.
/// </summary>
public class FuzzTests
{
    [Theory]
    [InlineData("warc/guardian.warc", 30)]
    [InlineData("warc/guardian.warc.gz", 30)]
    [InlineData("feeds/guardian-world.rss", 80)]
    [InlineData("feeds/guardian-world.atom", 80)]
    [InlineData("feeds/guardian-world.json", 80)]
    [InlineData("archives/guardian.zip", 25)]
    [InlineData("archives/guardian.tar.gz", 25)]
    [InlineData("pages/trump-erdogan-phone-call-opposing-accounts-afrin.html", 25)]
    public void Damaged_input_gives_documents_and_problems_never_an_exception(string fixture, int rounds)
    {
        var original = Fixtures.Bytes(fixture);
        // string.GetHashCode differs between runs; this seed does not.
        var random = new Random(fixture.Aggregate(20261203, (hash, c) => hash * 31 + c));
        // PARLEY_FUZZ_SCALE=50 runs fifty times as many rounds, for a longer search by hand.
        rounds *= int.TryParse(Environment.GetEnvironmentVariable("PARLEY_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;
        var name = Path.GetFileName(fixture);
        var problems = 0;
        for (var round = 0; round < rounds; round++)
        {
            var damaged = Damage(original, random);
            List<ReadResult> results;
            try
            {
                results = Fixtures.Read(damaged, name);
            }
            catch (Exception ex)
            {
                var file = Path.Combine(Path.GetTempPath(), $"parley-fuzz-{round}-{name}");
                File.WriteAllBytes(file, damaged);
                throw new Xunit.Sdk.XunitException($"round {round}: {ex.GetType().Name}: {ex.Message} (input saved as {file})\n{ex.StackTrace}");
            }
            Assert.All(results, r => Assert.True(r.Article is not null || r.Problem is not null));
            Assert.All(results.Documents(), d => Assert.False(string.IsNullOrEmpty(d.Id)));
            problems += results.Problems().Count;
        }
        // Damage that goes unnoticed every time would mean the readers check nothing.
        Assert.True(problems > 0, "no damaged copy was reported as a problem");
    }

    static byte[] Damage(byte[] original, Random random)
    {
        var bytes = original.ToList();
        switch (random.Next(4))
        {
            case 0: // cut
                return original[..random.Next(1, original.Length)];
            case 1: // flip bytes
                for (var i = random.Next(1, 12); i > 0; i--) bytes[random.Next(bytes.Count)] ^= (byte)random.Next(1, 256);
                return [.. bytes];
            case 2: // insert random bytes
                var at = random.Next(bytes.Count);
                var noise = new byte[random.Next(1, 64)];
                random.NextBytes(noise);
                bytes.InsertRange(at, noise);
                return [.. bytes];
            default: // flip and cut
                for (var i = random.Next(1, 6); i > 0; i--) bytes[random.Next(bytes.Count)] ^= (byte)random.Next(1, 256);
                return [.. bytes.Take(random.Next(1, bytes.Count))];
        }
    }
}
