using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>The event filters of `parley query`, `stats` and `recode`, turned into an <see cref="EventQuery"/>.</summary>
public class FilterSettings : StoreSettings
{
    [CommandOption("--from <DATE>")]
    [Description("Events on or after this date (ISO 8601).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Events on or before this date (ISO 8601).")]
    public string? To { get; init; }

    [CommandOption("--actor <NAME>")]
    [Description("The acting side: a country code (USA), an organisation (NATO, Hamas) or an entity's name (Joe Biden).")]
    public string? Actor { get; init; }

    [CommandOption("--recipient <NAME>")]
    [Description("The side acted upon, as --actor.")]
    public string? Recipient { get; init; }

    [CommandOption("--dyad <A,B>")]
    [Description("A acting on B, e.g. USA,CHN (with --either-direction, B on A too).")]
    public string? Dyad { get; init; }

    [CommandOption("--either-direction")]
    [Description("With --dyad: events in both directions.")]
    public bool EitherDirection { get; init; }

    [CommandOption("--event <CATEGORY>")]
    [Description("A PLOVER category: AGREE, CONSULT, ..., ASSAULT.")]
    public string? Event { get; init; }

    [CommandOption("--quad <QUAD>")]
    [Description("verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.")]
    public string? Quad { get; init; }

    [CommandOption("--mode <MODE>")]
    [Description("A PLOVER mode of the category (e.g. aerial, visit, arrest).")]
    public string? Mode { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("asserted, historical, future, hypothetical or negated.")]
    public string? Status { get; init; }

    [CommandOption("--country <ISO3>")]
    [Description("Where the event happened: an ISO 3166 alpha-3 code.")]
    public string? Country { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Words that must all occur in the reporting sentence.")]
    public string? Text { get; init; }

    [CommandOption("--min-sources <N>")]
    [Description("Only events reported by at least N sources.")]
    public int? MinSources { get; init; }

    public override ValidationResult Validate()
    {
        var error = Build(out _);
        return error is null ? base.Validate() : ValidationResult.Error(error);
    }

    /// <summary>The filters as a query, or null when one is malformed (Validate has already said which).</summary>
    public EventQuery Query() => Build(out var query) is null ? query! : throw new InvalidOperationException("invalid filters");

    string? Build(out EventQuery? query)
    {
        query = null;
        DateOnly? from = null, to = null;
        if (From is not null) { if (!DocumentReader.TryParseDate(From, out var d)) return $"--from '{From}' is not an ISO 8601 date such as 2023-05-12"; from = d; }
        if (To is not null) { if (!DocumentReader.TryParseDate(To, out var d)) return $"--to '{To}' is not an ISO 8601 date such as 2023-05-12"; to = d; }
        if (from > to) return $"--from {From} is after --to {To}";
        (string, string)? dyad = null;
        if (Dyad is not null)
        {
            var parts = Dyad.Split(',', StringSplitOptions.TrimEntries);
            if (parts is not [{ Length: > 0 } a, { Length: > 0 } b]) return $"--dyad '{Dyad}' is not two sides separated by a comma, such as USA,CHN";
            dyad = (a, b);
        }
        else if (EitherDirection) return "--either-direction needs --dyad";
        PloverCategory? category = null;
        if (Event is not null)
        {
            if (!Codes.TryParseCategory(Event, out var c)) return $"--event '{Event}' is not a PLOVER category ({string.Join(", ", Enum.GetValues<PloverCategory>().Select(x => x.Name()))})";
            category = c;
        }
        QuadClass? quad = null;
        if (Quad is not null)
        {
            var match = Enum.GetValues<QuadClass>().Where(q => q.Name().Equals(Quad, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0) return $"--quad '{Quad}' is not one of {string.Join(", ", Enum.GetValues<QuadClass>().Select(q => q.Name()))}";
            quad = match[0];
        }
        if (Mode is not null && !Codes.TryParseMode(Mode, out _)) return $"--mode '{Mode}' is not a PLOVER mode";
        EventStatus? status = null;
        if (Status is not null)
        {
            if (!Enum.TryParse<EventStatus>(Status, ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(Status, out _))
                return $"--status '{Status}' is not one of {string.Join(", ", Enum.GetValues<EventStatus>().Select(x => x.Name()))}";
            status = s;
        }
        if (Country is not null && !(Country.Length == 3 && Country.All(char.IsAsciiLetter))) return $"--country '{Country}' is not an ISO 3166 alpha-3 code such as SYR";
        if (MinSources is < 1) return "--min-sources must be at least 1";
        query = new EventQuery
        {
            From = from, To = to, Actor = Actor, Recipient = Recipient, Dyad = dyad, EitherDirection = EitherDirection,
            Category = category, Quad = quad, Mode = Mode?.ToLowerInvariant(), Status = status, Country = Country?.ToUpperInvariant(),
            Text = Text, MinSources = MinSources,
        };
        return null;
    }
}
