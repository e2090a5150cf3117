using Parley.Io;
using Parley.Model;

namespace Parley.Tests.Coding;

/// <summary>The founding example: the seed article's events, reviewed like code.</summary>
public class SeedArticleTests
{
    static readonly Lazy<IReadOnlyList<PloverEvent>> Events = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(Shared.RepoRoot, "samples", "vienna-talks.jsonl"));
        var article = DocumentReader.ReadJsonLines(stream, "vienna-talks.jsonl").Single().Article!;
        return Shared.Pipeline.Code(article);
    });

    static bool Has(PloverEvent e, string code) => e.Actor.Concat(e.Recipient).Any(x => x.Entity.Code == code);

    [Fact]
    public void Vienna_talks_are_a_consult_between_the_US_and_China_in_Austria_in_May_2023()
    {
        var talks = Events.Value.Where(e => e.Sentence == 0 && e.Category == PloverCategory.Consult).ToList();
        var e = Assert.Single(talks);
        Assert.True(Has(e, "USA") && Has(e, "CHN"));
        Assert.Equal("AUT", e.Location!.Place.Country);
        Assert.Equal(new DateOnly(2023, 5, 1), new DateOnly(e.Date!.Value.Date.Year, e.Date.Value.Date.Month, 1));
    }

    [Fact]
    public void Munich_meeting_is_dated_February_2023()
    {
        var e = Assert.Single(Events.Value, e => e.Category == PloverCategory.Consult && e.Text.StartsWith("Blinken met Wang", StringComparison.Ordinal));
        Assert.Equal(2023, e.Date!.Value.Date.Year);
        Assert.Equal(2, e.Date.Value.Date.Month);
    }

    [Fact]
    public void Blinkens_cancelled_trip_is_a_rejection_by_the_US()
    {
        Assert.Contains(Events.Value, e => e.Category == PloverCategory.Reject && e.EventText.Contains("cancel", StringComparison.Ordinal)
                                            && e.Actor.Any(a => a.Entity.Country == "USA"));
    }

    [Fact]
    public void Chinas_refusal_to_schedule_the_meeting_is_a_rejection_by_China()
    {
        Assert.Contains(Events.Value, e => e.Category == PloverCategory.Reject && e.Text.Contains("unwilling", StringComparison.Ordinal)
                                            && e.Actor.Any(a => a.Entity.Country == "CHN"));
    }

    [Fact]
    public void Chinas_demand_that_the_US_lift_sanctions_is_a_request()
    {
        Assert.Contains(Events.Value, e => e.Category == PloverCategory.Request && e.Actor.Any(a => a.Entity.Country == "CHN")
                                            && e.Recipient.Any(r => r.Entity.Country == "USA"));
    }

    [Fact]
    public void Balloon_shot_down_by_the_US_is_an_assault()
    {
        Assert.Contains(Events.Value, e => e.Category == PloverCategory.Assault && e.Actor.Any(a => a.Entity.Country == "USA"));
    }

    [Fact]
    public void Failed_agreement_is_not_an_asserted_agree()
    {
        Assert.DoesNotContain(Events.Value, e => e.Category == PloverCategory.Agree && e.Text.Contains("failed to come", StringComparison.Ordinal)
                                                 && e.Status != EventStatus.Negated);
    }
}

/// <summary>Phrases that look like events but are not.</summary>
public class NonEventTests
{
    [Theory]
    [InlineData("The Chinese ministry released a report on the balloon on Monday.")]
    [InlineData("Germany's exports met expectations in March, officials said.")]
    [InlineData("Iran's president was killed in a helicopter crash in fog-shrouded mountains.")]
    [InlineData("Brazil beat Argentina 1-0 in a friendly in Riyadh on Friday.")]
    public void Are_not_coded(string sentence) => Assert.Empty(Shared.Code(sentence));

    [Fact]
    public void Releasing_prisoners_still_is()
    {
        Assert.Contains(Shared.Code("Belarus released 14 political prisoners on Saturday."), e => e.Category == PloverCategory.Retreat);
    }
}
