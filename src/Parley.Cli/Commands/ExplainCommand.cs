using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ExplainSettings : KnowledgeSettings
{
    [CommandArgument(0, "<SENTENCE>")]
    [Description("The text to explain (one or more sentences).")]
    public string Sentence { get; init; } = "";

    [CommandOption("--date <DATE>")]
    [Description("Publication date (ISO 8601). Default: today.")]
    public string? Date { get; init; }
}

/// <summary>`parley explain`: every decision the pipeline made on a sentence.</summary>
public sealed class ExplainCommand : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellation)
    {
        var date = settings.Date is not null && DocumentReader.TryParseDate(settings.Date, out var parsed) ? parsed : DateOnly.FromDateTime(DateTime.UtcNow);
        var pipeline = new Pipeline(Loading.Load(settings, Loading.Stderr));
        var analyses = new List<SentenceAnalysis>();
        var events = pipeline.Analyze(new Article("explain", settings.Sentence, date), out var d, keepAnalyses: true, analyses);
        foreach (var a in analyses)
        {
            var s = a.Sentence;
            AnsiConsole.Write(new Rule($"sentence {s.Index}"));
            AnsiConsole.MarkupLine("[bold]tokens[/] " + string.Join(" ", Enumerable.Range(s.FirstToken, s.TokenCount)
                .Select(t => $"{Markup.Escape(d.TextOf(t).ToString())}[grey]/{Markup.Escape(d.TagOf(t).Name())}{(d.LemmaOf(t) != d.LowerOf(t) ? ":" + Markup.Escape(d.LemmaOf(t)) : "")}[/]")));
            foreach (var m in d.MentionsOf(s).OrderBy(m => m.First))
                AnsiConsole.MarkupLineInterpolated($"[bold]{m.Kind.ToString().ToLowerInvariant()}[/] '{d.TextOf(m.First, m.End - 1)}' → {Describe(m)} [grey]{m.Reason}[/]");
            foreach (var c in a.Clauses)
                AnsiConsole.MarkupLineInterpolated($"[bold]clause[/] verb '{d.TextOf(c.First, c.End - 1)}' subject '{Span(d, c.Subject)}' object '{Span(d, c.Object)}' {(c.Passive ? "passive " : "")}{(c.Negated ? "negated " : "")}{(c.Modal is null ? "" : "modal " + c.Modal + " ")}{(c.NonFinite ? "non-finite " : "")}{(c.Governor is null ? "" : "governed by '" + d.TextOf(c.Governor.Head).ToString() + "' ")}{(c.Subordinator is null ? "" : "after '" + c.Subordinator + "' ")}preps ({string.Join(", ", c.Preps.Select(p => p.Preposition + " " + Span(d, p.Object)))})");
            foreach (var m in a.Matches)
                AnsiConsole.MarkupLineInterpolated($"[bold]trigger[/] '{d.TextOf(m.First, m.Last)}' {m.Trigger.ToString()}");
            foreach (var e in a.Events)
            {
                AnsiConsole.MarkupLineInterpolated($"[bold green]event[/] {e.Category.Name()} {e.Mode?.Name() ?? ""} {e.Status.Name()} actor ({string.Join("; ", e.Actor.Select(x => x.Entity.Name + " " + x.Entity.Code))}) recipient ({string.Join("; ", e.Recipient.Select(x => x.Entity.Name + " " + x.Entity.Code))})");
                foreach (var reason in e.Reasons) AnsiConsole.MarkupLineInterpolated($"    [grey]{reason}[/]");
            }
            foreach (var e in a.Dropped)
            {
                var why = e.Reasons.Count > 0 ? e.Reasons[e.Reasons.Count - 1].ToString() : "dropped";
                AnsiConsole.MarkupLineInterpolated($"[yellow]dropped[/] '{d.TextOf(e.Match.First, e.Match.Last)}' ({e.Category.Name()}): {why}");
            }
            // Triggers claimed by a longer pattern never became candidates.
            foreach (var m in a.Matches.Where(m => a.Events.All(e => e.Match != m) && a.Dropped.All(e => e.Match != m)))
                AnsiConsole.MarkupLineInterpolated($"[yellow]dropped[/] '{d.TextOf(m.First, m.Last)}': not a candidate");
        }
        AnsiConsole.Write(Loading.EventTable(events));
        return 0;
    }

    static string Span(Document d, Parley.Text.TokenRange r) => r.IsEmpty ? "" : d.TextOf(r.First, r.End - 1);

    static string Describe(Mention m) => m.Kind switch
    {
        MentionKind.Actor => $"{m.Entity!.Name} ({m.Entity.Code ?? "?"} {m.Entity.Sector}) {m.Entity.Title}",
        MentionKind.Place => $"{m.Place!.Name} ({m.Place.Country})",
        _ => m.Expression?.ToString() ?? "",
    };
}
