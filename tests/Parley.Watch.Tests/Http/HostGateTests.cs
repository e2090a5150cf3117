using Microsoft.Extensions.Time.Testing;
using Parley.Watch.Http;

namespace Parley.Watch.Tests.Http;

public class HostGateTests
{
    static readonly Uri Page = new("http://news.example/a"), OtherHost = new("http://other.example/a");

    [Fact]
    public async Task A_second_request_to_a_host_waits_for_the_delay_and_another_host_does_not()
    {
        var clock = new FakeTimeProvider();
        var gate = new HostGate(perHost: 2, TimeSpan.FromSeconds(1), clock);
        using var first = await gate.EnterAsync(Page, TimeSpan.Zero, CancellationToken.None);

        var second = gate.EnterAsync(Page, TimeSpan.Zero, CancellationToken.None);
        // Another host does not wait for this one's turn (the fake clock stands still: waiting would time out here).
        using var elsewhere = await gate.EnterAsync(OtherHost, TimeSpan.Zero, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        (await second).Dispose();
    }

    [Fact]
    public async Task A_longer_crawl_delay_of_the_host_wins_over_the_delay()
    {
        var clock = new FakeTimeProvider();
        var gate = new HostGate(perHost: 2, TimeSpan.FromSeconds(1), clock);
        (await gate.EnterAsync(Page, TimeSpan.FromSeconds(5), CancellationToken.None)).Dispose();

        var next = gate.EnterAsync(Page, TimeSpan.FromSeconds(5), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        (await next).Dispose();
    }

    [Fact]
    public async Task No_more_requests_than_the_limit_are_under_way_at_once()
    {
        var gate = new HostGate(perHost: 1, TimeSpan.Zero, new FakeTimeProvider());
        var first = await gate.EnterAsync(Page, TimeSpan.Zero, CancellationToken.None);

        var second = gate.EnterAsync(Page, TimeSpan.Zero, CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);
        first.Dispose();

        (await second).Dispose();
    }
}
