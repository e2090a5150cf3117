using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>War-long tallies of the dead and displaced, with no one acting, are statistics, not events.</summary>
public sealed class TalliesTests
{
    [Theory]
    // Guardian, 2017-2018 (real-text dev set): counted victims, no agent, the perfect, framed by the war or a span of years.
    [InlineData("At least half a million Syrians have already been killed because of this war.", "2018-02-20")]
    [InlineData("This is in a country where 25 journalists have been killed since 1992.", "2017-10-17")]
    [InlineData("More than 500,000 people have been killed as the war enters its eighth year, with no obvious end in sight.", "2018-03-15")]
    [InlineData("An estimated 400,000 Syrians have been killed and another 5.1 million displaced in a brutal six-year conflict.", "2017-09-20")]
    public void A_war_long_toll_is_no_event(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && Coded.Decided(e, "tallies"));
    }

    [Theory]
    // Current Events (real-text dev set): a new toll, a toll told in the past, a dated killing; each an event.
    [InlineData("The United States Central Command reports three more U.S. soldiers have been killed, bringing the death toll among U.S. forces to six, since the start of the conflict with Iran.", "2026-03-02")]
    [InlineData("Six aid workers and a driver were killed in the worst single attack on humanitarian staff since civil war broke out in December 2013.", "2017-03-26")]
    [InlineData("Six people are killed in Lebanon's northern city of Tripoli on Saturday in exchanges of fire between neighborhoods which support rival sides in Syria's civil war.", "2013-05-18")]
    public void A_new_or_past_toll_is_an_event(string text, string date)
    {
        var attack = Coded.Of(text, date).Candidates(PloverCategory.Assault).First();
        Assert.False(Coded.Decided(attack, "tallies"));
    }

    [Fact]
    public void A_toll_with_an_actor_is_an_event()
    {
        // Guardian, 2018 (real-text dev set): a named campaign displaced them.
        var coded = Coded.Of("The battle for Afrin displaced tens of thousands of people and cost nearly 300 civilian lives by the estimates of war monitors.", "2018-03-20");
        var expulsion = coded.Candidate(PloverCategory.Sanction);
        Assert.False(Coded.Decided(expulsion, "tallies"));
    }
}
