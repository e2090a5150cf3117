using System.Text.Json;

namespace Parley.Tests.Cli;

/// <summary>`parley ingest`, `query`, `stats` and `recode` on a real embedded store, as a user meets them.</summary>
public sealed class StoreCommandTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-store-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    string Store => Path.Combine(directory, "events.db");

    string Input(string name, params string[] lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    static string Doc(string id, string date, string text) => JsonSerializer.Serialize(new { id, date, text, source = id.Split('-')[0] });

    string News() => Input("news.jsonl",
        Doc("reuters-1", "2023-05-12", "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Thursday."),
        Doc("ap-1", "2023-05-12", "Antony Blinken held talks with Qin Gang in Beijing on Thursday, officials said."),
        Doc("reuters-2", "2023-06-02", "Israeli aircraft struck targets in Gaza on Friday. Hamas fired rockets at Israel."),
        Doc("afp-1", "2023-07-02", "The European Union imposed sanctions on Iran over its drone deliveries to Russia."));

    static List<JsonElement> Events(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Ingest_stores_documents_and_a_second_ingest_changes_nothing()
    {
        var first = Cli.Run("ingest", News(), "--store", Store);
        Assert.Equal(0, first.Exit);
        Assert.Contains("4 documents added", first.Errors);
        Assert.True(File.Exists(Store));

        var again = Cli.Run("ingest", News(), "--store", Store);
        Assert.Equal(0, again.Exit);
        Assert.Contains("0 documents added", again.Errors);
        Assert.Contains("4 unchanged", again.Errors);
        Assert.Contains("0 events added", again.Errors);
    }

    [Fact]
    public void The_same_meeting_from_two_outlets_is_one_event_with_two_sources()
    {
        Cli.Run("ingest", News(), "--store", Store);
        var csv = Cli.Run("query", "--store", Store, "--dyad", "USA,CHN", "--format", "csv");
        Assert.Equal(0, csv.Exit);
        var rows = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,doc,sentence,date", rows[0]);
        var meeting = Assert.Single(rows.Skip(1));
        Assert.Contains("CONSULT", meeting);
        var header = rows[0].Split(',');
        Assert.Equal("2", meeting.Split(',')[Array.IndexOf(header, "sources")]);

        var raw = Events(Cli.Run("query", "--store", Store, "--dyad", "USA,CHN", "--raw", "--format", "jsonl").Output);
        Assert.Equal(2, raw.Count);
        Assert.All(raw, e => Assert.Equal("CONSULT", e.GetProperty("event").GetString()));
    }

    [Fact]
    public void Query_filters_select_events_and_a_table_pages_with_a_cursor()
    {
        Cli.Run("ingest", News(), "--store", Store);
        var assaults = Events(Cli.Run("query", "--store", Store, "--event", "ASSAULT", "--format", "jsonl").Output);
        Assert.NotEmpty(assaults);
        Assert.All(assaults, e => Assert.Equal("ASSAULT", e.GetProperty("event").GetString()));
        var sanctions = Events(Cli.Run("query", "--store", Store, "--actor", "EU", "--from", "2023-07-01", "--format", "jsonl").Output);
        Assert.Contains(sanctions, e => e.GetProperty("event").GetString() == "SANCTION");
        Assert.Empty(Events(Cli.Run("query", "--store", Store, "--event", "SANCTION", "--to", "2023-06-30", "--format", "jsonl").Output));

        var page = Cli.Run("query", "--store", Store, "--limit", "1");
        Assert.Equal(0, page.Exit);
        Assert.Contains("--cursor ", page.Errors);
        var cursor = page.Errors[(page.Errors.IndexOf("--cursor ", StringComparison.Ordinal) + 9)..].Trim().Split()[0];
        var next = Cli.Run("query", "--store", Store, "--limit", "1", "--cursor", cursor);
        Assert.Equal(0, next.Exit);
        Assert.NotEqual(page.Terminal, next.Terminal);
    }

    [Fact]
    public void Stats_count_events_per_dyad_and_period()
    {
        Cli.Run("ingest", News(), "--store", Store);
        var csv = Cli.Run("stats", "--store", Store, "--by", "dyad", "--per", "month", "--format", "csv");
        Assert.Equal(0, csv.Exit);
        var rows = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("group,group2,period,events", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("USA,CHN,2023-05,1,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("EU,IRN,2023-07,1,", StringComparison.Ordinal));

        var table = Cli.Run("stats", "--store", Store, "--by", "event", "--per", "year");
        Assert.Equal(0, table.Exit);
        Assert.Contains("CONSULT", table.Terminal);
        Assert.Contains("ASSAULT", table.Terminal);
    }

    [Fact]
    public void Recode_touches_only_documents_coded_with_other_data()
    {
        Cli.Run("ingest", News(), "--store", Store);
        var same = Cli.Run("recode", "--store", Store);
        Assert.Equal(0, same.Exit);
        Assert.Contains("nothing to recode", same.Errors);

        var actors = Input("extra.tsv", "Qin Gang\tQin\tCHN\tGOV\tForeign Minister\t2022-12-30\t2023-07-25");
        var dry = Cli.Run("recode", "--store", Store, "--actors", actors, "--dry-run");
        Assert.Contains("4 document(s) were coded with other data", dry.Errors);
        var narrowed = Cli.Run("recode", "--store", Store, "--actors", actors, "--from", "2023-07-01");
        Assert.Equal(0, narrowed.Exit);
        Assert.Contains("re-coded 1 document(s)", narrowed.Errors);
        Assert.Contains("3 document(s) were coded with other data", Cli.Run("recode", "--store", Store, "--actors", actors, "--dry-run").Errors);
    }

    [Fact]
    public void Documents_coded_at_another_eventness_threshold_are_found_by_recode()
    {
        Cli.Run("ingest", News(), "--store", Store);
        var dry = Cli.Run("recode", "--store", Store, "--eventness-threshold", "0.7", "--dry-run");
        Assert.Equal(0, dry.Exit);
        Assert.Contains("4 document(s) were coded with other data", dry.Errors);
        Assert.Equal(0, Cli.Run("recode", "--store", Store, "--eventness-threshold", "0.7").Exit);
        Assert.Contains("nothing to recode", Cli.Run("recode", "--store", Store, "--eventness-threshold", "0.7").Errors);
    }

    [Theory]
    [InlineData("query", "--event", "BOGUS", "not a PLOVER category")]
    [InlineData("query", "--dyad", "USA", "two sides separated by a comma")]
    [InlineData("query", "--from", "yesterday", "not an ISO 8601 date")]
    [InlineData("stats", "--by", "planet", "--by must be one of")]
    [InlineData("query", "--format", "xml", "--format must be")]
    public void Bad_filters_are_usage_errors_on_stderr(string command, string option, string value, string message)
    {
        var run = Cli.Run(command, "--store", Store, option, value);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_is_a_clear_error()
    {
        var run = Cli.Run("query", "--store", Path.Combine(directory, "missing", "events.db"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("does not exist", run.Errors);

        var notAStore = Input("notes.db", "just some text");
        var wrong = Cli.Run("stats", "--store", notAStore);
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("error:", wrong.Errors);
        Assert.Equal("just some text" + Environment.NewLine, File.ReadAllText(notAStore));
    }

    [Fact]
    public void Bad_input_records_are_reported_and_the_good_documents_stored()
    {
        var input = Input("mixed.jsonl", Doc("ok-1", "2023-06-02", "Hamas fired rockets at Israel."), "{broken", Doc("ok-2", "2023-06-03", "Israel struck Gaza."));
        var run = Cli.Run("ingest", input, "--store", Store);
        Assert.Equal(1, run.Exit);
        Assert.Contains("mixed.jsonl:2:", run.Errors);
        Assert.Contains("2 documents added", run.Errors);
    }
}
