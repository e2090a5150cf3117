using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// The filters of `parley query`, as query parameters with the same names. They arrive as text and
/// are checked here, so that a bad value gets a 400 that names the parameter and says what is
/// expected, rather than a binding failure with no message.
/// </summary>
public sealed class FilterParameters
{
    [FromQuery(Name = "from"), Description("First day, ISO 8601 (2023-05-01).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Last day, ISO 8601 (2023-05-31).")]
    public string? To { get; init; }

    [FromQuery(Name = "actor"), Description("The acting side: a code (USA, NATO) or an entity's canonical name (Antony Blinken).")]
    public string? Actor { get; init; }

    [FromQuery(Name = "recipient"), Description("The side acted on: a code or a canonical name.")]
    public string? Recipient { get; init; }

    [FromQuery(Name = "dyad"), Description("Both sides, actor first: A,B (USA,CHN).")]
    public string? Dyad { get; init; }

    [FromQuery(Name = "event"), Description("A PLOVER category (CONSULT, ASSAULT, ...).")]
    public string? Event { get; init; }

    [FromQuery(Name = "quad"), Description("verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.")]
    public string? Quad { get; init; }

    [FromQuery(Name = "mode"), Description("A PLOVER mode (third-party, air, ...).")]
    public string? Mode { get; init; }

    [FromQuery(Name = "status"), Description("asserted, historical, future, hypothetical or negated.")]
    public string? Status { get; init; }

    [FromQuery(Name = "country"), Description("ISO 3166-1 alpha-3 code of where the event happened.")]
    public string? Country { get; init; }

    [FromQuery(Name = "text"), Description("Words that must all occur in the sentence.")]
    public string? Text { get; init; }

    [FromQuery(Name = "minSources"), Description("Only events reported by at least this many sources.")]
    public string? MinSources { get; init; }

    /// <summary>The parameter names these filters answer to.</summary>
    public static readonly string[] Names = ["from", "to", "actor", "recipient", "dyad", "event", "quad", "mode", "status", "country", "text", "minSources"];

    /// <summary>The store's query for these filters; problems are added to <paramref name="errors"/> by parameter name.</summary>
    public EventQuery ToQuery(Dictionary<string, string[]> errors)
    {
        var (query, problems) = new EventFilterText
        {
            From = From, To = To, Actor = Actor, Recipient = Recipient, Dyad = Dyad, Event = Event, Quad = Quad, Mode = Mode,
            Status = Status, Country = Country, Text = Text, MinSources = MinSources,
        }.Parse(field => field);
        foreach (var (field, message) in problems) errors[field] = [message];
        return query;
    }

    /// <summary>
    /// A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when the
    /// parameter is absent; anything else is an error named after the parameter ("'0' is not a page size from 1 to 1000").
    /// </summary>
    public static int Bounded(string? text, string name, int fallback, int min, int max, string what, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"'{text}' is not {what} from {min} to {max}"];
        return fallback;
    }

    /// <summary>Query parameters the endpoint does not know: refused, since a misspelt filter silently ignored would show the wrong events.</summary>
    public static void RejectUnknown(HttpRequest request, IEnumerable<string> known, Dictionary<string, string[]> errors)
    {
        var names = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        foreach (var key in request.Query.Keys.Where(k => !names.Contains(k)))
            errors[key] = [$"unknown parameter '{key}'; this endpoint takes {string.Join(", ", names)}"];
        foreach (var (key, values) in request.Query.Where(q => names.Contains(q.Key) && q.Value.Count > 1))
            errors[key] = [$"'{key}' is given {values.Count} times; give it once"];
    }
}
