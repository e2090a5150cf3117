using Parley.Storage.Merging;

namespace Parley.Storage.Tests.Merging;

public sealed class MinHashTests
{
    static readonly MinHash Stories = new();

    [Fact]
    public void A_copy_with_other_spacing_and_punctuation_has_the_same_signature()
    {
        var a = Stories.Signature("Iran and the IAEA agreed on Tuesday to resume inspections at the Fordow site, officials said.");
        var b = Stories.Signature("IRAN and the IAEA agreed on Tuesday  to resume inspections at the Fordow site -- officials said");

        Assert.Equal(1.0, MinHash.Similarity(a, b));
        Assert.Equal(Stories.BandKeys(a), Stories.BandKeys(b));
    }

    [Fact]
    public void A_reprint_with_one_changed_paragraph_stays_above_the_threshold_and_another_story_far_below()
    {
        var original = Samples.Guardian("guardian-119");
        var sentences = Samples.Pipeline.Segment(original);
        var reprint = original.Text[..sentences[3].Start] + "The ministry declined to comment on the report. It gave no reason. " +
                      "A spokesman said a statement would follow." + original.Text[sentences[5].End..];
        var other = Samples.Guardian("guardian-120");

        var similarity = MinHash.Similarity(Stories.Signature(original.Text), Stories.Signature(reprint));
        var different = MinHash.Similarity(Stories.Signature(original.Text), Stories.Signature(other.Text));

        Assert.InRange(similarity, MinHash.DuplicateThreshold, 0.99);
        Assert.InRange(different, 0, 0.2);
        Assert.True(Stories.BandKeys(Stories.Signature(original.Text)).Intersect(Stories.BandKeys(Stories.Signature(reprint))).Any());
    }

    [Fact]
    public void Signatures_are_the_same_hashed_eight_at_a_time_and_one_at_a_time()
    {
        var vectorised = new MinHash { Wide = false };
        var wide = new MinHash();
        var scalar = new MinHash { Vectorised = false };
        // Without AVX2 all three hash one at a time, and without AVX-512 the wide one hashes as the vectorised one:
        // the test then compares a path with itself.
        var random = new Random(11);
        var texts = new List<string> { "", "one", "two words", Samples.Guardian("guardian-119").Text, Samples.Guardian("guardian-120").Text };
        for (var i = 0; i < 200; i++)
            texts.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(100_000).ToString())));

        foreach (var text in texts)
        {
            Assert.Equal(scalar.Signature(text), vectorised.Signature(text));
            Assert.Equal(scalar.Signature(text), wide.Signature(text));
        }
    }

    [Fact]
    public void Signatures_survive_storage()
    {
        var signature = Stories.Signature("Protesters marched in Paris against the pension reform.");

        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
        Assert.Equal(Stories.Hashes, signature.Length);
    }
}
