using Parley.Storage.Bench;

// Store benchmarks; figures go to README.md ("Storing events") and src/Parley.Storage/README.md.
//   dotnet run -c Release --project bench/Parley.Bench.Store -- minhash            choose MinHash parameters on the Guardian corpus
//   dotnet run -c Release --project bench/Parley.Bench.Store -- engines [N]        DuckDB against SQLite on N synthetic events (default 5,000,000)
//   dotnet run -c Release --project bench/Parley.Bench.Store -- store [N] [LOCATION] [BATCH]   Parley's store on N events from the real corpora, BATCH documents a transaction (10,000)
//   dotnet run -c Release --project bench/Parley.Bench.Store -- stats LOCATION     stats timings on a store the store benchmark filled
return args switch
{
    ["minhash", ..] => MinHashBench.Run(Corpus.File("guardian-2017-2019.jsonl")),
    ["engine-writer", var engine, var path] => EngineBench.Writer(engine, path),
    ["engines", ..] => await EngineBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5_000_000),
    ["stats", var location] => await StatsBench.RunAsync(location),
    ["store", ..] => await StoreBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5_000_000, args.Length > 2 ? args[2] : null,
        args.Length > 3 ? int.Parse(args[3]) : 10_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: minhash | engines [N] | store [N] [LOCATION] [BATCH] | stats LOCATION");
    return 2;
}
