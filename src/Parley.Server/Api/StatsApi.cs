using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>Grouping of GET /api/stats, as `parley stats` takes it.</summary>
public sealed class StatsParameters
{
    [FromQuery(Name = "by"), Description("dyad (the default), actor, recipient, country, event or quad.")]
    public string? By { get; init; }

    [FromQuery(Name = "per"), Description("day, week (from Monday), month (the default) or year.")]
    public string? Per { get; init; }

    [FromQuery(Name = "baseline"), Description("How many earlier periods the baseline averages, 1 to 52 (default 4).")]
    public string? Baseline { get; init; }

    [FromQuery(Name = "limit"), Description("At most this many rows, 1 to 50000 (default 10000); 'truncated' says when more matched.")]
    public string? Limit { get; init; }

    public static readonly string[] Names = ["by", "per", "baseline", "limit"];
}

/// <summary>One group in one period: counts, Goldstein sums and means, quad counts, and change against the baseline.</summary>
public sealed record StatsRowJson(
    string Key, string? Key2, string Period, long Events, long Mentions, double GoldsteinSum, double GoldsteinMean, double GoldsteinMentionWeightedMean,
    long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict, double? Baseline, string Trend)
{
    public static StatsRowJson From(StatsRow r) => new(r.Key, r.Key2, r.Period.ToString("yyyy-MM-dd"), r.Events, r.Mentions,
        Math.Round(r.GoldsteinSum, 4), Math.Round(r.GoldsteinMean, 4), Math.Round(r.GoldsteinMentionWeightedMean, 4),
        r.VerbalCooperation, r.MaterialCooperation, r.VerbalConflict, r.MaterialConflict, r.Baseline is { } b ? Math.Round(b, 4) : null, TrendName(r.Trend));

    /// <summary>"large-increase", "moderate-decrease", ... or "none".</summary>
    public static string TrendName(TrendMark mark) => mark switch
    {
        TrendMark.LargeIncrease => "large-increase",
        TrendMark.ModerateIncrease => "moderate-increase",
        TrendMark.ModerateDecrease => "moderate-decrease",
        TrendMark.LargeDecrease => "large-decrease",
        _ => "none",
    };
}

/// <summary>The stats rows, in group and period order.</summary>
public sealed record StatsJson(string By, string Per, int BaselinePeriods, IReadOnlyList<StatsRowJson> Rows, bool Truncated);

/// <summary>GET /api/stats: every number is the store's own aggregation.</summary>
public static class StatsApi
{
    public const int DefaultLimit = 10_000;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats", StatsAsync).WithName("Stats")
            .WithSummary("Counts, Goldstein sums and means and quad counts of merged events per group and period, each period against the mean of the previous ones (ACLED Trendfinder style).")
            .CacheOutput(AnswerCache.Name);

    static async Task<Results<Ok<StatsJson>, ValidationProblem>> StatsAsync(
        HttpContext http, [AsParameters] FilterParameters filters, [AsParameters] StatsParameters grouping, IEventStore store, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, [.. FilterParameters.Names, .. StatsParameters.Names], errors);
        var filter = filters.ToQuery(errors);
        var by = StatsGroup.Dyad;
        if (grouping.By is not null && !StatsQuery.TryParseGroup(grouping.By, out by))
            errors["by"] = [$"'{grouping.By}' is not a grouping: {StatsQuery.Names<StatsGroup>()}"];
        var per = StatsPeriod.Month;
        if (grouping.Per is not null && !StatsQuery.TryParsePeriod(grouping.Per, out per))
            errors["per"] = [$"'{grouping.Per}' is not a period: {StatsQuery.Names<StatsPeriod>()}"];
        var baseline = FilterParameters.Bounded(grouping.Baseline, "baseline", new StatsQuery().BaselinePeriods, 1, 52, "a number of periods", errors);
        var limit = FilterParameters.Bounded(grouping.Limit, "limit", DefaultLimit, 1, 50_000, "a number of rows", errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var rows = await store.StatsAsync(new StatsQuery { By = by, Per = per, Filter = filter, BaselinePeriods = baseline }, cancel);
        return TypedResults.Ok(new StatsJson(by.ToString().ToLowerInvariant(), per.ToString().ToLowerInvariant(), baseline,
            rows.Take(limit).Select(StatsRowJson.From).ToList(), rows.Count > limit));
    }
}
