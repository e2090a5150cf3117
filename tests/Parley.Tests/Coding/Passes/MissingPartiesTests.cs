using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>An event needs someone acting or acted upon.</summary>
public sealed class MissingPartiesTests
{
    [Fact]
    public void An_explosion_called_a_terrorist_act_with_nobody_named_is_not_coded()
    {
        var coded = Coded.Of("France confirms that an explosion aboard French oil tanker Limburg off the coast of Yemen was, indeed, a terrorist act.", "2002-10-10");
        Assert.Equal("missing-parties", coded.DroppedBy(PloverCategory.Assault));
    }
}
