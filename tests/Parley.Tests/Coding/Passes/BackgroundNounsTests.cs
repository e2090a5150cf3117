using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Event nouns named as topic or background are not reported as happening.</summary>
public sealed class BackgroundNounsTests
{
    [Fact]
    public void Attacks_named_as_what_is_responded_to_are_background()
    {
        var coded = Coded.Of("These come in response to the attacks of August 4 listed above.", "2002-08-07");
        Assert.Equal("background-nouns", coded.DroppedBy(PloverCategory.Assault));
    }
}
