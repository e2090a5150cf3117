using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>The `parley` command line: its commands, wired to the given console streams. Program.cs and the tests both run it.</summary>
public static class ParleyApp
{
    public static int Run(ConsoleStreams io, IEnumerable<string> args)
    {
        var services = new ServiceCollection();
        services.AddSingleton(io);
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("parley");
            config.SetApplicationVersion(Version);
            config.Settings.Console = io.Out;
            config.SetExceptionHandler((ex, _) => Fail(io, ex));
            // An unknown option is an error (exit 2), not silently ignored: "--stor x.db" must not code into the default store.
            config.Settings.StrictParsing = true;
            Commands(config);
        });
        // Spectre reads a lone "-" as an option with no name; it is standard input.
        return app.Run(args.Select(a => a == "-" ? ConsoleStreams.StandardInputName : a));
    }

    /// <summary>Parley's version, from the assembly (set in Directory.Build.props).</summary>
    public static string Version =>
        typeof(ParleyApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    static int Fail(ConsoleStreams io, Exception ex)
    {
        if (ex is IOException io2 && Loading.IsBrokenPipe(io2)) return ExitCodes.OutputClosed;
        var usage = ex is CommandParseException or CommandRuntimeException or CommandConfigurationException;
        io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
        if (!usage) io.Error.MarkupLine("[grey]This is a bug in Parley; please report it with the command that caused it.[/]");
        return usage ? ExitCodes.Usage : 70;
    }

    static void Commands(IConfigurator config)
    {
        config.AddCommand<CodeCommand>("code").WithDescription("Code news documents (JSON Lines, text, HTML pages, feeds, WARC, archives, folders, standard input) into PLOVER events.")
            .WithExample("code", "articles.jsonl", "--out", "events.jsonl")
            .WithExample("code", "story.txt", "--date", "2023-05-12", "--format", "table");
        config.AddCommand<IngestCommand>("ingest").WithDescription("Code documents and add them with their events to the event store (parley.db, or --store).")
            .WithExample("ingest", "../shared/corpus/current-events-2002-2026.jsonl")
            .WithExample("ingest", "pages/", "--store", "postgres://parley@localhost/parley");
        config.AddCommand<QueryCommand>("query").WithDescription("Events from the store matching filters, as a table or JSON lines, CSV, Parquet or POLECAT-style TSV.")
            .WithExample("query", "--dyad", "USA,CHN", "--from", "2023-01-01")
            .WithExample("query", "--event", "ASSAULT", "--country", "SYR", "--format", "csv", "--out", "syria.csv");
        config.AddCommand<StatsCommand>("stats").WithDescription("Event counts, Goldstein sums and means and change against earlier periods, by dyad, actor, country, category or quad; events that happened (asserted) unless --status names another.")
            .WithExample("stats", "--by", "dyad", "--per", "year")
            .WithExample("stats", "--by", "event", "--per", "month", "--country", "UKR");
        config.AddCommand<RecodeCommand>("recode").WithDescription("Re-code the stored documents coded with other data (after the knowledge base or triggers changed).")
            .WithExample("recode", "--dry-run");
        config.AddCommand<WatchCommand>("watch").WithDescription("Follow news feeds: poll each on a schedule, code every new item and add it to the store (Ctrl+C stops).")
            .WithExample("watch", "feeds.opml", "--every", "15m")
            .WithExample("watch", "https://www.theguardian.com/world/rss", "--once", "--store", "news.db");
        config.AddCommand<DemoCommand>("demo").WithDescription("Code the seed article (US-China talks in Vienna) and show the events.");
        config.AddCommand<ExplainCommand>("explain").WithDescription("Show how text is coded: tokens, tags, mentions, clauses, triggers, and each pass's decisions.")
            .WithExample("explain", "\"China refused to meet the US delegation.\"", "--date", "2023-05-12");
        config.AddCommand<EvalCommand>("eval").WithDescription("Score the coder on a labelled set (eval/dev.jsonl by default, or eval/real/dev.jsonl).")
            .WithExample("eval", "--errors", "20")
            .WithExample("eval", "eval/real/dev.jsonl");
        config.AddCommand<EvalTaggerCommand>("eval-tagger").WithDescription("Score the part-of-speech taggers on a treebank (../shared/treebank/en_ewt-ud-test.conllu).");
        config.AddCommand<EvalActorsCommand>("eval-actors").WithDescription("Score actor resolution on labelled mentions (eval/actors.jsonl).");
        config.AddCommand<TrainCommand>("train").WithDescription("Train the eventness model on the labelled development sets (never the test split), or the tagger on a treebank; --check compares with the stored model.")
            .WithExample("train", "eventness");
        config.AddCommand<SentencesCommand>("sentences").WithDescription("Show how documents are split into sentences (JSON lines with offsets).");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve the HTTP API and the dashboard over a store (loopback only unless --host and a token).")
            .WithExample("serve", "--store", "parley.db", "--port", "5080");
        config.AddBranch("actors", actors =>
        {
            actors.SetDescription("Inspect the actor knowledge base.");
            actors.AddCommand<ActorsLookupCommand>("lookup").WithDescription("Show how a name resolves on a date, and why.")
                .WithExample("actors", "lookup", "\"Li Shangfu\"", "--date", "2023-05-01");
        });
    }
}
