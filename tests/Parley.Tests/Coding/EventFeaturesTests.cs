using Parley.Model;
using Parley.Tests.Coding.Passes;

namespace Parley.Tests.Coding;

/// <summary>What the eventness model is told about a candidate's place in the text.</summary>
public sealed class EventFeaturesTests
{
    [Fact]
    public void A_sentence_inside_a_quotation_opened_before_it_is_marked_so_and_one_after_it_closed_is_not()
    {
        var inside = Coded.Of("“Every time I’d send people they’d be killed. Once I sent 30 Tunisians and they were all killed before they even got there.”", "2019-02-20");
        var second = Assert.Single(inside.Candidates(PloverCategory.Assault), e => e.Match.Anchor > 10);
        Assert.Contains("quotation-continues", second.Features!);

        var outside = Coded.Of("“We will not leave,” he said. Two soldiers were killed near Manbij on Tuesday.", "2019-02-20");
        Assert.DoesNotContain("quotation-continues", outside.Candidate(PloverCategory.Assault).Features!);
    }
}
