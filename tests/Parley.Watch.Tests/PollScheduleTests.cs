namespace Parley.Watch.Tests;

public class PollScheduleTests
{
    static readonly DateTimeOffset Noon = new(2023, 5, 12, 12, 0, 0, TimeSpan.Zero);
    static readonly WatchOptions Options = new() { Every = TimeSpan.FromMinutes(15) };

    [Theory]
    [InlineData(0, 15)]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1440)]   // a day at most
    [InlineData(40, 1440)]
    public void A_feed_that_keeps_failing_waits_twice_as_long_each_time_up_to_a_day(int failures, int minutes) =>
        Assert.Equal(Noon.AddMinutes(minutes), PollSchedule.Next(Noon, Options, failures));

    [Fact]
    public void A_server_asking_for_a_longer_wait_gets_it()
    {
        Assert.Equal(Noon.AddHours(2), PollSchedule.Next(Noon, Options, 1, retryAfter: TimeSpan.FromHours(2)));
        Assert.Equal(Noon.AddMinutes(30), PollSchedule.Next(Noon, Options, 1, retryAfter: TimeSpan.FromMinutes(1)));
    }
}
