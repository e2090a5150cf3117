using Parley.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("parley");
    config.AddCommand<CodeCommand>("code").WithDescription("Code news documents (JSON Lines or .txt) into PLOVER events.")
        .WithExample("code", "articles.jsonl", "--out", "events.jsonl");
    config.AddCommand<DemoCommand>("demo").WithDescription("Code the seed article (US-China talks in Vienna) and show the events.");
    config.AddCommand<ExplainCommand>("explain").WithDescription("Show how one sentence is coded: tokens, tags, mentions, clauses, triggers, roles, status.")
        .WithExample("explain", "\"China refused to meet the US delegation.\"", "--date", "2023-05-12");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score the coder on the labelled development set (eval/dev.jsonl).")
        .WithExample("eval", "--errors", "20");
    config.AddCommand<SentencesCommand>("sentences").WithDescription("Show how documents are split into sentences (JSON lines with offsets).");
    config.AddCommand<EvalActorsCommand>("eval-actors").WithDescription("Score actor resolution on labelled mentions (eval/actors.jsonl).");
    config.AddBranch("actors", actors =>
    {
        actors.SetDescription("Inspect the actor knowledge base.");
        actors.AddCommand<ActorsLookupCommand>("lookup").WithDescription("Show how a name resolves on a date, and why.")
            .WithExample("actors", "lookup", "\"Li Shangfu\"", "--date", "2023-05-01");
    });
});
return app.Run(args);
