using System.Diagnostics;

namespace Parley.Tests.Cli;

/// <summary>The real `parley` program, started as a user starts it: standard streams, exit codes, one-line messages.</summary>
public sealed class SmokeTests
{
    static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_program_codes_standard_input_and_keeps_each_message_on_one_line()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "vienna-talks.jsonl"));
        var (exit, output, error) = Run(seed + seed.Replace("Vienna", "Geneva"), "code", "-");
        Assert.Equal(1, exit);
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 10, output);
        Assert.Contains("\"doc\":\"vienna-talks\"", output);
        var messages = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // A message longer than a terminal's 80 columns stays whole on its line, as `file:line: message`.
        Assert.Contains(messages, m => m.StartsWith("error: <stdin>:2: duplicate document id 'vienna-talks' with another text", StringComparison.Ordinal) && m.EndsWith("document ids", StringComparison.Ordinal));
    }
}
