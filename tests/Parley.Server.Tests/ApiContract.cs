using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Parley.Server.Tests;

/// <summary>
/// The API as a client sees it, over HTTP on a loopback port, against each store (the subclasses
/// pick the store). The store holds the real documents of <see cref="Corpus"/>.
/// </summary>
public abstract class ApiContract(LiveServer server)
{
    HttpClient Http => server.Http;

    const string BlinkenMeeting = "/api/events?dyad=USA,CHN&event=CONSULT&from=2023-05-01&to=2023-05-31";

    async Task<JsonElement> MeetingAsync()
    {
        var page = await Http.GetJsonAsync(BlinkenMeeting);
        return Assert.Single(page.Items("events"));
    }

    [StoreFact]
    public async Task A_dyad_filter_finds_the_meeting_two_outlets_reported_as_one_event()
    {
        var meeting = await MeetingAsync();
        Assert.Equal(2, meeting.GetProperty("sources").GetInt32());
        var e = meeting.GetProperty("event");
        Assert.Equal("CONSULT", e.Str("event"));
        Assert.Equal("2023-05-11", e.Str("date"));
        Assert.Equal("USA", Assert.Single(e.Items("actor")).Str("code"));
        Assert.Equal("CHN", Assert.Single(e.Items("recipient")).Str("code"));
        Assert.Equal("CHN", e.GetProperty("location").Str("country"));
    }

    [StoreFact]
    public async Task Every_event_listed_matches_every_filter()
    {
        var page = await Http.GetJsonAsync("/api/events?actor=RUS&quad=material-conflict&limit=1000");
        var events = page.Items("events").Select(x => x.GetProperty("event")).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("material-conflict", e.Str("quad"));
            Assert.Equal("RUS", e.Items("actor").First().Str("code"));
        });
    }

    [StoreFact]
    public async Task Pages_follow_one_another_without_repeats_in_either_order()
    {
        foreach (var order in new[] { "date", "-date" })
        {
            var whole = (await Http.GetJsonAsync($"/api/events?from=2010-01-01&order={order}&limit=1000")).Items("events")
                .Select(e => e.GetProperty("mergedId").GetInt64()).ToList();
            Assert.True(whole.Count > 20, $"only {whole.Count} events since 2010");
            var paged = new List<long>();
            string? cursor = null;
            do
            {
                var page = await Http.GetJsonAsync($"/api/events?from=2010-01-01&order={order}&limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                paged.AddRange(page.Items("events").Select(e => e.GetProperty("mergedId").GetInt64()));
                cursor = page.GetProperty("next").GetString();
            } while (cursor is not null);
            Assert.Equal(whole, paged);
        }
        var newest = (await Http.GetJsonAsync("/api/events?order=-date&limit=50")).Items("events").Select(e => e.GetProperty("event").Str("date")).ToList();
        Assert.Equal(newest.OrderDescending(StringComparer.Ordinal), newest);
    }

    [StoreFact]
    public async Task The_evidence_marks_the_trigger_and_the_parties_in_each_reporting_sentence()
    {
        var id = (await MeetingAsync()).GetProperty("mergedId").GetInt64();
        var detail = await Http.GetJsonAsync($"/api/events/{id}");
        var evidence = detail.Items("evidence").ToList();
        Assert.Equal(2, evidence.Count);
        Assert.Equal(["Reuters", "AP"], evidence.Select(x => x.GetProperty("document").Str("source")).Order().Reverse());
        foreach (var mention in evidence)
        {
            var sentence = mention.Str("sentence");
            string Marked(JsonElement at) => sentence[at.GetProperty("start").GetInt32()..at.GetProperty("end").GetInt32()];
            Assert.Contains(Marked(mention.GetProperty("trigger")), new[] { "met", "held talks" });
            Assert.Contains("Blinken", Marked(Assert.Single(mention.Items("actors")).GetProperty("at")));
            Assert.Contains("Qin Gang", Marked(Assert.Single(mention.Items("recipients")).GetProperty("at")));
            Assert.StartsWith("https://example.org/", mention.GetProperty("document").Str("url"));
            // The reports came out the day after the meeting.
            Assert.Equal("2023-05-12", mention.GetProperty("document").Str("date"));
            Assert.Equal("2023-05-11", mention.GetProperty("event").Str("date"));
        }
        Assert.Contains(evidence, x => x.GetProperty("document").Str("title") == "Blinken meets Qin in Beijing");
    }

    [StoreFact]
    public async Task Csv_holds_the_same_events_as_the_json_view()
    {
        var json = (await Http.GetJsonAsync("/api/events?actor=RUS&limit=1000")).Items("events").Select(e => e.GetProperty("event").Str("id")).ToHashSet();
        foreach (var request in new[] { Get("/api/events?actor=RUS&format=csv"), Get("/api/events?actor=RUS", accept: "text/csv") })
        {
            using var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("id,doc,sentence,date,", lines[0]);
            Assert.Equal(json, lines.Skip(1).Select(l => l.Split(',')[0]).ToHashSet());
        }
    }

    static HttpRequestMessage Get(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [StoreFact]
    public async Task Stats_count_the_events_the_list_shows_that_happened_unless_asked_for_another_status()
    {
        const string filter = "actor=USA&from=2002-01-01&to=2026-12-31";
        var all = (await Http.GetJsonAsync($"/api/events?{filter}&limit=1000")).Items("events").ToList();
        var listed = all.Count(e => e.GetProperty("event").Str("status") == "asserted");
        Assert.True(listed > 0 && listed < all.Count, $"{listed} asserted of {all.Count}");
        var stats = await Http.GetJsonAsync($"/api/stats?{filter}&by=quad&per=year");
        Assert.Equal("quad", stats.Str("by"));
        var rows = stats.Items("rows").ToList();
        Assert.Equal(listed, rows.Sum(r => r.GetProperty("events").GetInt64()));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("events").GetInt64(),
            r.GetProperty("verbalCooperation").GetInt64() + r.GetProperty("materialCooperation").GetInt64()
            + r.GetProperty("verbalConflict").GetInt64() + r.GetProperty("materialConflict").GetInt64()));
    }

    [StoreFact]
    public async Task Stats_by_dyad_per_month_have_the_meeting_and_a_trend_mark()
    {
        var stats = await Http.GetJsonAsync("/api/stats?by=dyad&per=month&from=2023-05-01&to=2023-07-31&baseline=2");
        var row = Assert.Single(stats.Items("rows"), r => r.Str("key") == "USA" && r.GetProperty("key2").GetString() == "CHN" && r.Str("period") == "2023-05-01");
        Assert.True(row.GetProperty("events").GetInt64() >= 1);
        Assert.Equal(2, stats.GetProperty("baselinePeriods").GetInt32());
        Assert.All(stats.Items("rows"), r => Assert.Contains(r.Str("trend"), new[] { "none", "large-increase", "moderate-increase", "moderate-decrease", "large-decrease" }));
    }

    [StoreFact]
    public async Task Actors_are_found_in_the_store_and_in_the_knowledge_base()
    {
        var found = await Http.GetJsonAsync("/api/actors?q=Antony%20Blinken&date=2023-05-12");
        Assert.Contains(found.Items("store"), a => a.Str("name") == "Antony Blinken" && a.GetProperty("events").GetInt64() >= 1);
        var known = Assert.Single(found.Items("knowledge"));
        Assert.Equal("USA", known.Str("country"));
        Assert.Contains("Secretary of State", known.Str("title"));
    }

    [StoreFact]
    public async Task A_document_is_returned_with_its_text_and_event_count()
    {
        var document = await Http.GetJsonAsync("/api/documents/reuters-1");
        Assert.Equal("Blinken meets Qin in Beijing", document.Str("title"));
        Assert.StartsWith("US Secretary of State Antony Blinken met", document.Str("text"));
        Assert.Equal(2, document.GetProperty("events").GetInt32());
        await Http.GetJsonAsync("/api/documents/no-such-document", HttpStatusCode.NotFound);
    }

    [StoreFact]
    public async Task Pasted_text_is_coded_with_its_explanation()
    {
        using var response = await Http.PostAsJsonAsync("/api/code", new { text = "China refused to meet the US delegation.", date = "2023-05-12" });
        var result = await Json.ReadAsync(response, HttpStatusCode.OK);
        var sentence = Assert.Single(result.Items("sentences"));
        var coded = Assert.Single(sentence.Items("events"));
        Assert.Equal("REJECT", coded.GetProperty("event").Str("event"));
        Assert.Equal("refused to meet", coded.GetProperty("trigger").Str("text"));
        Assert.Equal("China", Assert.Single(coded.Items("actors")).GetProperty("at").Str("text"));
        Assert.NotEmpty(coded.Items("reasons"));
    }

    [StoreFact]
    public async Task Health_says_ok_and_the_openapi_description_lists_the_endpoints()
    {
        Assert.Equal("ok", (await Http.GetJsonAsync("/health")).Str("status"));
        var openApi = await Http.GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/stats", "/api/actors", "/api/documents/{id}", "/api/code", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI description");
        var parameters = paths.GetProperty("/api/events").GetProperty("get").Items("parameters").Select(p => p.Str("name")).ToList();
        Assert.Contains("minSources", parameters);
        Assert.Contains("dyad", parameters);
    }

    [StoreFact]
    public async Task Bad_parameters_get_a_400_naming_them_and_the_server_goes_on()
    {
        foreach (var (query, parameter) in new[]
                 {
                     ("/api/events?actr=USA", "actr"), ("/api/events?from=12/05/2023", "from"), ("/api/events?from=2023-05-01&to=2023-04-01", "to"),
                     ("/api/events?event=MEET", "event"), ("/api/events?limit=100000", "limit"), ("/api/events?cursor=bm90IGEgY3Vyc29y", "cursor"),
                     ("/api/stats?by=planet", "by"), ("/api/stats?per=decade", "per"), ("/api/events?dyad=USA", "dyad"), ("/api/events?country=Ukraine", "country"),
                 })
        {
            using var response = await Http.GetAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: {problem}");
        }
        Assert.Equal("ok", (await Http.GetJsonAsync("/health")).Str("status"));
    }

    [StoreFact]
    public async Task Sql_in_a_filter_value_is_only_a_value()
    {
        foreach (var attack in new[] { "USA' OR '1'='1", "USA'; DROP TABLE events; --", "%", "_" })
        {
            var page = await Http.GetJsonAsync("/api/events?actor=" + Uri.EscapeDataString(attack));
            Assert.Empty(page.Items("events"));
            if (!attack.Contains('\'')) continue;
            var stats = await Http.GetJsonAsync("/api/stats?by=quad&text=" + Uri.EscapeDataString(attack));
            Assert.Empty(stats.Items("rows"));
        }
        await MeetingAsync();
    }
}

public sealed class SqliteApiTests(SqliteServer server) : ApiContract(server), IClassFixture<SqliteServer>;

public sealed class PostgresApiTests(PostgresServer server) : ApiContract(server), IClassFixture<PostgresServer>
{
    public static string? SkipReason => PostgresServer.SkipReason;
}
