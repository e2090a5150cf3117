using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A protest held at an institution's door is aimed at that institution.</summary>
public sealed class ProtestSitesTests
{
    [Fact]
    public void Demonstrating_outside_parliament_targets_parliament()
    {
        var coded = Coded.Of("Thousands of protesters demonstrate violently outside parliament in Niger against rising prices and high tax increases.", "2005-03-15");
        var protest = coded.Event(PloverCategory.Protest);
        Assert.Equal(["NER"], Coded.Codes(protest.Recipient));
        Assert.True(Coded.Decided(protest, "protest-sites"));
    }
}
