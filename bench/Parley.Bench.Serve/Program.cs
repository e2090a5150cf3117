using Parley.Bench.Serve;

// A load test of `parley serve`: the dashboard's typical requests against a running server, bounded in
// count and time, loopback only. Start the server first (and, to measure under writes, an ingest):
//   parley serve --store parley.db &
//   dotnet run -c Release --project bench/Parley.Bench.Serve -- http://127.0.0.1:5080 [SECONDS] [CONCURRENCY] [MAX-REQUESTS] [dashboard|spread]
// "dashboard" (the default) repeats the dashboard's four opening requests; "spread" asks the same kinds
// for the store's 50 busiest dyads and actors and every year, at random, so that few answers repeat.
if (args is not [var url, ..] || !Uri.TryCreate(url, UriKind.Absolute, out var server))
{
    Console.Error.WriteLine("usage: URL [SECONDS=20] [CONCURRENCY=8] [MAX-REQUESTS=100000] [dashboard|spread]");
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
var mix = args.Length > 4 ? args[4] : "dashboard";
if (mix is not ("dashboard" or "spread"))
{
    Console.Error.WriteLine($"'{mix}' is not a mix of requests: dashboard or spread");
    return 2;
}
using var http = LoadTest.Client(server, Environment.GetEnvironmentVariable("PARLEY_TOKEN"), concurrency);
var report = await LoadTest.RunAsync(http, TimeSpan.FromSeconds(seconds), concurrency, maxRequests, mix == "spread" ? await LoadTest.SpreadAsync(http) : null);
Console.WriteLine(report);
return 0;
