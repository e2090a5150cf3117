using System.Net;
using System.Net.Http.Headers;

namespace Parley.Watch.Http;

/// <summary>
/// GET requests as a polite crawler makes them: robots.txt consulted for every URL (and every
/// redirect target), each host's concurrency limit and spacing kept (<see cref="HostGate"/>), the
/// User-Agent naming Parley and its version, conditional requests for feeds. Every way a source can
/// fail comes back as a <see cref="FetchResult.Failed"/> with a message: a timeout covering the whole
/// answer (a server that hangs mid-body is cut off too), a size cap applied while downloading,
/// redirects followed by hand so that a loop is named as one.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    readonly WatchOptions options;
    readonly HttpClient client;
    readonly HostGate gate;
    readonly RobotsCache robots;
    readonly TimeProvider clock;

    public WebFetcher(WatchOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        client = new HttpClient(new SocketsHttpHandler
        {
            // Followed here, to check robots.txt for each hop and to name a loop.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseCookies = false,
        })
        {
            // Each request has its own deadline (see SendAsync).
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.8");
        gate = new HostGate(options.PerHost, options.HostDelay, clock);
        robots = new RobotsCache((url, cancel) => GetAsync(url, null, checkRobots: false, cancel), clock);
    }

    /// <summary>
    /// Fetches <paramref name="url"/>, with <paramref name="validators"/> of an earlier answer if any
    /// (a feed); a URL that robots.txt disallows is not requested.
    /// </summary>
    public Task<FetchResult> GetAsync(Uri url, Validators? validators, CancellationToken cancel) =>
        GetAsync(url, validators, checkRobots: true, cancel);

    async Task<FetchResult> GetAsync(Uri url, Validators? validators, bool checkRobots, CancellationToken cancel)
    {
        var path = new List<Uri> { url };
        var current = url;
        for (var hop = 0; hop <= options.MaxRedirects; hop++)
        {
            var rules = checkRobots ? await robots.ForAsync(current, cancel) : RobotsRules.AllowAll;
            if (!rules.Allows(current.PathAndQuery))
                return new FetchResult.Failed(FetchFailure.Disallowed, rules.Unreachable is { } why
                    ? $"not fetched: {why}, and until it can be, nothing on {current.Authority} is"
                    : $"disallowed by {current.GetLeftPart(UriPartial.Authority)}/robots.txt: not fetched");
            var answer = await SendAsync(current, hop == 0 ? validators : null, rules.CrawlDelay, cancel);
            if (answer is not Redirect redirect) return answer;
            if (path.Contains(redirect.Target))
                return new FetchResult.Failed(FetchFailure.Redirects, $"redirects in a loop: {string.Join(" -> ", path.Append(redirect.Target))}");
            path.Add(redirect.Target);
            current = redirect.Target;
        }
        return new FetchResult.Failed(FetchFailure.Redirects, $"more than {options.MaxRedirects} redirects: {string.Join(" -> ", path)}");
    }

    /// <summary>A redirect to follow: not a result callers see.</summary>
    sealed record Redirect(Uri Target) : FetchResult;

    async Task<FetchResult> SendAsync(Uri url, Validators? validators, TimeSpan crawlDelay, CancellationToken cancel)
    {
        using var lease = await gate.EnterAsync(url, crawlDelay, cancel);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (validators?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since)) request.Headers.IfModifiedSince = since;
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                return Uri.TryCreate(url, location, out var target) && target.Scheme is "http" or "https"
                    ? new Redirect(target)
                    : new FetchResult.Failed(FetchFailure.Redirects, $"redirects to '{location}', which is not an http or https URL");
            if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult.NotModified();
            if (!response.IsSuccessStatusCode)
                return new FetchResult.Failed(FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), RetryAfter(response), response.StatusCode);
            if (response.Content.Headers.ContentLength is { } length && length > options.MaxBytes)
                return TooLarge($"is {Megabytes(length)}, over the {Megabytes(options.MaxBytes)} limit: not downloaded");
            var body = await ReadCappedAsync(response.Content, deadline.Token);
            if (body is null) return TooLarge($"is over the {Megabytes(options.MaxBytes)} limit: download stopped there");
            return new FetchResult.Body(url, body, response.Content.Headers.ContentType?.ToString(),
                new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")));
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new FetchResult.Failed(FetchFailure.Timeout, $"no whole answer within {Describe(options.Timeout)} (timeout)");
        }
        catch (HttpRequestException e)
        {
            return new FetchResult.Failed(FetchFailure.Network, $"cannot connect: {e.Message}");
        }
        catch (IOException e)
        {
            return new FetchResult.Failed(FetchFailure.Network, $"the connection broke: {e.Message}");
        }
    }

    FetchResult.Failed TooLarge(string message) => new(FetchFailure.TooLarge, message);

    /// <summary>The body, or null as soon as it passes the size limit (nothing more is read).</summary>
    async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : null,
        _ => null,
    };

    static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    /// <summary>A duration as a person writes it: 30 s, 1.5 s, 15 min.</summary>
    public static string Describe(TimeSpan span) =>
        span.TotalSeconds < 60 ? $"{span.TotalSeconds:0.###} s"
        : span.TotalMinutes < 60 ? $"{span.TotalMinutes:0.#} min"
        : span.TotalHours < 48 ? $"{span.TotalHours:0.#} h"
        : $"{span.TotalDays:0.#} days";

    public void Dispose() => client.Dispose();
}
