using System.Globalization;
using Parley.Io;
using Parley.Model;

namespace Parley.Storage;

/// <summary>
/// The event filters as people type them (the options of `parley query`, `stats` and `recode`; the query
/// parameters of the API), checked and turned into an <see cref="EventQuery"/>: one set of rules and messages
/// for every front end, each naming the fields its own way ("--min-sources", "minSources").
/// </summary>
public sealed record EventFilterText
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Actor { get; init; }
    public string? Recipient { get; init; }
    public string? Dyad { get; init; }
    public bool EitherDirection { get; init; }
    public string? Event { get; init; }
    public string? Quad { get; init; }
    public string? Mode { get; init; }
    public string? Status { get; init; }
    public string? Country { get; init; }
    public string? Text { get; init; }
    public string? MinSources { get; init; }

    /// <summary>A name, a dyad side or the words looked for: longer than this is no filter anyone means.</summary>
    public const int MaxTermLength = 200;

    /// <summary>
    /// The query, and one problem per malformed field (none when all are right). Fields are named as in this record,
    /// camel-cased ("minSources"); <paramref name="name"/> renders a field as the user knows it, for messages that name another.
    /// </summary>
    public (EventQuery Query, IReadOnlyList<(string Field, string Message)> Problems) Parse(Func<string, string> name)
    {
        var problems = new List<(string, string)>();
        var query = new EventQuery
        {
            From = Date("from", From, problems),
            To = Date("to", To, problems),
            Actor = Term("actor", Actor, problems),
            Recipient = Term("recipient", Recipient, problems),
            Text = Term("text", Text, problems),
            EitherDirection = EitherDirection,
        };
        if (query.From is { } from && query.To is { } to && to < from)
            problems.Add(("to", $"'{to:yyyy-MM-dd}' is before {name("from")} '{from:yyyy-MM-dd}'"));
        if (Term("dyad", Dyad, problems) is { } dyad)
        {
            if (dyad.Split(',', StringSplitOptions.TrimEntries) is [{ Length: > 0 } a, { Length: > 0 } b]) query = query with { Dyad = (a, b) };
            else problems.Add(("dyad", $"'{dyad}' is not two sides separated by a comma, actor first, such as USA,CHN"));
        }
        else if (EitherDirection) problems.Add(("eitherDirection", $"needs {name("dyad")}"));
        if (Event is not null)
        {
            if (Codes.TryParseCategory(Event.Trim(), out var category)) query = query with { Category = category };
            else problems.Add(("event", $"'{Event}' is not a PLOVER category: one of {Names<PloverCategory>(c => c.Name())}"));
        }
        if (Quad is not null)
        {
            var quad = Enum.GetValues<QuadClass>().Cast<QuadClass?>().FirstOrDefault(q => q!.Value.Name().Equals(Quad.Trim(), StringComparison.OrdinalIgnoreCase));
            if (quad is not null) query = query with { Quad = quad };
            else problems.Add(("quad", $"'{Quad}' is not a quad class: one of {Names<QuadClass>(q => q.Name())}"));
        }
        if (Mode is not null)
        {
            if (Codes.TryParseMode(Mode.Trim(), out var mode)) query = query with { Mode = mode.Name() };
            else problems.Add(("mode", $"'{Mode}' is not a PLOVER mode (such as third-party, air, demonstrate)"));
        }
        if (Status is not null)
        {
            if (Enum.TryParse<EventStatus>(Status.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Status, out _))
                query = query with { Status = status };
            else problems.Add(("status", $"'{Status}' is not a status: one of {Names<EventStatus>(s => s.Name())}"));
        }
        if (Country is not null)
        {
            var code = Country.Trim().ToUpperInvariant();
            if (code.Length == 3 && code.All(char.IsAsciiLetterUpper)) query = query with { Country = code };
            else problems.Add(("country", $"'{Country}' is not an ISO 3166-1 alpha-3 country code such as SYR"));
        }
        if (MinSources is not null)
        {
            if (int.TryParse(MinSources, NumberStyles.None, CultureInfo.InvariantCulture, out var sources) && sources is >= 1 and <= 1_000_000)
                query = query with { MinSources = sources };
            else problems.Add(("minSources", $"'{MinSources}' is not a number of sources (1 or more)"));
        }
        return (query, problems);
    }

    static string Names<T>(Func<T, string> name) where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(name));

    static DateOnly? Date(string field, string? text, List<(string, string)> problems)
    {
        if (text is null) return null;
        if (DocumentReader.TryParseDate(text.Trim(), out var date)) return date;
        problems.Add((field, $"'{text}' is not an ISO 8601 date such as 2023-05-12"));
        return null;
    }

    static string? Term(string field, string? text, List<(string, string)> problems)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0) problems.Add((field, "is empty"));
        else if (trimmed.Length > MaxTermLength) problems.Add((field, $"is longer than {MaxTermLength} characters"));
        else return trimmed;
        return null;
    }
}
