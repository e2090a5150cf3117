using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Parley.Watch.Tests;

/// <summary>A request the site received, as the tests check it.</summary>
public sealed record SiteRequest(string Path, string? IfNoneMatch, string? UserAgent, int Status);

/// <summary>
/// A news site on a loopback port (Kestrel), started by a test: each path answers as the test
/// says, every request is recorded, and nothing leaves the machine. Paths with no handler answer
/// 404, robots.txt included (which lets a crawler fetch everything).
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentDictionary<string, Func<HttpContext, Task>> handlers = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<SiteRequest> requests = new();
    // Cancelled when the site stops, so that a handler that hangs lets the server shut down.
    readonly CancellationTokenSource closing = new();

    NewsSite(WebApplication app)
    {
        this.app = app;
    }

    public static async Task<NewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var site = new NewsSite(builder.Build());
        site.app.Run(site.HandleAsync);
        await site.app.StartAsync();
        return site;
    }

    /// <summary>Where the site answers: http://127.0.0.1:PORT</summary>
    public string Base => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public string Url(string path) => Base + path;

    public IReadOnlyList<SiteRequest> Requests => requests.ToList();

    /// <summary>How many times a path was asked for.</summary>
    public int Hits(string path) => requests.Count(r => r.Path == path);

    /// <summary>Cancelled when the site stops: what a hanging handler waits on.</summary>
    public CancellationToken Closing => closing.Token;

    public void Handle(string path, Func<HttpContext, Task> handler) => handlers[path] = handler;

    /// <summary>
    /// Serves text at a path. With an ETag, a request that sends it back in If-None-Match gets
    /// 304 Not Modified; without one, the whole body every time.
    /// </summary>
    public void Serve(string path, string body, string contentType, string? etag = null) =>
        Serve(path, Encoding.UTF8.GetBytes(body), contentType, etag);

    public void Serve(string path, byte[] body, string contentType, string? etag = null) => Handle(path, async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    });

    public void Status(string path, int status) => Handle(path, context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public void Redirect(string path, string target) => Handle(path, context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = target;
        return Task.CompletedTask;
    });

    /// <summary>A server that hangs: the headers never come.</summary>
    public void Hang(string path) => Handle(path, async context =>
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, closing.Token);
        await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    });

    /// <summary>
    /// A page of <paramref name="bytes"/> bytes sent in chunks, its length declared or not, for as
    /// long as the client reads.
    /// </summary>
    public void Huge(string path, long bytes, bool declareLength) => Handle(path, async context =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (declareLength) context.Response.ContentLength = bytes;
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler filler filler filler filler filler.</p>\n", 1300)));
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - sent)), context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionResetException)
        {
            // The client stopped reading at its limit, as it should.
        }
    });

    async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        if (handlers.TryGetValue(path, out var handler)) await handler(context);
        else context.Response.StatusCode = StatusCodes.Status404NotFound;
        requests.Enqueue(new SiteRequest(path, NullIfEmpty(context.Request.Headers.IfNoneMatch.ToString()),
            NullIfEmpty(context.Request.Headers.UserAgent.ToString()), context.Response.StatusCode));
    }

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        closing.Dispose();
    }
}
