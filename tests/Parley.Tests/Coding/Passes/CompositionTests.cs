using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Requests, refusals, threats and promises fold in the act they are about and take their mode from it.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void Refusing_to_support_is_one_refusal_moded_assist()
    {
        var coded = Coded.Of("A new Iraqi battalion refuses to support Coalition forces in the town of Falluja after a command failure which lead to miscommunication over their role in the area.", "2004-04-11");
        var refusal = coded.Event(PloverCategory.Reject);
        Assert.Equal(PloverMode.Assist, refusal.Mode);
        Assert.Equal(PloverCategory.Support, refusal.Absorbed?.Category);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Support);
        Assert.True(Coded.Decided(refusal, "composition"));
    }

    [Fact]
    public void Urging_a_parliament_to_investigate_is_a_request_not_an_investigation()
    {
        var coded = Coded.Of("Former senior U.S. intelligence official and UNSCOM inspector Scott Ritter urges the Parliament of the United Kingdom to investigate the questionable way in which units of British secret intelligence agencies massaged public opinion prior to war with Iraq.", "2003-11-21");
        Assert.Equal(PloverMode.Change, coded.Event(PloverCategory.Request).Mode);
        Assert.Equal("composition", coded.DroppedBy(PloverCategory.Accuse));
    }
}
