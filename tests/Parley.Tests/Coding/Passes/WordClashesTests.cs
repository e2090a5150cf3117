using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A clash between people named is one of words; clashes of crowds and forces stay violence.</summary>
public sealed class WordClashesTests
{
    [Theory]
    // Current Events 2013 (real-text dev set) and 2009.
    [InlineData("Mohammad Bagher Ghalibaf clashes with Hassan Rouhani over the July 1999 student protests.", "2013-06-07")]
    [InlineData("Libertas founder Declan Ganley and Ryanair CEO Michael O'Leary clash during high-profile radio and television debates on the Treaty of Lisbon.", "2009-09-24")]
    public void People_clashing_criticise_each_other(string text, string date)
    {
        var coded = Coded.Of(text, date);
        var clash = Assert.Single(coded.Candidates(PloverCategory.Accuse));
        Assert.Equal((PloverCategory.Accuse, PloverMode.Disapprove, "111"), (clash.Category, clash.Mode, clash.Cameo.Value));
        Assert.True(Coded.Decided(clash, "word-clashes"));
    }

    [Fact]
    public void Clashes_between_crowds_named_beside_a_person_stay_violence()
    {
        // Current Events 2008 (real-text dev set): the prime minister declares the emergency; the clashes are the protesters'.
        var coded = Coded.Of("Thai Prime Minister Samak Sundaravej declares a state of emergency in Bangkok after clashes between groups of pro- and anti-government protesters resulted in one death and many injuries.", "2008-09-02");
        Assert.Contains(coded.Kept, e => e.Category == PloverCategory.Assault && e.Match.Trigger.Anchor == "clash");
        Assert.DoesNotContain(coded.Kept, e => Coded.Decided(e, "word-clashes"));
    }
}
