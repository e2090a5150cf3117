using System.Diagnostics;
using System.Text.Json;
using Parley.Storage;

namespace Parley.Server.Tests;

/// <summary>
/// The embedded store is one SQLite file in WAL mode: the server must go on answering, and see the
/// new events, while another process (as `parley ingest` does) writes to the same file.
/// </summary>
public sealed class IngestWhileServingTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    const int Batches = 12;

    async Task<long> CountAsync()
    {
        var stats = await server.Http.GetJsonAsync("/api/stats?by=quad&per=year&limit=1000");
        return stats.Items("rows").Sum(r => r.GetProperty("events").GetInt64());
    }

    [StoreFact]
    public async Task The_server_answers_and_sees_new_events_while_another_process_ingests()
    {
        var before = await CountAsync();
        var templates = Path.Combine(Path.GetDirectoryName(server.Location)!, "templates.json");
        await File.WriteAllTextAsync(templates, JsonSerializer.Serialize(Corpus.Documents.Take(Corpus.Known.Length)));
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "ingest", server.Location, templates, Batches.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        using var writer = Process.Start(start)!;
        var errors = writer.StandardError.ReadToEndAsync();
        var seen = new List<long> { before };
        var answeredWhileWriting = 0;
        // After each batch the writer commits, let it start the next one and ask while it writes.
        while (await writer.StandardOutput.ReadLineAsync() is { } line)
        {
            Assert.StartsWith("committed ", line);
            if (line != $"committed {Batches}")
            {
                await writer.StandardInput.WriteLineAsync("next");
                await writer.StandardInput.FlushAsync();
            }
            seen.Add(await CountAsync());
            var page = await server.Http.GetJsonAsync("/api/events?order=-date&limit=25");
            Assert.Equal(25, page.Items("events").Count());
            if (!writer.HasExited) answeredWhileWriting++;
        }
        await writer.WaitForExitAsync();
        Assert.True(writer.ExitCode == 0, await errors);
        Assert.True(answeredWhileWriting >= Batches / 2, $"only {answeredWhileWriting} answers came while the writer ran");
        Assert.Equal(seen.Order(), seen);
        var after = await CountAsync();
        Assert.True(after > before, $"the server still counts {after} events after the ingest");
        // The server's count is the store's, read afresh by a new reader.
        await using var fresh = await EventStores.OpenAsync(server.Location);
        var rows = await fresh.StatsAsync(new StatsQuery { By = StatsGroup.Quad, Per = StatsPeriod.Year });
        Assert.Equal(rows.Sum(r => r.Events), after);
        // The writer's last document is there, with its events.
        var last = await server.Http.GetJsonAsync($"/api/documents/copy-{Batches * Program.BatchSize - 1}-{Corpus.Known[(Batches * Program.BatchSize - 1) % Corpus.Known.Length].Id}");
        Assert.True(last.GetProperty("events").GetInt32() > 0);
    }
}
