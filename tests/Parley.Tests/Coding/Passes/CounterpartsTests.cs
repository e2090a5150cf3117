using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Recipients shared between the events of one sentence.</summary>
public sealed class CounterpartsTests
{
    [Fact]
    public void Wounding_after_a_rocket_barrage_on_Israeli_towns_hits_Israel_too()
    {
        var coded = Coded.Of("Since Wednesday morning, Hezbollah militants fired about 700 rockets against Israeli towns, killing 4 civilians and wounding more than 500.", "2006-07-15");
        Assert.All(coded.Kept.Where(e => e.Category == PloverCategory.Assault), e => Assert.Contains("ISR", Coded.Codes(e.Recipient)));
        Assert.Contains(coded.Kept, e => Coded.Decided(e, "counterparts"));
    }
}
