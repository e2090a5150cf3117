using Parley.Io;
using Parley.Watch;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// What `parley watch` shows on stderr: each problem, naming its feed or page, and each poll as a
/// line; the totals (feeds, new items, stored documents and events, errors, next poll) as a live
/// status line at the bottom of a terminal, or as a plain line after each poll that changed them
/// when stderr goes to a file; a summary at the end.
/// </summary>
sealed class WatchStatus(ConsoleStreams io, bool once) : IWatchObserver
{
    readonly Lock writing = new();
    WatchTotals totals = new();

    public void Follow(WatchTotals watched) => totals = watched;

    public void Report(Problem problem)
    {
        lock (writing)
        {
            if (problem.Warning) io.Error.MarkupLineInterpolated($"[yellow]warning:[/] {problem.ToString()}");
            else io.Error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
        }
    }

    public void Polled(FeedPoll poll)
    {
        lock (writing)
        {
            io.Error.MarkupLineInterpolated($"[grey]{Time(io.Clock.GetUtcNow())}[/] {poll.Feed}: {Describe(poll)}");
            if (!io.Interactive && !once && (poll.NewItems > 0 || poll.Outcome == PollOutcome.Failed))
                io.Error.MarkupLineInterpolated($"[grey]status:[/] {Totals()}");
        }
    }

    /// <summary>Shows the live status line while <paramref name="watching"/> runs, when a person watches stderr.</summary>
    public async Task ShowWhileAsync(Task watching)
    {
        if (io.Interactive)
            await io.Error.Live(Line()).AutoClear(true).StartAsync(async live =>
            {
                while (!watching.IsCompleted)
                {
                    live.UpdateTarget(Line());
                    await Task.WhenAny(watching, Task.Delay(TimeSpan.FromMilliseconds(500)));
                }
            });
        await watching;
    }

    public void Summary(bool stopped)
    {
        var languages = totals.OtherLanguages;
        lock (writing)
        {
            io.Error.MarkupLineInterpolated($"{(stopped ? "stopped" : "done")}: {Totals(withNext: false)}");
            if (languages.Count > 0)
                io.Error.MarkupLineInterpolated($"[yellow]note:[/] {languages.Values.Sum()} document(s) not in English were not coded ({string.Join(", ", languages.Select(l => $"{l.Key} {l.Value}"))}); only English is coded for now.");
        }
    }

    Markup Line() => new($"[blue]watching[/] {Markup.Escape(Totals())}");

    string Totals(bool withNext = true)
    {
        var failing = totals.FailingFeeds > 0 ? $" ({totals.FailingFeeds} failing)" : "";
        var other = totals.OtherLanguages.Values.Sum() is > 0 and var n ? $", {n} not in English" : "";
        var disallowed = totals.Disallowed > 0 ? $", {totals.Disallowed} disallowed by robots.txt" : "";
        var next = withNext && !once && totals.NextPoll is { } when ? $"; next poll at {Time(when)}" : "";
        return $"{totals.Feeds} feed(s){failing}, {totals.NewItems} new item(s), {totals.Stored} stored ({totals.Events} events){other}{disallowed}, {totals.Errors} error(s){next}";
    }

    string Describe(FeedPoll poll)
    {
        var next = once ? "" : $"; next poll at {Time(poll.NextPoll)}";
        if (poll.Outcome == PollOutcome.NotModified) return $"not modified{next}";
        if (poll.Outcome == PollOutcome.Failed) return $"failed{(once ? "" : $"; next try at {Time(poll.NextPoll)}")}";
        if (poll.NewItems == 0) return $"no new items{next}";
        var parts = new List<string> { $"{poll.Stored} stored ({poll.Events} events)" };
        if (poll.OtherLanguages > 0) parts.Add($"{poll.OtherLanguages} not in English");
        if (poll.Disallowed > 0) parts.Add($"{poll.Disallowed} disallowed by robots.txt");
        if (poll.Failed > 0) parts.Add($"{poll.Failed} failed");
        return $"{poll.NewItems} new item(s): {string.Join(", ", parts)}{next}";
    }

    static string Time(DateTimeOffset when) => when.ToLocalTime().ToString("HH:mm:ss");
}
