using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Parley.Io;
using Parley.Server.Api;
using Parley.Server.Security;
using Parley.Storage;

namespace Parley.Server;

/// <summary>The answer of GET /health: the server is up and its store answers.</summary>
public sealed record HealthJson(string Status, string Parley);

/// <summary>
/// `parley serve`: the HTTP API over an event store and the dashboard's files, wired together here
/// (the server's Program, kept in the library so that the CLI and the tests start the same server).
/// Read-only: no endpoint writes to the store.
/// </summary>
public static class ParleyServer
{
    /// <summary>The request-timeout policy of CSV exports, which stream a whole view.</summary>
    public const string ExportPolicy = "export";

    /// <summary>Builds the server; <see cref="ServerOptions.Validate"/> must have passed. Start it with StartAsync or RunAsync.</summary>
    public static WebApplication Build(ServerOptions options, IEventStore store, TextCoder coder, TimeProvider? clock = null)
    {
        if (options.Validate() is { } error) throw new ArgumentException(error, nameof(options));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production, // never the developer exception page, which shows stack traces
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            foreach (var address in options.ResolveHost().Addresses) kestrel.Listen(address, options.Port);
        });
        var services = builder.Services;
        services.AddSingleton(store);
        services.AddSingleton(coder);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(Options.Create(options));
        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorAnswers>();
        services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = options.RequestTimeout, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout };
            timeouts.AddPolicy(ExportPolicy, new RequestTimeoutPolicy { Timeout = options.ExportTimeout, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        });
        // Answers are kept per store version (AnswerCache); 256 MiB holds thousands of pages and series.
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddPolicy(AnswerCache.Name, new AnswerCache());
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parley";
            document.Info.Version = DataFingerprint.ParleyVersion;
            document.Info.Description = "Political events coded from news text (PLOVER), with the sentences behind every number.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(); // an empty 404, 405 or 413 becomes problem details too
        app.Use(SecurityHeaders);
        if (!string.IsNullOrEmpty(options.Token)) app.UseMiddleware<AccessToken>(options.Token);
        // A physical provider rooted at the static folder: it refuses any path that leaves the folder, and dot files.
        var files = new PhysicalFileProvider(Path.GetFullPath(options.StaticRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseOutputCache();

        app.MapGet("/health", HealthAsync).WithName("Health").WithSummary("Whether the server is up and its store answers.");
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api");
        EventsApi.Map(api);
        StatsApi.Map(api);
        LookupApi.Map(api);
        CodeApi.Map(api);
        coder.Preload();
        return app;
    }

    static async Task<Results<Ok<HealthJson>, ProblemHttpResult>> HealthAsync(IEventStore store, CancellationToken cancel)
    {
        try
        {
            await store.QueryAsync(new EventQuery { Limit = 1 }, cancel);
            return TypedResults.Ok(new HealthJson("ok", DataFingerprint.ParleyVersion));
        }
        catch (StoreException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The event store cannot answer now");
        }
    }

    /// <summary>
    /// The dashboard loads nothing from elsewhere, so the browser is told to refuse anything from
    /// elsewhere; no page may frame it; responses are never sniffed into another type.
    /// </summary>
    static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        return next();
    }
}
