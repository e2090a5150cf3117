using System.Text;
using Microsoft.Win32.SafeHandles;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Where a command reads and writes. Data (event records) goes to <see cref="OpenOutput"/>, standard output;
/// tables and help to <see cref="Out"/>; every message, warning and progress bar to <see cref="Error"/>,
/// standard error, so that data never mixes with messages. Tests pass their own.
/// </summary>
public sealed class ConsoleStreams
{
    public required IAnsiConsole Out { get; init; }
    public required IAnsiConsole Error { get; init; }
    public required Func<Stream> OpenOutput { get; init; }
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Today, for commands whose date defaults to it; the library itself reads no clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// For a command that runs until stopped (`parley watch`): a token cancelled by Ctrl+C or SIGTERM, which then
    /// stop the command cleanly instead of ending the process. Tests pass a token of their own.
    /// </summary>
    public Func<CancellationToken> CatchInterrupt { get; init; } = () => CancellationToken.None;

    /// <summary>Whether a person watches standard error: only then are progress bars and summaries shown.</summary>
    public bool Interactive { get; init; }

    /// <summary>Whether standard output goes to a file or a pipe rather than the terminal a progress bar would share.</summary>
    public bool OutputRedirected { get; init; } = true;

    /// <summary>The process's own standard streams. Messages on a redirected stderr are never wrapped.</summary>
    public static ConsoleStreams System()
    {
        var errorRedirected = Console.IsErrorRedirected;
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (errorRedirected) error.Profile.Width = Unwrapped;
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) output.Profile.Width = Math.Max(output.Profile.Width, 160);
        return new ConsoleStreams
        {
            Out = output,
            Error = error,
            OpenOutput = StandardOutput,
            OpenInput = Console.OpenStandardInput,
            Interactive = !errorRedirected,
            CatchInterrupt = Interrupts.Catch,
            OutputRedirected = Console.IsOutputRedirected,
        };
    }

    /// <summary>
    /// Standard output as a plain file stream: unlike Console.OpenStandardOutput, which ignores a closed pipe,
    /// its writes fail with EPIPE when the reader has gone, so that `parley code big.jsonl | head -1` stops at once.
    /// </summary>
    static Stream StandardOutput() =>
        OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1 << 16);

    /// <summary>A width no message line reaches, so that `file:line: message` stays on one line.</summary>
    public const int Unwrapped = 1 << 16;

    /// <summary>The name standard input goes by in messages and the argument that stands for it.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>A console writing plain text (no colours, no wrapping) to a writer, for tables written to a file.</summary>
    public static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
