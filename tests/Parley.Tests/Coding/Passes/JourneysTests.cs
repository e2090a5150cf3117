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
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Consult && e.DropDecision?.Pass == "journeys");
    }

    [Theory]
    [InlineData("Turkish military officials travelled to Moscow ahead of the Turkish invasion to extract guarantees that the Russian air force inside Syria would not attack Turkish units.", "2018-01-23", "TUR", "RUS")]
    [InlineData("Pope Francis arrives in the Central African Republic.", "2015-11-29", "VAT", "CAF")]
    public void Officials_and_religious_leaders_travelling_somewhere_visit(string text, string date, string visitor, string host)
    {
        var visit = Coded.Of(text, date).Candidate(PloverCategory.Consult);
        Assert.Equal(PloverMode.Visit, visit.Mode);
        Assert.Equal([visitor], Coded.Codes(visit.Actor));
        Assert.Equal([host], Coded.Codes(visit.Recipient));
    }

    [Fact]
    public void Marines_arriving_somewhere_are_deployed_there()
    {
        // Current Events, 2017 (real-text dev set): was dropped as a journey by people who hold no office.
        var coded = Coded.Of("Three hundred U.S. marines arrive in Norway for a six-month deployment, becoming the first foreign troops in Norway since World War II.", "2017-01-16");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Consult);
        var deployment = coded.Event(PloverCategory.Mobilize);
        Assert.Equal(PloverMode.Troops, deployment.Mode);
        Assert.Equal(["USA"], Coded.Codes(deployment.Actor));
        Assert.Equal(["NOR"], Coded.Codes(deployment.Recipient));
    }
}
