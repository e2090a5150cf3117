using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Model;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>An actor the store holds events of.</summary>
public sealed record StoredActorJson(string Name, string? Country, string? Sector, string? Org, string? OrgType, long Events);

/// <summary>What the knowledge base makes of the words, on a date, and why.</summary>
public sealed record KnownActorJson(string Text, string Name, string? Code, string? Country, string? Sector, string? Title, string? Org, string? Reason);

/// <summary>Actors matching a search: those in the store (by name, code or organisation prefix) and what the knowledge base resolves the words to.</summary>
public sealed record ActorSearchJson(IReadOnlyList<StoredActorJson> Store, IReadOnlyList<KnownActorJson> Knowledge);

/// <summary>A stored document and what Parley made of it.</summary>
public sealed record DocumentJson(
    string Id, string? Title, string? Date, string? Source, string? Url, string? Language, string Text, int Events, string? DuplicateOf, double? Similarity);

/// <summary>GET /api/actors?q= and GET /api/documents/{id}.</summary>
public static class LookupApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/actors", ActorsAsync).WithName("SearchActors")
            .WithSummary("Actors whose name, code or organisation starts with q in the store, and what the knowledge base resolves q to on a date (default today).");
        api.MapGet("/documents/{id}", DocumentAsync).WithName("GetDocument")
            .WithSummary("A stored document: its text, title, date, source and URL, and whether it is a reprint of another.")
            .CacheOutput(AnswerCache.Name);
    }

    static async Task<Results<Ok<ActorSearchJson>, ValidationProblem>> ActorsAsync(HttpContext http,
        [FromQuery(Name = "q"), Description("The start of a name or code (2 to 100 characters).")] string? q,
        [FromQuery(Name = "date"), Description("The day offices are resolved on (ISO 8601); default today.")] string? date,
        [FromQuery(Name = "limit"), Description("At most this many store actors, 1 to 100 (default 20).")] string? limit,
        IEventStore store, TextCoder coder, TimeProvider clock, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, ["q", "date", "limit"], errors);
        var term = q?.Trim() ?? "";
        if (term.Length is < 2 or > 100) errors["q"] = ["give 2 to 100 characters to search for, as q=..."];
        var on = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
            errors["date"] = [$"'{date}' is not an ISO 8601 date such as 2023-05-12"];
        var count = 20;
        if (limit is not null && !(int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= 100))
            errors["limit"] = [$"'{limit}' is not a number from 1 to 100"];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var stored = await store.SearchActorsAsync(term, count, cancel);
        var known = await coder.UseAsync(pipeline =>
        {
            pipeline.Analyze(new Article("lookup", term, on), out var d, keepAnalyses: false);
            return d.Mentions.OfType<ActorMention>().OrderBy(m => m.First).Select(m => new KnownActorJson(d.TextOf(m.First, m.End - 1), m.Entity.Name,
                m.Entity.Code, m.Entity.Country, m.Entity.Sector?.Name(), m.Entity.Title, m.Entity.Org, m.Reason)).ToList();
        }, cancel);
        return TypedResults.Ok(new ActorSearchJson(
            stored.Select(a => new StoredActorJson(a.Name, a.Country, a.Sector, a.Org, a.OrgType, a.Events)).ToList(), known));
    }

    static async Task<Results<Ok<DocumentJson>, ProblemHttpResult, ValidationProblem>> DocumentAsync(HttpContext http, string id, IEventStore store, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, [], errors);
        if (id.Length > 500) errors["id"] = ["no document id is that long"];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await store.GetDocumentAsync(id, cancel) is not { } document) return Problems.NotFound($"no document '{id}' in this store");
        var a = document.Article;
        return TypedResults.Ok(new DocumentJson(a.Id, a.Title, a.Date?.ToString("yyyy-MM-dd"), a.Source, a.Url, document.Language, a.Text,
            document.EventCount, document.DuplicateOf, document.Similarity));
    }
}
