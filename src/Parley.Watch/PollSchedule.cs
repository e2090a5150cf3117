namespace Parley.Watch;

/// <summary>
/// When a feed is polled next: <see cref="WatchOptions.Every"/> after a good poll; after failures in
/// a row, twice as long for each (Every × 2, × 4, × 8 …) up to <see cref="WatchOptions.MaxBackoff"/>,
/// or longer when the server asked for it (Retry-After), so that a broken feed is not hammered.
/// </summary>
public static class PollSchedule
{
    public static DateTimeOffset Next(DateTimeOffset now, WatchOptions options, int failures, TimeSpan? retryAfter = null)
    {
        if (failures <= 0) return now + options.Every;
        var ceiling = options.MaxBackoff > options.Every ? options.MaxBackoff : options.Every;
        var wait = TimeSpan.FromTicks((long)Math.Min(options.Every.Ticks * Math.Pow(2, Math.Min(failures, 30)), ceiling.Ticks));
        if (retryAfter is { } asked && asked > wait) wait = asked < ceiling ? asked : ceiling;
        return now + wait;
    }
}
