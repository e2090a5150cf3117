using System.Text;
using System.Text.Json;

namespace Parley.Tests.Cli;

/// <summary>`parley code` as a user meets it: files, standard input, bad records, exit codes, what goes where.</summary>
public sealed class CodeCommandTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    const string Good = "{\"id\":\"a\",\"date\":\"2023-05-12\",\"text\":\"China refused to meet the US delegation. Russia attacked Ukraine.\"}";

    static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_the_good_ones_are_still_coded()
    {
        var input = Write("in.jsonl", Good + "\n{broken\n{\"id\":\"b\"}\n" + Good.Replace("\"a\"", "\"c\"") + "\n");
        var run = Cli.Run("code", input);
        Assert.Equal(1, run.Exit);
        Assert.Contains("in.jsonl:2:", run.Errors);
        Assert.Contains("in.jsonl:3:", run.Errors);
        Assert.Contains("\"doc\":\"a\"", run.Output);
        Assert.Contains("\"doc\":\"c\"", run.Output);
        Assert.DoesNotContain("error", run.Output);
    }

    [Fact]
    public void A_higher_eventness_threshold_keeps_only_the_surer_events()
    {
        var seed = Path.Combine(Shared.RepoRoot, "samples", "vienna-talks.jsonl");
        // An event by its sentence, category and words (its id numbers the events kept in its sentence).
        static string Key(string line)
        {
            var e = JsonDocument.Parse(line).RootElement;
            return $"{e.GetProperty("sentence")}|{e.GetProperty("event")}|{e.GetProperty("eventText")}";
        }
        var usual = Lines(Cli.Run("code", seed).Output).Select(Key).ToList();
        var sure = Cli.Run("code", seed, "--eventness-threshold", "0.6");
        Assert.Equal(0, sure.Exit);
        var kept = Lines(sure.Output).Select(Key).ToList();
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < usual.Count, $"{kept.Count} events at 0.6, {usual.Count} at the model's threshold");
        Assert.Subset(usual.ToHashSet(), kept.ToHashSet());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("abc")]
    public void An_eventness_threshold_that_is_no_probability_is_refused(string value)
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), "--eventness-threshold", value);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--eventness-threshold must be a probability between 0 and 1", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_bad_line()
    {
        var run = Cli.Run("code", Write("in.jsonl", "{broken\n" + Good + "\n"), "--strict");
        Assert.Equal(1, run.Exit);
        Assert.Contains("in.jsonl:1:", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Output_lines_follow_the_events_contract()
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"));
        Assert.Equal(0, run.Exit);
        var lines = Lines(run.Output);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "id", "doc", "sentence", "date", "datePrecision", "event", "mode", "context", "status", "intensity", "quad", "cameo", "goldstein", "actor", "recipient", "location", "eventText", "span", "text" })
                Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
            var span = root.GetProperty("span");
            Assert.Equal(root.GetProperty("eventText").GetString(), Good.Split("\"text\":\"")[1][span[0].GetInt32()..span[1].GetInt32()]);
        }
        Assert.Contains(lines, l => l.Contains("\"event\":\"REJECT\""));
        Assert.Contains(lines, l => l.Contains("\"event\":\"ASSAULT\""));
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var run = Cli.Run(["code", "-"], stdin: Good + "\n");
        Assert.Equal(0, run.Exit);
        Assert.Equal(2, Lines(run.Output).Length);
    }

    [Fact]
    public void A_text_file_is_one_document_dated_by_the_option()
    {
        var run = Cli.Run("code", Write("story.txt", "Japan and South Korea held talks in Seoul on Thursday."), "--date", "2024-03-15");
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"doc\":\"story\"", run.Output);
        Assert.Contains("\"date\":\"2024-03-14\"", run.Output);
        Assert.DoesNotContain("warning", run.Errors);
    }

    [Fact]
    public void A_text_file_without_a_date_warns_that_relative_dates_resolve_to_nothing()
    {
        var run = Cli.Run("code", Write("story.txt", "Japan and South Korea held talks in Seoul on Thursday."));
        Assert.Equal(0, run.Exit);
        Assert.Contains("no publication date", run.Errors);
        Assert.Contains("\"event\":\"CONSULT\"", run.Output);
    }

    [Fact]
    public void A_folder_is_read_recursively_each_file_named_by_its_path_in_it()
    {
        Write("folder/a.jsonl", Good + "\n");
        Write("folder/deeper/b.txt", "Russia attacked Ukraine.");
        Write("folder/.hidden/c.txt", "Russia attacked Ukraine.");
        var run = Cli.Run("code", Path.Combine(directory, "folder"), "--date", "2024-01-01");
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"doc\":\"a\"", run.Output);
        Assert.Contains("\"doc\":\"deeper/b\"", run.Output);
        Assert.DoesNotContain("\"doc\":\".hidden/c\"", run.Output);
    }

    const string Page = """
        <!doctype html><html><head><meta charset="utf-8"><title>Turkey shells Afrin | World news</title>
        <meta property="og:title" content="Turkey shells Kurdish positions in Afrin">
        <meta property="article:published_time" content="2018-01-21T09:30:00+00:00">
        <link rel="canonical" href="https://news.example.org/2018/jan/21/turkey-afrin"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
        <h1>Turkey shells Kurdish positions in Afrin</h1>
        <p>Turkish warplanes struck Kurdish militia positions in the Syrian enclave of Afrin on Saturday, the Turkish military said.</p>
        <p>The Kurdish YPG militia condemned the operation and called on the United Nations to intervene. Syria's foreign ministry accused Turkey of aggression against its sovereignty.</p>
        <p>Russia said on Sunday it had withdrawn its military observers from the area before the strikes began.</p>
        </article><footer>Copyright</footer></body></html>
        """;

    [Fact]
    public void A_web_page_is_coded_from_its_main_text_dated_and_named_by_its_metadata()
    {
        var run = Cli.Run("code", Write("page.html", Page));
        Assert.Equal(0, run.Exit);
        var events = Lines(run.Output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("https://news.example.org/2018/jan/21/turkey-afrin", e.GetProperty("doc").GetString()));
        // "on Saturday" before a Sunday publication date is the day before.
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "ASSAULT" && e.GetProperty("date").GetString() == "2018-01-20");
        Assert.DoesNotContain(events, e => e.GetProperty("text").GetString()!.Contains("Copyright") || e.GetProperty("text").GetString()!.Contains("Home"));
    }

    [Fact]
    public void A_zip_of_pages_and_lines_is_coded_like_its_members()
    {
        var zip = Path.Combine(directory, "news.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("2018/page.html").Open())) writer.Write(Page);
            using (var writer = new StreamWriter(archive.CreateEntry("more.jsonl").Open())) writer.Write(Good + "\n");
        }
        var run = Cli.Run("code", zip);
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"doc\":\"https://news.example.org/2018/jan/21/turkey-afrin\"", run.Output);
        Assert.Contains("\"doc\":\"a\"", run.Output);
    }

    [Fact]
    public void A_document_in_another_language_is_counted_and_not_coded_as_English()
    {
        const string german = "{\"id\":\"de\",\"date\":\"2018-01-21\",\"text\":\"Die türkische Armee hat am Samstag Stellungen der kurdischen Miliz in Afrin angegriffen. Die Regierung in Damaskus verurteilte den Angriff und sprach von einer Verletzung der Souveränität des Landes.\"}";
        var run = Cli.Run("code", Write("mixed.jsonl", german + "\n" + Good + "\n"));
        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("\"doc\":\"de\"", run.Output);
        Assert.Contains("\"doc\":\"a\"", run.Output);
        Assert.Contains("1 document(s) not in English were not coded (de 1)", run.Errors);
    }

    [Fact]
    public void Binary_junk_and_invalid_utf8_are_reported_not_crashed_on()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var run = Cli.Run("code", Write("junk.jsonl", junk));
        Assert.Equal(1, run.Exit);
        Assert.Contains("junk.jsonl:", run.Errors);
        Assert.DoesNotContain("Exception", run.Errors);
        var bad = Cli.Run("code", Write("bad.txt", [0x43, 0x68, 0x69, 0x6E, 0x61, 0xC3, 0x28, 0x0A]), "--date", "2024-01-01");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("not valid UTF-8", bad.Errors);
    }

    [Fact]
    public void Binary_garbage_on_one_line_of_json_lines_loses_only_that_line()
    {
        // A NUL byte anywhere in the file's head once made the whole file "binary data" and skipped its good records.
        var bytes = System.Text.Encoding.UTF8.GetBytes(Good + "\n{bad json\n").Concat(new byte[] { 0x00, 0x01, 0x02, 0x0A })
                          .Concat(System.Text.Encoding.UTF8.GetBytes(Good.Replace("\"id\":\"a\"", "\"id\":\"b\"") + "\n")).ToArray();
        var run = Cli.Run("code", Write("mixed.jsonl", bytes));
        Assert.Equal(1, run.Exit);
        Assert.Contains("mixed.jsonl:2: not valid JSON", run.Errors);
        Assert.Contains("mixed.jsonl:3: not valid JSON", run.Errors);
        Assert.Contains("\"doc\":\"a\"", run.Output);
        Assert.Contains("\"doc\":\"b\"", run.Output);
    }

    [Fact]
    public void Fields_of_the_wrong_type_get_a_precise_message()
    {
        var input = Write("types.jsonl", "{\"id\":5,\"text\":\"x\"}\n{\"id\":\"b\",\"date\":12345,\"text\":\"x\"}\n{\"id\":\"c\",\"text\":[\"x\"]}\n");
        var run = Cli.Run("code", input);
        Assert.Equal(1, run.Exit);
        Assert.Contains("types.jsonl:1: \"id\" must be a string, not a number", run.Errors);
        Assert.Contains("types.jsonl:2: \"date\" must be a string (ISO 8601, e.g. \"2023-05-12\"), not a number", run.Errors);
        Assert.Contains("types.jsonl:3: \"text\" must be a string, not an array", run.Errors);
    }

    [Fact]
    public void A_repeated_document_id_with_another_text_is_reported_and_the_repeat_skipped()
    {
        var run = Cli.Run("code", Write("dup.jsonl", Good + "\n" + Good.Replace("Ukraine", "Georgia") + "\n"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("dup.jsonl:2: duplicate document id 'a' with another text (first at", run.Errors);
        Assert.Equal(2, Lines(run.Output).Length);
    }

    [Fact]
    public void The_same_document_met_twice_is_coded_once_with_a_warning()
    {
        var run = Cli.Run("code", Write("twice.jsonl", Good + "\n" + Good + "\n"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("warning: ", run.Errors);
        Assert.Contains("twice.jsonl:2: document 'a' already read at", run.Errors);
        Assert.Equal(2, Lines(run.Output).Length);
    }

    [Fact]
    public void A_missing_input_file_names_the_problem()
    {
        var run = Cli.Run("code", Path.Combine(directory, "nope.jsonl"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("nope.jsonl' not found", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--date", "garbage", "--date 'garbage' is not an ISO 8601 date")]
    [InlineData("--format", "csv", "--format must be 'jsonl' or 'table'")]
    public void A_bad_option_is_an_error_on_stderr_with_exit_code_2(string option, string value, string message)
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), option, value);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Errors);
        Assert.Equal("", run.Output);
        Assert.Equal("", run.Terminal);
    }

    [Fact]
    public void An_unwritable_output_file_is_an_error_on_stderr()
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), "--out", directory);
        Assert.Equal(2, run.Exit);
        Assert.Contains($"cannot write '{directory}'", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_missing_actor_file_stops_the_run()
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), "--actors", Path.Combine(directory, "missing.tsv"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("missing.tsv: file not found", run.Errors);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_bad_line_in_a_trigger_file_is_reported_the_good_ones_code_and_the_exit_code_says_so()
    {
        var triggers = Write("extra.tsv", "# a user's patterns\nclobber/V\tASSAULT\t-\t190\t-\nsmash/V\tASSAULT\t-\t999\t-\n");
        var input = Write("in.jsonl", "{\"id\":\"a\",\"date\":\"2023-05-12\",\"text\":\"Russia clobbered Ukraine.\"}\n");
        Assert.DoesNotContain("ASSAULT", Cli.Run("code", input).Output);
        var run = Cli.Run("code", input, "--triggers", triggers);
        Assert.Equal(1, run.Exit);
        Assert.Contains("extra.tsv:3: unknown CAMEO code '999'", run.Errors);
        Assert.Contains("1 line(s) of the data files given with --actors or --triggers could not be read", run.Errors);
        var e = JsonDocument.Parse(Assert.Single(Lines(run.Output))).RootElement;
        Assert.Equal("ASSAULT", e.GetProperty("event").GetString());
        Assert.Equal("RUS", e.GetProperty("actor")[0].GetProperty("country").GetString());
        Assert.Equal("UKR", e.GetProperty("recipient")[0].GetProperty("country").GetString());
    }

    [Fact]
    public void An_actor_dictionary_given_as_triggers_stops_the_run_and_says_which_option_takes_it()
    {
        var actors = Path.Combine(Shared.RepoRoot, "tests", "Parley.Tests", "Fixtures", "dictionaries", "Phoenix.Countries.excerpt.txt");
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), "--triggers", actors);
        Assert.Equal(2, run.Exit);
        Assert.Contains("Phoenix.Countries.excerpt.txt: no trigger patterns could be read from it", run.Errors);
        Assert.Contains("actor dictionaries go to --actors", run.Errors);
        Assert.Equal("", run.Output);
        // As --actors it is read, its four lines the import cannot read reported (exit code 1) and the text coded.
        var asActors = Cli.Run("code", Write("in2.jsonl", Good + "\n"), "--actors", actors);
        Assert.Equal(1, asActors.Exit);
        Assert.Contains("Phoenix.Countries.excerpt.txt:62: cannot read dated code '[ARMUNR 9008223-911221]'", asActors.Errors);
        Assert.Contains("4 line(s) of the data files given with --actors or --triggers could not be read", asActors.Errors);
        Assert.Contains("\"event\":\"ASSAULT\"", asActors.Output);
    }

    [Fact]
    public void A_missing_data_directory_stops_the_run_with_one_clear_message()
    {
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n"), "--data", Path.Combine(directory, "no-data"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("data directory", run.Errors);
        Assert.Single(Lines(run.Errors));
    }

    [Fact]
    public void A_table_written_to_a_file_names_each_document_and_leaves_the_terminal_alone()
    {
        var table = Path.Combine(directory, "events.txt");
        var run = Cli.Run("code", Write("in.jsonl", Good + "\n" + Good.Replace("\"a\"", "\"second\"") + "\n"), "--format", "table", "--out", table);
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Terminal);
        var text = File.ReadAllText(table);
        Assert.Contains("document", text);
        Assert.Contains("second", text);
        Assert.Contains("REJECT", text);
    }

    [Fact]
    public void A_person_watching_sees_a_summary_and_a_pipeline_sees_nothing_extra()
    {
        var input = Write("in.jsonl", Good + "\n");
        var watched = Cli.Run(["code", input], stdin: null, interactive: true);
        Assert.Contains("1 documents, 2 sentences, 2 events", watched.Errors);
        var piped = Cli.Run("code", input);
        Assert.Equal("", piped.Errors);
    }

    [Fact]
    public void The_summary_counts_the_events_written_not_the_negated_ones_left_out()
    {
        var input = Write("neg.jsonl", "{\"id\":\"n\",\"date\":\"2023-05-12\",\"text\":\"Russia attacked Ukraine. China did not condemn the attack.\"}\n");
        var usual = Cli.Run(["code", input], stdin: null, interactive: true);
        Assert.Single(Lines(usual.Output));
        Assert.Contains("1 documents, 2 sentences, 1 events", usual.Errors);
        var all = Cli.Run(["code", input, "--all"], stdin: null, interactive: true);
        Assert.Equal(2, Lines(all.Output).Length);
        Assert.Contains("1 documents, 2 sentences, 2 events", all.Errors);
    }

    [Fact]
    public void A_closed_pipe_ends_the_run_at_once()
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => Good.Replace("\"a\"", $"\"d{i}\"") + "\n"));
        var pipe = new ClosingPipe(afterBytes: 2000);
        var run = Cli.Run(["code", Write("many.jsonl", lines)], stdin: null, output: pipe);
        Assert.Equal(141, run.Exit);
        Assert.True(pipe.Writes < 20, $"{pipe.Writes} writes after the reader had gone");
    }

    /// <summary>A pipe whose reader goes away after some bytes: writes then fail as on Linux (EPIPE).</summary>
    sealed class ClosingPipe(int afterBytes) : Stream
    {
        long written;

        public int Writes { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => written;
        public override long Position { get => written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            if (written + buffer.Length > afterBytes) throw new IOException("Broken pipe", 32);
            written += buffer.Length;
        }
    }
}
