using System.ComponentModel;
using Parley.Storage;
using Parley.Watch;
using Parley.Watch.Http;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class WatchSettings : KnowledgeSettings, IStoreSettings
{
    [CommandArgument(0, "<FEEDS>")]
    [Description("Feed URLs (RSS, Atom, JSON Feed), OPML files, or text files listing feed URLs one a line ('#' starts a comment).")]
    public string[] Feeds { get; init; } = [];

    [CommandOption("--store <LOCATION>")]
    [Description(OptionText.Store)]
    public string? Store { get; init; }

    [CommandOption("--every <DURATION>")]
    [Description("How often each feed is polled (30s, 15m, 1h); a feed that fails waits twice as long after each failure, up to a day.")]
    [DefaultValue("15m")]
    public string Every { get; init; } = "15m";

    [CommandOption("--once")]
    [Description("Poll every feed once, now, and exit (for scripts and cron).")]
    public bool Once { get; init; }

    [CommandOption("--timeout <DURATION>")]
    [Description("How long one request may take, to the last byte of the answer.")]
    [DefaultValue("30s")]
    public string Timeout { get; init; } = "30s";

    [CommandOption("--delay <DURATION>")]
    [Description("The least time between two requests to one host (a longer Crawl-delay in its robots.txt wins).")]
    [DefaultValue("1s")]
    public string Delay { get; init; } = "1s";

    [CommandOption("--per-host <N>")]
    [Description("How many requests to one host may be under way at once.")]
    [DefaultValue(2)]
    public int PerHost { get; init; } = 2;

    public WatchOptions Options => new()
    {
        Every = Parsed(Every), Timeout = Parsed(Timeout), HostDelay = Parsed(Delay), PerHost = PerHost,
    };

    static TimeSpan Parsed(string text) => Durations.TryParse(text, out var duration) ? duration : TimeSpan.Zero;

    public override ValidationResult Validate()
    {
        foreach (var (name, value, least) in new[] { ("--every", Every, TimeSpan.FromSeconds(1)), ("--timeout", Timeout, TimeSpan.FromMilliseconds(1)), ("--delay", Delay, TimeSpan.Zero) })
        {
            if (!Durations.TryParse(value, out var duration))
                return ValidationResult.Error($"{name} '{value}' is not a duration such as 500ms, 30s, 15m, 2h or 1d");
            if (duration < least)
                return ValidationResult.Error($"{name} must be at least {WebFetcher.Describe(least)}");
        }
        return PerHost < 1 ? ValidationResult.Error("--per-host must be at least 1") : ValidationResult.Success();
    }
}

/// <summary>
/// `parley watch FEEDS`: follows feeds, codes every new item and adds it to the store, until
/// Ctrl+C (or, with --once, after one poll of each feed). The watching itself is <see cref="Watcher"/>;
/// this command reads the feed list, opens the store and the pipeline, and shows what happens.
/// </summary>
public sealed class WatchCommand(ConsoleStreams io) : AsyncCommand<WatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellation)
    {
        var list = FeedList.Read(settings.Feeds);
        foreach (var problem in list.Problems)
            io.Error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
        if (list.Problems.Any(p => p.Fatal)) return ExitCodes.Usage;
        if (list.Feeds.Count == 0)
        {
            io.Error.MarkupLine("[red]error:[/] no feeds to watch: give feed URLs, an OPML file or a text file of feed URLs");
            return ExitCodes.Usage;
        }
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        if (store is not IWatchState state)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] the store {store.Description} cannot keep a watcher's state");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, io.CatchInterrupt());
        var options = settings.Options;
        using var web = new WebFetcher(options, io.Clock);
        var status = new WatchStatus(io, settings.Once);
        var watcher = new Watcher(options, web, store, state, pipeline.Code, StoreAccess.Provenance(settings), io.Clock, status);
        status.Follow(watcher.Totals);
        if (!settings.Once)
            io.Error.MarkupLineInterpolated($"watching {list.Feeds.Count} feed(s) every {WebFetcher.Describe(options.Every)}, storing into {store.Description}; Ctrl+C stops");
        try
        {
            await status.ShowWhileAsync(watcher.RunAsync(list.Feeds, settings.Once, stop.Token));
        }
        catch (StoreException ex)
        {
            return StoreAccess.Fail(io, ex);
        }
        status.Summary(stopped: stop.IsCancellationRequested);
        return list.Problems.Count > 0 || watcher.Totals.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
