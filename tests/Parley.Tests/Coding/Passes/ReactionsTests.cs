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

    [Theory]
    // Current Events: a reaction to "the" act the sentences before told is aimed at its actors; by its kind ("the attack"), the
    // last attack told, two sentences back.
    [InlineData("Qatar restores diplomatic ties with Iran. Tehran welcomes the move.", "2017-08-24", PloverCategory.Support, "IRN", "QAT")]
    [InlineData("Israeli warplanes attack an alleged Islamic Jihad training base deep in Syria in retaliation for a suicide bombing at a Haifa restaurant that killed 19 people, the army said Sunday. Israeli media state this is the first Israeli attack on Syrian soil in more than two decades. An emergency session of the UN Security Council is scheduled to debate the action. France and Germany condemn the attack.", "2003-10-05", PloverCategory.Accuse, "FRA", "ISR")]
    public void A_reaction_to_an_act_told_before_is_aimed_at_its_actors(string text, string date, PloverCategory category, string actor, string recipient)
    {
        var reaction = Coded.Of(text, date).Kept.Last(e => e.Category == category);
        Assert.Contains(actor, Coded.Codes(reaction.Actor));
        Assert.Equal([recipient], Coded.Codes(reaction.Recipient));
    }

    [Fact]
    public void A_newspaper_told_something_is_no_act_told_before()
    {
        // Guardian (real-text dev set): "told the Guardian" was read as a reaction to "the" act of the sentence before.
        var coded = Coded.Of("The US had vowed to ask its allies to surrender weapons. A senior Turkish official told the Guardian: “This is plainly ridiculous.”", "2019-01-10");
        var told = coded.Candidate(PloverCategory.Accuse);
        Assert.Equal(["TUR"], Coded.Codes(told.Actor));
        Assert.False(Coded.Decided(told, "reactions"));
    }
}
