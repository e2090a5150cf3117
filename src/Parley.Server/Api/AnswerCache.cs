using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// Keeps the API's answers (ASP.NET Core's output cache) for as long as the store has not changed:
/// each answer is filed under its path, every query parameter, the Accept header and the store's
/// version (<see cref="IEventStore.VersionAsync"/>), which every committed ingest batch raises, in
/// this process or another. An answer is therefore never older than the last commit, and a
/// dashboard's repeated views (the same map, series and first pages, asked by many analysts) are
/// computed once per change instead of once per request. Concurrent requests for an answer being
/// computed wait for it rather than compute it again. CSV exports (streamed, possibly huge), failed
/// answers and anything but GET or HEAD are never kept.
/// </summary>
sealed class AnswerCache : IOutputCachePolicy
{
    public const string Name = "store-answers";

    /// <summary>An answer of an old version is never asked for again; it leaves after this or when the cache is full.</summary>
    static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancel)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return;
        if (EventsApi.WantsCsv(request)) return;
        long version;
        try { version = await context.HttpContext.RequestServices.GetRequiredService<IEventStore>().VersionAsync(cancel); }
        catch (StoreException) { return; } // the endpoint answers with the store's problem itself
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Keep;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Accept";
        context.CacheVaryByRules.VaryByValues["store"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancel) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancel)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
