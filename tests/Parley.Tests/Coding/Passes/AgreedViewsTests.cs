using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Agreeing that something is so shares a view; agreeing to act, or states agreeing between them, is AGREE.</summary>
public sealed class AgreedViewsTests
{
    [Theory]
    // Guardian and Current Events sentences of the real-text dev set, none of them an agreement.
    [InlineData("Downing Street said senior ministers had agreed it was highly likely the Syrian government was responsible for the gas attack on the rebel-held town of Douma.", "2018-04-12")]
    [InlineData("International media agree the situation in Catalonia is quiet.", "2017-10-30")]
    public void Agreeing_that_something_is_so_is_no_agreement(string text, string date) =>
        Assert.Equal("agreed-views", Coded.Of(text, date).DroppedBy(PloverCategory.Agree));

    [Fact]
    public void States_agreeing_between_them_settle_something()
    {
        // Current Events, real-text dev set: a border settled by two states.
        var agreement = Coded.Of("Belgium and the Netherlands, by swapping 48 acres of land, agree that one section of their border is now the center of the Meuse River.", "2018-01-05")
            .Candidate(PloverCategory.Agree);
        Assert.False(Coded.Decided(agreement, "agreed-views"));
    }
}
