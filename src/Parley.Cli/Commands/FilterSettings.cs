using System.ComponentModel;
using System.Globalization;
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
        var (parsed, problems) = new EventFilterText
        {
            From = From, To = To, Actor = Actor, Recipient = Recipient, Dyad = Dyad, EitherDirection = EitherDirection, Event = Event,
            Quad = Quad, Mode = Mode, Status = Status, Country = Country, Text = Text, MinSources = MinSources?.ToString(CultureInfo.InvariantCulture),
        }.Parse(OptionName);
        query = problems.Count == 0 ? parsed : null;
        return problems.Count == 0 ? null : $"{OptionName(problems[0].Field)} {problems[0].Message}";
    }

    /// <summary>The option a filter field is given by: "minSources" is --min-sources.</summary>
    static string OptionName(string field) => "--" + string.Concat(field.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
}
