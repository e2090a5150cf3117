using System.ComponentModel;
using Parley.Coding;
using Parley.Model;
using Parley.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ExplainSettings : DatedSettings
{
    [CommandArgument(0, "<SENTENCE>")]
    [Description("The text to explain (one or more sentences). Its publication date is --date, else today.")]
    public string Sentence { get; init; } = "";
}

/// <summary>`parley explain`: every decision the pipeline made on a sentence, each coding decision with the pass that made it.</summary>
public sealed class ExplainCommand(ConsoleStreams io) : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellation)
    {
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        var analyses = new List<SentenceAnalysis>();
        var events = pipeline.Analyze(new Article("explain", settings.Sentence, settings.ParsedDate ?? io.Today), out var d, keepAnalyses: true, analyses);
        foreach (var a in analyses) Explain(d, a);
        io.Out.Write(Loading.EventTable(events));
        return ExitCodes.Success;
    }

    void Explain(Document d, SentenceAnalysis a)
    {
        var s = a.Sentence;
        io.Out.Write(new Rule($"sentence {s.Index}"));
        io.Out.MarkupLine("[bold]tokens[/] " + string.Join(" ", Enumerable.Range(s.FirstToken, s.TokenCount)
            .Select(t => $"{Markup.Escape(d.TextOf(t).ToString())}[grey]/{Markup.Escape(d.TagOf(t).Name())}{(d.LemmaOf(t) != d.LowerOf(t) ? ":" + Markup.Escape(d.LemmaOf(t)) : "")}[/]")));
        foreach (var m in d.MentionsOf(s).OrderBy(m => m.First))
            io.Out.MarkupLineInterpolated($"[bold]{Kind(m)}[/] '{d.TextOf(m.First, m.End - 1)}' → {Describe(m)} [grey]{m.Reason}[/]");
        foreach (var c in a.Clauses) io.Out.MarkupLineInterpolated($"[bold]clause[/] {DescribeClause(d, c)}");
        foreach (var m in a.Matches) io.Out.MarkupLineInterpolated($"[bold]trigger[/] '{d.TextOf(m.First, m.Last)}' {m.Trigger.ToString()}");
        foreach (var e in a.Events)
        {
            io.Out.MarkupLineInterpolated($"[bold green]event[/] {e.Category.Name()} {e.Mode?.Name() ?? ""} {e.Status.Name()} actor ({Parties(e.Actor)}) recipient ({Parties(e.Recipient)})");
            foreach (var reason in e.Reasons) io.Out.MarkupLineInterpolated($"    [grey]{reason.ToString()}[/]");
        }
        foreach (var e in a.Dropped)
        {
            var why = e.DropDecision?.ToString() ?? "dropped";
            io.Out.MarkupLineInterpolated($"[yellow]dropped[/] '{d.TextOf(e.Match.First, e.Match.Last)}' ({e.Category.Name()}): {why}");
            foreach (var reason in e.Reasons.Where((_, i) => i != e.DroppedBy)) io.Out.MarkupLineInterpolated($"    [grey]{reason.ToString()}[/]");
        }
        // Triggers claimed by a longer pattern never became candidates.
        foreach (var m in a.Matches.Where(m => a.Events.All(e => e.Match != m) && a.Dropped.All(e => e.Match != m)))
            io.Out.MarkupLineInterpolated($"[yellow]dropped[/] '{d.TextOf(m.First, m.Last)}': not a candidate");
    }

    static string Parties(IEnumerable<EventEntity> entities) => string.Join("; ", entities.Select(x => x.Entity.Name + " " + x.Entity.Code));

    static string DescribeClause(Document d, Clause c) =>
        $"verb '{d.TextOf(c.First, c.End - 1)}' subject '{Span(d, c.Subject)}' object '{Span(d, c.Object)}' {(c.Passive ? "passive " : "")}{(c.Negated ? "negated " : "")}"
        + $"{(c.Modal is null ? "" : "modal " + c.Modal + " ")}{(c.NonFinite ? "non-finite " : "")}{(c.Governor is null ? "" : "governed by '" + d.TextOf(c.Governor.Head).ToString() + "' ")}"
        + $"{(c.Subordinator is null ? "" : "after '" + c.Subordinator + "' ")}preps ({string.Join(", ", c.Preps.Select(p => p.Preposition + " " + Span(d, p.Object)))})";

    static string Span(Document d, TokenRange r) => r.IsEmpty ? "" : d.TextOf(r.First, r.End - 1);

    static string Kind(Mention m) => m switch { ActorMention => "actor", PlaceMention => "place", _ => "date" };

    static string Describe(Mention m) => m switch
    {
        ActorMention { Entity: var e } => $"{e.Name} ({e.Code ?? "?"} {e.Sector?.Name()}) {e.Title}",
        PlaceMention { Place: var p } => $"{p.Name} ({p.Country})",
        DateMention { Expression: var x } => x.ToString(),
        _ => "",
    };
}
