using Microsoft.AspNetCore.Http;
using System.Diagnostics;

namespace Parley.Watch.Tests;

/// <summary>Watching without --once: feeds polled on their schedule until Ctrl+C, and what the user sees.</summary>
public class FollowingTests : WatchTest
{
    [Fact]
    public async Task Watching_polls_a_feed_on_its_schedule_takes_what_changed_and_stops_cleanly_on_ctrl_c()
    {
        var feed = Site.Url("/world.rss");
        var first = Guardian.Rss(Guardian.Articles.Take(1).Select(a => Guardian.ItemOf(a, Site, fullText: true)));
        var changed = Guardian.Rss(Guardian.Articles.Take(3).Select(a => Guardian.ItemOf(a, Site, fullText: true)));
        var polls = 0;
        Site.Handle("/world.rss", async context =>
        {
            // The feed gains two items after the first poll.
            var version = Interlocked.Increment(ref polls) == 1 ? ("\"v1\"", first) : ("\"v2\"", changed);
            context.Response.Headers.ETag = version.Item1;
            if (context.Request.Headers.IfNoneMatch.ToString() == version.Item1)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = Guardian.RssType;
            await context.Response.WriteAsync(version.Item2);
        });
        using var interrupt = new CancellationTokenSource();

        var watching = Task.Run(() => WatchCli.Run([feed, "--store", Store, "--every", "1s", "--delay", "0"], interactive: false, interrupt.Token));
        // The third poll (304) is reported before the fourth request is made, so waiting for a fourth
        // request is what makes sure the "not modified" line has been written.
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref polls) < 4 && waited.Elapsed < TimeSpan.FromSeconds(60) && !watching.IsCompleted) await Task.Delay(50);
        await interrupt.CancelAsync();
        var result = await watching.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Contains($"watching 1 feed(s) every 1 s, storing into {Store}; Ctrl+C stops", result.Errors);
        Assert.Contains($"{feed}: 1 new item(s): 1 stored (", result.Errors);
        Assert.Contains($"{feed}: 2 new item(s): 2 stored (", result.Errors);
        Assert.Contains($"{feed}: not modified", result.Errors);
        Assert.Contains("status: 1 feed(s), 3 new item(s), 3 stored (", result.Errors);
        Assert.Contains("stopped: 1 feed(s), 3 new item(s), 3 stored (", result.Errors);
        Assert.Equal(3, (await CountsAsync()).Documents);
    }

    [Fact]
    public void A_terminal_shows_a_live_status_line()
    {
        Site.Serve("/world.rss", Guardian.Rss(Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: true))), Guardian.RssType);

        var result = WatchCli.Run([Site.Url("/world.rss"), "--store", Store, "--once", "--delay", "0"], interactive: true, CancellationToken.None);

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Contains("watching 1 feed(s), 0 new item(s)", result.Errors);
        Assert.Contains("done: 1 feed(s), 4 new item(s), 4 stored (", result.Errors);
    }
}
