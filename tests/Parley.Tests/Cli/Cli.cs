using System.Text;
using Parley.Cli;
using Spectre.Console.Testing;

namespace Parley.Tests.Cli;

/// <summary>What a run of the command line left: its exit code, the data on standard output, tables on the terminal, messages on stderr.</summary>
public sealed record CliResult(int Exit, string Output, string Terminal, string Errors);

/// <summary>Runs the `parley` command line in this process, with its standard streams captured.</summary>
public static class Cli
{
    public static CliResult Run(params string[] args) => Run(args, stdin: null);

    public static CliResult Run(string[] args, string? stdin, bool interactive = false, Stream? output = null)
    {
        var terminal = new TestConsole();
        terminal.Profile.Width = 240;
        var errors = new TestConsole();
        errors.Profile.Width = ConsoleStreams.Unwrapped;
        var stdout = output ?? new MemoryStream();
        var io = new ConsoleStreams
        {
            Out = terminal,
            Error = errors,
            OpenOutput = () => stdout,
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")),
            Interactive = interactive,
            OutputRedirected = true,
            Clock = new FixedClock(new DateTimeOffset(2023, 5, 12, 12, 0, 0, TimeSpan.Zero)),
        };
        var exit = ParleyApp.Run(io, args);
        var data = stdout is MemoryStream memory ? Encoding.UTF8.GetString(memory.ToArray()) : "";
        return new CliResult(exit, data, terminal.Output, errors.Output);
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
