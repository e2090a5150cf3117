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

    /// <summary>
    /// The same four kinds of request, each for one of the store's 50 busiest dyads or actors and one of
    /// its years, drawn at random (seeded): many analysts each looking at their own part of the store,
    /// so that few answers are asked twice and kept answers flatter the figure as little as they can.
    /// </summary>
    public static async Task<Func<int, string>> SpreadAsync(HttpClient http)
    {
        var rows = (await GetJsonAsync(http, "/api/stats?by=dyad&per=year&limit=50000")).GetProperty("rows").EnumerateArray()
            .Select(r => (A: r.GetProperty("key").GetString()!, B: r.GetProperty("key2").GetString()!, Year: r.GetProperty("period").GetString()![..4],
                Events: r.GetProperty("events").GetInt64()))
            .Where(r => r.A.Length > 0 && r.B.Length > 0).ToList();
        var dyads = rows.GroupBy(r => (r.A, r.B)).OrderByDescending(g => g.Sum(r => r.Events)).Take(50).Select(g => g.Key).ToArray();
        var actors = rows.GroupBy(r => r.A).OrderByDescending(g => g.Sum(r => r.Events)).Take(50).Select(g => g.Key).ToArray();
        var years = rows.Select(r => r.Year).Distinct().Order().ToArray();
        var random = new Random(20261203);
        var gate = new object();
        return kind =>
        {
            (string A, string B) d;
            string actor, year;
            lock (gate) (d, actor, year) = (dyads[random.Next(dyads.Length)], actors[random.Next(actors.Length)], years[random.Next(years.Length)]);
            var dyad = $"{d.A},{d.B}";
            return kind switch
            {
                0 => $"/api/stats?by=quad&per=month&dyad={dyad}",
                1 => $"/api/stats?by=country&per=year&from={year}-01-01&to={year}-12-31",
                2 => $"/api/events?dyad={dyad}&from={year}-01-01&to={year}-12-31&limit=25",
                _ => $"/api/events?actor={actor}&order=-date&limit=25",
            };
        };
    }

    static async Task<System.Text.Json.JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static HttpClient Client(Uri server, string? token, int concurrency)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (token is { Length: > 0 }) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <param name="path">The path of the request of each kind (an index into <see cref="Requests"/>); the fixed ones when null.</param>
    public static async Task<string> RunAsync(HttpClient http, TimeSpan duration, int concurrency, int maxRequests, Func<int, string>? path = null)
    {
        path ??= kind => Requests[kind].Path;
        // One round first, so that the server's first-request costs are not counted.
        foreach (var (_, first) in Requests) (await http.GetAsync(first)).EnsureSuccessStatusCode();

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
                var url = path(kind);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url);
                    await response.Content.LoadIntoBufferAsync();
                    if (!response.IsSuccessStatusCode) failures.AddOrUpdate($"{(int)response.StatusCode} {url}", 1, (_, c) => c + 1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate($"{ex.GetType().Name} {url}", 1, (_, c) => c + 1);
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
