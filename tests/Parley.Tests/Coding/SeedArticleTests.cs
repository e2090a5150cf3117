using System.Text;
using Parley.Io;
using Parley.Model;

namespace Parley.Tests.Coding;

/// <summary>
/// The founding example: the seed article's events, reviewed like code. Golden/vienna-talks.events.jsonl
/// is the reviewed output; after a change that improves it, review the difference and regenerate it with
/// `parley code samples/vienna-talks.jsonl > tests/Parley.Tests/Golden/vienna-talks.events.jsonl`, then the
/// eventness model's copy of it with `python3 eval/tools/seed_labels.py PARLEY > eval/seed.jsonl`.
/// </summary>
public class SeedArticleTests
{
    static readonly Lazy<IReadOnlyList<PloverEvent>> Events = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(Shared.RepoRoot, "samples", "vienna-talks.jsonl"));
        var article = DocumentReader.ReadJsonLines(stream, "vienna-talks.jsonl").Single().Article!;
        return Shared.Pipeline.Code(article);
    });

    static PloverEvent In(int sentence, PloverCategory category) =>
        Assert.Single(Events.Value, e => e.Sentence == sentence && e.Category == category && e.Status != EventStatus.Negated);

    [Fact]
    public void The_coded_article_is_the_reviewed_golden_file()
    {
        var buffer = new MemoryStream();
        using (var writer = new EventWriter(buffer))
            foreach (var e in Events.Value.Where(e => e.Status != EventStatus.Negated)) writer.Write(e);
        var coded = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var golden = File.ReadAllLines(Path.Combine(Shared.RepoRoot, "tests", "Parley.Tests", "Golden", "vienna-talks.events.jsonl"));
        for (var i = 0; i < Math.Max(coded.Length, golden.Length); i++)
            Assert.True(i < coded.Length && i < golden.Length && coded[i] == golden[i],
                $"event {i} differs from the reviewed golden file:\n  golden: {(i < golden.Length ? golden[i] : "(none)")}\n  coded:  {(i < coded.Length ? coded[i] : "(none)")}");
    }

    [Fact]
    public void The_eventness_model_is_trained_on_the_golden_files_events()
    {
        // eval/seed.jsonl (eval/tools/seed_labels.py) gives the training the golden file's events: both must tell the same.
        var unit = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Shared.RepoRoot, "eval", "seed.jsonl"))).RootElement;
        var text = unit.GetProperty("text").GetString()!;
        var labelled = unit.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("sentence").GetInt32()} {e.GetProperty("event").GetString()} {e.GetProperty("status").GetString()} {e.GetProperty("words").GetString()}")
            .ToList();
        var golden = File.ReadAllLines(Path.Combine(Shared.RepoRoot, "tests", "Parley.Tests", "Golden", "vienna-talks.events.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(e => $"{e.GetProperty("sentence").GetInt32()} {e.GetProperty("event").GetString()} {e.GetProperty("status").GetString()} "
                         + text[e.GetProperty("span")[0].GetInt32()..e.GetProperty("span")[1].GetInt32()])
            .ToList();
        Assert.NotEmpty(golden);
        Assert.Equal(golden, labelled);
    }

    [Fact]
    public void Vienna_talks_are_a_third_party_meeting_between_the_US_and_China_in_Austria()
    {
        var talks = In(0, PloverCategory.Consult);
        Assert.Equal(["CHN", "USA"], talks.Actor.Select(a => a.Entity.Code).Order());
        Assert.Equal("AUT", talks.Location!.Place.Country);
        Assert.Equal(PloverMode.ThirdParty, talks.Mode);
        Assert.Equal(new DateOnly(2023, 5, 12), talks.Date!.Value.Date);
    }

    [Fact]
    public void Munich_meeting_is_dated_February_2023()
    {
        var meeting = In(10, PloverCategory.Consult);
        Assert.Equal(EventDate.Month(2023, 2), meeting.Date);
    }

    [Fact]
    public void Blinkens_cancelled_visits_are_refusals_to_meet_China()
    {
        foreach (var sentence in new[] { 5, 9 })
        {
            var refusal = In(sentence, PloverCategory.Reject);
            Assert.Equal(PloverMode.Meet, refusal.Mode);
            Assert.Equal(["USA"], refusal.Actor.Select(a => a.Entity.Code));
            Assert.Equal(["CHN"], refusal.Recipient.Select(a => a.Entity.Code));
        }
    }

    [Fact]
    public void Chinas_refusal_told_to_Washington_is_aimed_at_the_US()
    {
        var refusal = In(14, PloverCategory.Reject);
        Assert.Equal(["CHN"], refusal.Actor.Select(a => a.Entity.Code));
        Assert.Equal(["USA"], refusal.Recipient.Select(a => a.Entity.Code));
    }

    [Fact]
    public void Raising_US_concerns_about_China_is_an_accusation_of_China()
    {
        var concern = In(4, PloverCategory.Accuse);
        Assert.Equal(["USA"], concern.Actor.Select(a => a.Entity.Code));
        Assert.Equal(["CHN"], concern.Recipient.Select(a => a.Entity.Code));
    }

    [Fact]
    public void The_demand_to_lift_sanctions_is_a_request_by_China_to_the_US()
    {
        var demand = In(15, PloverCategory.Request);
        Assert.Equal(PloverMode.Yield, demand.Mode);
        Assert.Equal(["CHN"], demand.Actor.Select(a => a.Entity.Code));
        Assert.Equal(["USA"], demand.Recipient.Select(a => a.Entity.Code));
    }

    [Fact]
    public void Balloon_shot_down_by_the_US_is_an_assault_on_China()
    {
        var attack = In(8, PloverCategory.Assault);
        Assert.Equal(["USA"], attack.Actor.Select(a => a.Entity.Code));
        Assert.Equal(["CHN"], attack.Recipient.Select(a => a.Entity.Code));
    }

    [Fact]
    public void The_agreement_that_failed_to_come_is_not_recorded()
    {
        Assert.Contains(Events.Value, e => e.Sentence == 12);
        Assert.DoesNotContain(Events.Value, e => e.Sentence == 12 && e.Category == PloverCategory.Agree && e.Status != EventStatus.Negated);
    }
}
