using Parley.Bench.Serve;

// A load test of `parley serve`: the dashboard's typical requests against a running server, bounded in
// count and time, loopback only. Start the server first (and, to measure under writes, an ingest):
//   parley serve --store parley.db &
//   dotnet run -c Release --project bench/Parley.Bench.Serve -- http://127.0.0.1:5080 [SECONDS] [CONCURRENCY] [MAX-REQUESTS]
if (args is not [var url, ..] || !Uri.TryCreate(url, UriKind.Absolute, out var server))
{
    Console.Error.WriteLine("usage: URL [SECONDS=20] [CONCURRENCY=8] [MAX-REQUESTS=100000]");
    return 2;
}
if (!server.IsLoopback)
{
    Console.Error.WriteLine($"{server.Host} is not this machine: the load test only runs against a loopback server");
    return 2;
}
var seconds = args.Length > 1 ? int.Parse(args[1]) : 20;
var concurrency = args.Length > 2 ? int.Parse(args[2]) : 8;
var maxRequests = args.Length > 3 ? int.Parse(args[3]) : 100_000;
var report = await LoadTest.RunAsync(server, Environment.GetEnvironmentVariable("PARLEY_TOKEN"), TimeSpan.FromSeconds(seconds), concurrency, maxRequests);
Console.WriteLine(report);
return 0;
