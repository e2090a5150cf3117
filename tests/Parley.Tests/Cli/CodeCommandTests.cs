using System.Diagnostics;
using System.Text;

namespace Parley.Tests.Cli;

/// <summary>The `parley` program run as a user runs it: a real process, real files, exit codes and stderr.</summary>
public sealed class CodeCommandTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    const string Good = "{\"id\":\"a\",\"date\":\"2023-05-12\",\"text\":\"China refused to meet the US delegation. Russia attacked Ukraine.\"}";

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_the_good_ones_are_still_coded()
    {
        var input = Write("in.jsonl", Good + "\n{broken\n{\"id\":\"b\"}\n" + Good.Replace("\"a\"", "\"c\"") + "\n");
        var (exit, output, error) = Run("code", input);
        Assert.Equal(1, exit);
        Assert.Contains("in.jsonl:2:", error);
        Assert.Contains("in.jsonl:3:", error);
        Assert.Contains("\"doc\":\"a\"", output);
        Assert.Contains("\"doc\":\"c\"", output);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_bad_line()
    {
        var input = Write("in.jsonl", "{broken\n" + Good + "\n");
        var (exit, output, error) = Run("code", input, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("in.jsonl:1:", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void Output_lines_follow_the_events_contract()
    {
        var (exit, output, _) = Run("code", Write("in.jsonl", Good + "\n"));
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
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
    public void A_text_file_is_one_document_dated_by_the_option()
    {
        var input = Write("story.txt", "Japan and South Korea held talks in Seoul on Thursday.");
        var (exit, output, _) = Run("code", input, "--date", "2024-03-15");
        Assert.Equal(0, exit);
        Assert.Contains("\"doc\":\"story\"", output);
        Assert.Contains("\"date\":\"2024-03-14\"", output);
    }

    [Fact]
    public void Binary_junk_and_invalid_utf8_are_reported_not_crashed_on()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var input = Write("junk.jsonl", junk);
        var (exit, _, error) = Run("code", input);
        Assert.Equal(1, exit);
        Assert.Contains("junk.jsonl:", error);
        Assert.DoesNotContain("Exception", error);

        var bad = Write("bad.txt", [0x43, 0x68, 0x69, 0x6E, 0x61, 0xC3, 0x28, 0x0A]);
        var (exit2, _, error2) = Run("code", bad, "--date", "2024-01-01");
        Assert.Equal(1, exit2);
        Assert.Contains("not valid UTF-8", error2);
    }

    [Fact]
    public void A_missing_input_file_names_the_problem()
    {
        var (exit, _, error) = Run("code", Path.Combine(directory, "nope.jsonl"));
        Assert.Equal(2, exit);
        Assert.Contains("not found", error);
    }

    [Fact]
    public void A_20_MB_document_is_coded_without_error()
    {
        var paragraph = "Russian forces shelled the city of Kharkiv on Tuesday, local officials said. The United States imposed new sanctions on Moscow. ";
        var text = new StringBuilder(21_000_000);
        while (text.Length < 20_000_000) text.Append(paragraph);
        var input = Write("big.jsonl", System.Text.Json.JsonSerializer.Serialize(new { id = "big", date = "2024-01-01", text = text.ToString() }) + "\n");
        var output = Path.Combine(directory, "events.jsonl");
        var (exit, _, error) = Run("code", input, "--out", output);
        Assert.True(exit == 0, error);
        Assert.True(new FileInfo(output).Length > 1_000_000);
    }
}
