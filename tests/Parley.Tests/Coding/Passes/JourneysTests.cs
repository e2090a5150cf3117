using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Only office holders visit by arriving or flying somewhere.</summary>
public sealed class JourneysTests
{
    [Fact]
    public void Defectors_flying_to_South_Korea_make_no_visit()
    {
        var coded = Coded.Of("About 220 North Koreans fly to South Korea from an unnamed third country, following 247 who arrived the day before.", "2004-07-28");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Consult);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Consult && e.Reasons[e.Reasons.Count - 1].Pass == "journeys");
    }
}
