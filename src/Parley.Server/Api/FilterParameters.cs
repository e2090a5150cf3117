using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Parley.Model;
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

    const int MaxTermLength = 200;

    /// <summary>The store's query for these filters; problems are added to <paramref name="errors"/> by parameter name.</summary>
    public EventQuery ToQuery(Dictionary<string, string[]> errors)
    {
        var query = new EventQuery
        {
            From = Date("from", From, errors),
            To = Date("to", To, errors),
            Actor = Term("actor", Actor, errors),
            Recipient = Term("recipient", Recipient, errors),
            Text = Term("text", Text, errors),
        };
        if (query.From is { } from && query.To is { } to && to < from)
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})"];
        if (Term("dyad", Dyad, errors) is { } dyad)
        {
            if (dyad.Split(',', StringSplitOptions.TrimEntries) is [{ Length: > 0 } a, { Length: > 0 } b]) query = query with { Dyad = (a, b) };
            else errors["dyad"] = [$"'{dyad}' is not a dyad: give the two sides separated by a comma, actor first (USA,CHN)"];
        }
        if (Event is not null)
        {
            if (Codes.TryParseCategory(Event.Trim(), out var category)) query = query with { Category = category };
            else errors["event"] = [$"'{Event}' is not a PLOVER category: one of {string.Join(", ", Enum.GetValues<PloverCategory>().Select(c => c.Name()))}"];
        }
        if (Quad is not null)
        {
            if (ParseQuad(Quad.Trim()) is { } quad) query = query with { Quad = quad };
            else errors["quad"] = [$"'{Quad}' is not a quad class: one of {string.Join(", ", Enum.GetValues<QuadClass>().Select(q => q.Name()))}"];
        }
        if (Mode is not null)
        {
            if (Codes.TryParseMode(Mode.Trim(), out var mode)) query = query with { Mode = mode.Name() };
            else errors["mode"] = [$"'{Mode}' is not a PLOVER mode (such as third-party, air, demonstrate)"];
        }
        if (Status is not null)
        {
            if (Enum.TryParse<EventStatus>(Status.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Status, out _))
                query = query with { Status = status };
            else errors["status"] = [$"'{Status}' is not a status: one of {string.Join(", ", Enum.GetValues<EventStatus>().Select(s => s.Name()))}"];
        }
        if (Country is not null)
        {
            var code = Country.Trim().ToUpperInvariant();
            if (code.Length == 3 && code.All(char.IsAsciiLetterUpper)) query = query with { Country = code };
            else errors["country"] = [$"'{Country}' is not an ISO 3166-1 alpha-3 country code (such as UKR)"];
        }
        if (MinSources is not null)
        {
            if (int.TryParse(MinSources, NumberStyles.None, CultureInfo.InvariantCulture, out var sources) && sources is >= 1 and <= 1_000_000)
                query = query with { MinSources = sources };
            else errors["minSources"] = [$"'{MinSources}' is not a number of sources (1 or more)"];
        }
        return query;
    }

    static QuadClass? ParseQuad(string text) =>
        Enum.GetValues<QuadClass>().Cast<QuadClass?>().FirstOrDefault(q => q!.Value.Name().Equals(text, StringComparison.OrdinalIgnoreCase));

    static DateOnly? Date(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"'{text}' is not an ISO 8601 date such as 2023-05-12"];
        return null;
    }

    static string? Term(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0) { errors[name] = [$"'{name}' is empty"]; return null; }
        if (trimmed.Length > MaxTermLength) { errors[name] = [$"'{name}' is longer than {MaxTermLength} characters"]; return null; }
        return trimmed;
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
