using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Storage;
using Parley.Storage.Export;

namespace Parley.Server.Api;

/// <summary>Paging and output of GET /api/events.</summary>
public sealed class PagingParameters
{
    [FromQuery(Name = "cursor"), Description("The 'next' of the previous page; absent for the first page.")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), Description("Events per page, 1 to 1000 (default 50).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "order"), Description("date (oldest first, the default) or -date (newest first).")]
    public string? Order { get; init; }

    [FromQuery(Name = "format"), Description("json (the default) or csv: every event of the view, not one page (as is Accept: text/csv).")]
    public string? Format { get; init; }

    public static readonly string[] Names = ["cursor", "limit", "order", "format"];
}

/// <summary>GET /api/events (a page, or the whole view as CSV) and GET /api/events/{id} (the evidence).</summary>
public static class EventsApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync).WithName("ListEvents")
            .WithSummary("Events matching the filters of `parley query`, one page at a time in date order; CSV with format=csv or Accept: text/csv.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithRequestTimeout(ParleyServer.ExportPolicy)
            .CacheOutput(AnswerCache.Name);
        api.MapGet("/events/{id:long}", DetailAsync).WithName("GetEvent")
            .WithSummary("A merged event with every sentence that reported it: the trigger and the parties marked by offsets, the document's title, date and URL, the rule that coded it.")
            .CacheOutput(AnswerCache.Name);
    }

    static async Task<Results<Ok<EventPageJson>, EmptyHttpResult, ValidationProblem>> ListAsync(
        HttpContext http, [AsParameters] FilterParameters filters, [AsParameters] PagingParameters paging, IEventStore store, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, [.. FilterParameters.Names, .. PagingParameters.Names], errors);
        var query = filters.ToQuery(errors);
        var limit = FilterParameters.Bounded(paging.Limit, "limit", DefaultLimit, 1, MaxLimit, "a page size", errors);
        var newest = paging.Order switch { null or "date" => false, "-date" => true, _ => (bool?)null };
        if (newest is null) errors["order"] = [$"'{paging.Order}' is not an order: date (oldest first) or -date (newest first)"];
        var csv = paging.Format switch
        {
            null => AcceptsCsv(http.Request),
            "csv" => true,
            "json" => false,
            _ => (bool?)null,
        };
        if (csv is null) errors["format"] = [$"'{paging.Format}' is not a format: json or csv"];
        if (paging.Cursor is { Length: > 200 }) errors["cursor"] = ["the cursor is not one this server gave out"];
        if (errors.Count > 0) return Problems.Invalid(errors);
        query = query with { Limit = limit, Cursor = paging.Cursor, NewestFirst = newest!.Value };
        if (csv == true)
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"parley-events.csv\"";
            await EventExporter.ExportAsync(store.QueryAllAsync(query, cancel), ExportFormat.Csv, http.Response.Body, cancel);
            return TypedResults.Empty;
        }
        EventPage page;
        try { page = await store.QueryAsync(query, cancel); }
        catch (StoreException ex) when (ex.Kind == StoreError.Other && paging.Cursor is not null)
        {
            // The store's one complaint about a query it was given is a cursor it did not give out.
            return Problems.Invalid(new() { ["cursor"] = [ex.Message] });
        }
        return TypedResults.Ok(new EventPageJson(page.Events.Select(StoredEventJson.From).ToList(), page.Next));
    }

    static bool AcceptsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a request for events asks for the whole view as CSV (format=csv, or no format and Accept: text/csv).</summary>
    public static bool WantsCsv(HttpRequest request) =>
        request.Query.TryGetValue("format", out var format) ? format == "csv" : AcceptsCsv(request);

    static async Task<Results<Ok<EventDetailJson>, ProblemHttpResult, ValidationProblem>> DetailAsync(
        HttpContext http, long id, IEventStore store, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, [], errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        return await store.GetEventAsync(id, cancel) is { } detail
            ? TypedResults.Ok(await EventDetailJson.FromAsync(detail, store, cancel))
            : Problems.NotFound($"no merged event {id} in this store");
    }
}
