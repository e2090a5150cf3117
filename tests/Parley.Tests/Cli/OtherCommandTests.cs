namespace Parley.Tests.Cli;

/// <summary>The other commands: version, demo, explain, actors lookup, sentences.</summary>
public sealed class OtherCommandTests
{
    [Fact]
    public void Version_prints_the_version()
    {
        var run = Cli.Run("--version");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Terminal.Trim());
    }

    [Fact]
    public void Demo_shows_the_seed_articles_meetings_and_the_shot_down_balloon()
    {
        var run = Cli.Run("demo");
        Assert.Equal(0, run.Exit);
        Assert.Contains("CONSULT", run.Terminal);
        Assert.Contains("ASSAULT", run.Terminal);
        Assert.Contains("vienna-talks", run.Terminal);
    }

    [Fact]
    public void Explain_names_the_pass_behind_each_decision()
    {
        var run = Cli.Run("explain", "China refused to meet the US delegation.", "--date", "2023-05-12");
        Assert.Equal(0, run.Exit);
        Assert.Contains("REJECT", run.Terminal);
        Assert.Contains("[candidates] trigger reject.tsv", run.Terminal);
        Assert.Contains("[roles] actor from the subject", run.Terminal);
        Assert.Contains("[status]", run.Terminal);
    }

    [Fact]
    public void Explain_gives_the_decision_that_dropped_a_candidate_even_when_later_passes_read_its_words()
    {
        // Composition folds the withdrawal into the order; the roles pass later still reads its subject.
        var run = Cli.Run("explain", "Putin ordered the army to withdraw from Syria.", "--date", "2019-03-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("dropped 'withdraw from' (RETREAT): [composition] folded into 'ordered' (REQUEST) as its content", run.Terminal);
        Assert.Contains("    [roles] actor from the subject", run.Terminal);
    }

    [Fact]
    public void Eval_names_the_missing_field_of_each_bad_line_scores_the_rest_and_exits_1()
    {
        var good = "{\"id\": \"d-1\", \"date\": \"2023-05-12\", \"text\": \"China refused to meet the US delegation.\", \"events\": [{\"event\": \"REJECT\", \"actor\": [\"CHN\"], \"recipient\": [\"USA\"]}]}";
        // A line of the actor set (eval/actors.jsonl) in an event file: it has mentions, not events.
        var wrong = "{\"id\": \"act-1\", \"date\": \"2023-05-12\", \"text\": \"Wang Yi spoke.\", \"mentions\": []}";
        using var file = new TempFile(".jsonl", good + "\n" + wrong + "\n");
        var run = Cli.Run("eval", file.Path);
        Assert.Equal(1, run.Exit);
        Assert.Contains(":2: missing field 'events'", run.Errors);
        Assert.Contains("event-category F1 1.000", run.Terminal);
    }

    [Theory]
    [InlineData("--actors", "actor")]
    [InlineData("--triggers", "trigger")]
    public void An_empty_data_file_path_is_a_usage_error_not_a_crash(string option, string kind)
    {
        var run = Cli.Run("explain", "China refused to meet.", "--date", "2023-05-12", option, "");
        Assert.Equal(2, run.Exit);
        Assert.Contains($"an empty {kind} file path names no file", run.Errors);
    }

    [Theory]
    [InlineData("explain", "China refused to meet.")]
    [InlineData("actors", "lookup")]
    public void Every_command_rejects_a_garbage_date(string command, string argument)
    {
        var args = command == "actors" ? new[] { command, argument, "Li Shangfu", "--date", "garbage" } : [command, argument, "--date", "garbage"];
        var run = Cli.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--date 'garbage' is not an ISO 8601 date", run.Errors);
    }

    [Theory]
    [InlineData("code", "samples/vienna-talks.jsonl", "--stor", "x.db")]
    [InlineData("explain", "China refused to meet.", "--dat", "2023-05-12")]
    public void An_unknown_option_is_an_error_not_ignored(string command, string argument, string option, string value)
    {
        var run = Cli.Run(command, argument, option, value);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"Unknown option '{option[2..]}'", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Actors_lookup_resolves_an_office_on_a_date()
    {
        var run = Cli.Run("actors", "lookup", "Li Shangfu", "--date", "2023-05-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("CHN", run.Terminal);
    }

    [Fact]
    public void Skipping_an_unknown_pass_names_the_passes()
    {
        var run = Cli.Run("explain", "China refused to meet the US delegation.", "--skip-pass", "nonsense");
        Assert.Equal(2, run.Exit);
        Assert.Contains("no coding pass named nonsense", run.Errors);
        Assert.Contains("composition", run.Errors);
    }

    [Fact]
    public void Sentences_splits_a_plain_text_file_with_offsets_into_its_text()
    {
        const string text = "China refused to meet the US delegation. Talks resumed in Vienna on Monday.";
        using var file = new TempFile(".txt", text);
        var run = Cli.Run("sentences", file.Path);
        Assert.Equal(0, run.Exit);
        var sentences = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, sentences.Count);
        var second = sentences[1];
        Assert.Equal("Talks resumed in Vienna on Monday.", second.GetProperty("text").GetString());
        Assert.Equal(second.GetProperty("text").GetString(), text[second.GetProperty("start").GetInt32()..second.GetProperty("end").GetInt32()]);
    }
}
