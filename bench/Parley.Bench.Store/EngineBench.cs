using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Parley.Storage.Bench;

/// <summary>
/// DuckDB against SQLite on the embedded store's workload, one flat events table of N synthetic
/// events (dyads drawn from a skewed distribution of 60 states over 2002-2026, as in the coded
/// corpora): bulk load in batches of 50,000 (DuckDB's appender; SQLite's prepared insert, one
/// transaction per batch, with the index its queries need), dyad x month aggregation, one dyad for one year, and a reader in
/// this process querying while a writer in another process ingests.
/// </summary>
static class EngineBench
{
    static readonly string[] States =
    [
        "USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "SYR", "IRQ", "AFG", "PAK", "IND", "TUR", "PRK", "KOR",
        "JPN", "SAU", "EGY", "YEM", "LBN", "LBY", "SDN", "SSD", "ETH", "SOM", "KEN", "NGA", "MLI", "COD", "VEN", "COL", "MEX", "BRA",
        "ARG", "CUB", "CAN", "AUS", "NZL", "IDN", "PHL", "MMR", "THA", "VNM", "BLR", "POL", "GEO", "ARM", "AZE", "KAZ", "UZB", "QAT",
        "ARE", "JOR", "TWN", "NATO", "UN", "EU",
    ];

    static readonly string[] Categories =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    readonly record struct Row(long Id, int Day, int Month, int Year, string Actor, string Recipient, string Category, double Goldstein, int Mentions);

    static IEnumerable<Row> Rows(long first, int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2002, 1, 1).DayNumber;
        var days = new DateOnly(2026, 12, 31).DayNumber - start;
        // Zipf-like: the i-th state is drawn with weight 1/(i+1), so a few dyads dominate as in news.
        string State() { var i = (int)(States.Length * Math.Pow(random.NextDouble(), 2.5)); return States[Math.Min(i, States.Length - 1)]; }
        for (var i = 0; i < count; i++)
        {
            var day = start + random.Next(days);
            var date = DateOnly.FromDayNumber(day);
            var category = random.Next(Categories.Length);
            yield return new Row(first + i, day, date.Year * 100 + date.Month, date.Year, State(), State(), Categories[category], 10 - category * 1.25, 1 + (int)(5 * Math.Pow(random.NextDouble(), 4)));
        }
    }

    const string Table = "CREATE TABLE events (id BIGINT, day INTEGER, month INTEGER, year INTEGER, actor VARCHAR, recipient VARCHAR, category VARCHAR, goldstein DOUBLE, mentions INTEGER)";
    const string Aggregate = "SELECT actor, recipient, month, count(*), sum(goldstein), sum(goldstein * mentions) FROM events GROUP BY actor, recipient, month";
    const string DyadYear = "SELECT * FROM events WHERE actor = 'USA' AND recipient = 'CHN' AND day BETWEEN {0} AND {1} ORDER BY day, id";

    public static async Task<int> RunAsync(int n)
    {
        var dir = Directory.CreateTempSubdirectory("parley-engines-").FullName;
        try
        {
            Console.WriteLine($"{n:N0} synthetic events; figures are the best of 3 query runs");
            Console.WriteLine("| engine | bulk load | events/s | dyad x month aggregation | one dyad, one year | file size |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var engine in new[] { "sqlite", "duckdb" })
            {
                var path = Path.Combine(dir, engine + ".db");
                var load = Stopwatch.StartNew();
                Load(engine, path, 0, n, 1, batch: 50_000);
                load.Stop();
                await using var connection = Open(engine, path, readOnly: false);
                var aggregate = Best(() => Count(connection, Aggregate));
                var dyad = Best(() => Count(connection, DyadSql()));
                Console.WriteLine($"| {engine} | {load.Elapsed.TotalSeconds:F1} s | {n / load.Elapsed.TotalSeconds:N0} | {aggregate.Ms:F0} ms ({aggregate.Rows:N0} rows) | {dyad.Ms:F1} ms ({dyad.Rows:N0} rows) | {new FileInfo(path).Length / 1048576.0:N0} MiB |");
            }
            Console.WriteLine();
            Console.WriteLine("Reader in this process while another process ingests 200,000 events in batches of 5,000:");
            foreach (var engine in new[] { "sqlite", "duckdb" }) await ConcurrentAsync(engine, Path.Combine(dir, engine + ".db"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    static string DyadSql() => string.Format(DyadYear, new DateOnly(2015, 1, 1).DayNumber, new DateOnly(2015, 12, 31).DayNumber);

    static DbConnection Open(string engine, string path, bool readOnly)
    {
        DbConnection c = engine == "sqlite"
            ? new SqliteConnection($"Data Source={path};Mode={(readOnly ? "ReadOnly" : "ReadWriteCreate")};Default Timeout=60")
            : new DuckDBConnection($"Data Source={path}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        c.Open();
        return c;
    }

    static void Exec(DbConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Loads rows; a first load also creates the table (and SQLite's index, which its queries need).</summary>
    public static void Load(string engine, string path, long first, int count, int seed, int batch = int.MaxValue)
    {
        var fresh = !File.Exists(path);
        using var c = Open(engine, path, readOnly: false);
        if (engine == "sqlite") Exec(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144");
        if (fresh)
        {
            Exec(c, Table);
            if (engine == "sqlite") Exec(c, "CREATE INDEX events_dyad ON events(actor, recipient, month, goldstein, mentions); CREATE INDEX events_dyad_day ON events(actor, recipient, day)");
        }
        var rows = Rows(first, count, seed).GetEnumerator();
        var left = count;
        while (left > 0)
        {
            var take = Math.Min(batch, left);
            left -= take;
            if (engine == "duckdb")
            {
                using var appender = ((DuckDBConnection)c).CreateAppender("events");
                for (var i = 0; i < take && rows.MoveNext(); i++)
                {
                    var r = rows.Current;
                    appender.CreateRow().AppendValue(r.Id).AppendValue(r.Day).AppendValue(r.Month).AppendValue(r.Year).AppendValue(r.Actor)
                        .AppendValue(r.Recipient).AppendValue(r.Category).AppendValue(r.Goldstein).AppendValue(r.Mentions).EndRow();
                }
            }
            else
            {
                // SQLite's own API, bound by position: what the store's bulk writer does.
                using var transaction = c.BeginTransaction();
                var db = ((SqliteConnection)c).Handle!;
                raw.sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", out var statement);
                using (statement)
                    for (var i = 0; i < take && rows.MoveNext(); i++)
                    {
                        var r = rows.Current;
                        raw.sqlite3_bind_int64(statement, 1, r.Id); raw.sqlite3_bind_int(statement, 2, r.Day); raw.sqlite3_bind_int(statement, 3, r.Month);
                        raw.sqlite3_bind_int(statement, 4, r.Year); raw.sqlite3_bind_text(statement, 5, r.Actor); raw.sqlite3_bind_text(statement, 6, r.Recipient);
                        raw.sqlite3_bind_text(statement, 7, r.Category); raw.sqlite3_bind_double(statement, 8, r.Goldstein); raw.sqlite3_bind_int(statement, 9, r.Mentions);
                        if (raw.sqlite3_step(statement) != raw.SQLITE_DONE) throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
                        raw.sqlite3_reset(statement);
                    }
                transaction.Commit();
            }
        }
    }

    static long Count(DbConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    static (double Ms, long Rows) Best(Func<long> run)
    {
        var best = double.MaxValue;
        long rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return (best, rows);
    }

    /// <summary>Starts this program as a writer process, then queries the same file every 20 ms until it ends.</summary>
    static async Task ConcurrentAsync(string engine, string path)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal)) info.ArgumentList.Add(typeof(EngineBench).Assembly.Location);
        foreach (var a in new[] { "engine-writer", engine, path }) info.ArgumentList.Add(a);
        using var writer = Process.Start(info)!;
        var stderr = writer.StandardError.ReadToEndAsync();
        await Task.Delay(300);
        int ok = 0, failed = 0;
        var worst = 0.0;
        string? error = null;
        while (!writer.HasExited)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await using var c = Open(engine, path, readOnly: true);
                Count(c, DyadSql());
                ok++;
                worst = Math.Max(worst, clock.Elapsed.TotalMilliseconds);
            }
            catch (Exception e)
            {
                failed++;
                error ??= e.Message.Split('\n')[0];
            }
            await Task.Delay(20);
        }
        var writerError = (await stderr).Trim();
        Console.WriteLine($"- {engine}: {ok} queries answered (slowest {worst:F0} ms), {failed} failed{(error is null ? "" : $": \"{error}\"")}; writer exit {writer.ExitCode}{(writerError.Length > 0 ? $" ({writerError.Split('\n')[0]})" : "")}");
    }

    /// <summary>The writer process of <see cref="ConcurrentAsync"/>.</summary>
    public static int Writer(string engine, string path)
    {
        for (var b = 0; b < 40; b++) Load(engine, path, 10_000_000 + b * 5_000, 5_000, 100 + b);
        return 0;
    }
}
