using System.Text;
using Parley.Cli;
using Spectre.Console.Testing;

namespace Parley.Watch.Tests;

/// <summary>What a run of `parley watch` left: its exit code, standard output, and the messages on stderr.</summary>
public sealed record WatchResult(int Exit, string Output, string Errors);

/// <summary>
/// Runs `parley watch` in this process through the real command line, with stderr captured and the
/// clock held at noon on 12 May 2023 (schedules are then exact). <c>interrupt</c> stands for Ctrl+C.
/// </summary>
public static class WatchCli
{
    public static readonly DateTimeOffset Now = new(2023, 5, 12, 12, 0, 0, TimeSpan.Zero);

    public static WatchResult Run(params string[] args) => Run(args, interactive: false, CancellationToken.None);

    public static WatchResult Run(string[] args, bool interactive, CancellationToken interrupt)
    {
        var errors = new TestConsole();
        errors.Profile.Width = ConsoleStreams.Unwrapped;
        if (interactive) errors.Interactive();
        var stdout = new MemoryStream();
        var io = new ConsoleStreams
        {
            Out = new TestConsole(),
            Error = errors,
            OpenOutput = () => stdout,
            OpenInput = () => new MemoryStream(),
            Interactive = interactive,
            Clock = new HeldClock(Now),
            CatchInterrupt = () => interrupt,
        };
        var exit = ParleyApp.Run(io, ["watch", .. args]);
        return new WatchResult(exit, Encoding.UTF8.GetString(stdout.ToArray()), errors.Output);
    }

    /// <summary>A wall clock that stays at one instant; timers and timestamps still run in real time.</summary>
    sealed class HeldClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
