using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A relative clause on a background phrase is background too.</summary>
public sealed class BackgroundClausesTests
{
    [Fact]
    public void The_fighting_before_a_pull_out_in_which_militants_were_killed_is_background()
    {
        var coded = Coded.Of("Israeli ground forces pull out of the central Gaza Strip, after several days of fighting in which about 30 Hamas militants were killed.", "2006-07-14");
        Assert.Equal(["ISR"], Coded.Codes(coded.Event(PloverCategory.Retreat).Actor));
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.DropDecision?.Pass == "background-clauses");
    }
}
