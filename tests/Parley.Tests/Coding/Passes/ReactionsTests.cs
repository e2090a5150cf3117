using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A reaction to the event before it is aimed at that event's actor.</summary>
public sealed class ReactionsTests
{
    [Fact]
    public void Burning_flags_after_the_US_left_the_nuclear_deal_is_aimed_at_the_US()
    {
        var coded = Coded.Of("After the United States withdrew from the Joint Comprehensive Plan of Action, a group of conservative Iranian lawmakers burned American flags and chanted Death to America.", "2018-05-09");
        var protest = coded.Event(PloverCategory.Protest);
        Assert.Equal(["IRN"], Coded.Codes(protest.Actor));
        Assert.Equal(["USA"], Coded.Codes(protest.Recipient));
        Assert.True(Coded.Decided(protest, "reactions"));
    }
}
