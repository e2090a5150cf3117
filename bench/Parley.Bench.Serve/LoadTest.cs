using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Parley.Bench.Serve;

/// <summary>
/// Sends the requests a dashboard makes (stats for the map and the time series, a page of events) from
/// several clients at once until the time or the request count runs out, and reports for each kind the
/// rate, the latency percentiles and any failure.
/// </summary>
public static class LoadTest
{
    /// <summary>What the dashboard asks when it opens and when an analyst narrows the view.</summary>
    public static readonly (string Name, string Path)[] Requests =
    [
        ("stats: one dyad, per month", "/api/stats?by=quad&per=month&dyad=USA,CHN"),
        ("stats: countries, one year", "/api/stats?by=country&per=year&from=2023-01-01&to=2023-12-31"),
        ("events: one dyad, first page", "/api/events?dyad=USA,CHN&limit=25"),
        ("events: one actor, newest page", "/api/events?actor=RUS&order=-date&limit=25"),
    ];

    public static async Task<string> RunAsync(Uri server, string? token, TimeSpan duration, int concurrency, int maxRequests)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (token is { Length: > 0 }) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // One round first, so that the server's first-request costs are not counted.
        foreach (var (_, path) in Requests) (await http.GetAsync(path)).EnsureSuccessStatusCode();

        var latencies = Requests.Select(_ => new ConcurrentBag<double>()).ToArray();
        var failures = new ConcurrentDictionary<string, int>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async client =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref sent);
                if (n > maxRequests) break;
                var kind = n % Requests.Length;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(Requests[kind].Path);
                    await response.Content.LoadIntoBufferAsync();
                    if (!response.IsSuccessStatusCode) failures.AddOrUpdate($"{(int)response.StatusCode} {Requests[kind].Path}", 1, (_, c) => c + 1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate($"{ex.GetType().Name} {Requests[kind].Path}", 1, (_, c) => c + 1);
                }
                latencies[kind].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var text = new StringBuilder();
        text.AppendLine($"{all.Length:N0} requests in {elapsed:F1} s from {concurrency} clients: {all.Length / elapsed:N0} requests/s, p50 {Percentile(all, 0.5):F1} ms, p99 {Percentile(all, 0.99):F1} ms");
        for (var k = 0; k < Requests.Length; k++)
        {
            var sorted = latencies[k].Order().ToArray();
            text.AppendLine($"  {Requests[k].Name,-32} {sorted.Length,8:N0}  {sorted.Length / elapsed,7:N0}/s  p50 {Percentile(sorted, 0.5),7:F1} ms  p99 {Percentile(sorted, 0.99),7:F1} ms");
        }
        foreach (var (what, count) in failures) text.AppendLine($"  failed {count:N0}×: {what}");
        return text.ToString().TrimEnd();
    }

    static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
