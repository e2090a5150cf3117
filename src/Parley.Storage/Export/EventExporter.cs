using System.Globalization;
using System.Text;
using Parley.Io;
using Parley.Model;

namespace Parley.Storage.Export;

/// <summary>The formats `parley query` writes.</summary>
public enum ExportFormat { JsonLines, Csv, Parquet, PolecatTsv }

/// <summary>
/// Writes stored events in the formats analysts load elsewhere: EVENTS.md JSON Lines (through
/// <see cref="EventWriter"/>, so the store's output is exactly the coder's), CSV, Parquet, and
/// tab-separated values with POLECAT's column names. Streams: one page of events in memory at a time.
/// </summary>
public static class EventExporter
{
    /// <summary>Writes every event and returns how many were written.</summary>
    public static async Task<long> ExportAsync(IAsyncEnumerable<StoredEvent> events, ExportFormat format, Stream output, CancellationToken cancel = default)
    {
        switch (format)
        {
            case ExportFormat.JsonLines:
            {
                using var writer = new EventWriter(output);
                long n = 0;
                await foreach (var e in events.WithCancellation(cancel)) { writer.Write(e.Event); n++; }
                writer.Flush();
                return n;
            }
            case ExportFormat.Parquet:
                return await ParquetExport.WriteAsync(events, output, cancel);
            default:
            {
                var tsv = format == ExportFormat.PolecatTsv;
                await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
                var columns = tsv ? PolecatColumns : CsvColumns;
                await text.WriteLineAsync(string.Join(tsv ? '\t' : ',', columns.Select(c => c.Name)));
                long n = 0;
                await foreach (var e in events.WithCancellation(cancel))
                {
                    await text.WriteLineAsync(string.Join(tsv ? '\t' : ',', columns.Select(c => tsv ? Tsv(c.Value(e)) : Csv(c.Value(e)))));
                    n++;
                }
                return n;
            }
        }
    }

    static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    // POLECAT's files hold no tabs or newlines inside a field.
    static string Tsv(string? value) => value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
    static string Join(IEnumerable<string?> values) => string.Join(';', values.Select(v => v ?? ""));

    static readonly (string Name, Func<StoredEvent, string?> Value)[] CsvColumns =
    [
        ("id", s => s.Event.Id.ToString()), ("doc", s => s.Event.Doc), ("sentence", s => s.Event.Sentence.ToString(CultureInfo.InvariantCulture)),
        ("date", s => s.Event.Date?.Date.ToString("yyyy-MM-dd")), ("datePrecision", s => s.Event.Date?.Precision.Name()),
        ("event", s => s.Event.Category.Name()), ("mode", s => s.Event.Mode?.Name()), ("context", s => Join(s.Event.Context.Select(c => c.Name()))),
        ("status", s => s.Event.Status.Name()), ("intensity", s => Num(s.Event.Intensity)), ("quad", s => s.Event.Quad.Name()),
        ("cameo", s => s.Event.Cameo.Value), ("goldstein", s => Num(s.Event.Goldstein)),
        ("actorCode", s => Join(s.Event.Actor.Select(a => a.Entity.Code))), ("actorName", s => Join(s.Event.Actor.Select(a => a.Entity.Name))),
        ("recipientCode", s => Join(s.Event.Recipient.Select(a => a.Entity.Code))), ("recipientName", s => Join(s.Event.Recipient.Select(a => a.Entity.Name))),
        ("locationName", s => s.Event.Location?.Place.Name), ("locationCountry", s => s.Event.Location?.Place.Country),
        ("lat", s => s.Event.Location is { } l ? Num(l.Place.Lat) : null), ("lon", s => s.Event.Location is { } l ? Num(l.Place.Lon) : null),
        ("eventText", s => s.Event.EventText), ("text", s => s.Event.Text),
        ("mergedId", s => s.MergedId?.ToString(CultureInfo.InvariantCulture)), ("mentions", s => s.Mentions.ToString(CultureInfo.InvariantCulture)),
        ("sources", s => s.Sources.ToString(CultureInfo.InvariantCulture)), ("articles", s => s.Articles.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Column names as POLECAT's weekly files spell them; several actors are joined with ';' as there.</summary>
    static readonly (string Name, Func<StoredEvent, string?> Value)[] PolecatColumns =
    [
        ("Event ID", s => s.Event.Id.ToString()), ("Event Date", s => s.Event.Date?.Date.ToString("yyyy-MM-dd")),
        ("Event Type", s => s.Event.Category.Name().ToLowerInvariant()), ("Event Mode", s => s.Event.Mode?.Name()),
        ("Intensity", s => Num(s.Event.Intensity)), ("Quad Code", s => s.Event.Quad.Name()), ("Contexts", s => Join(s.Event.Context.Select(c => c.Name()))),
        ("Actor Name", s => Join(s.Event.Actor.Select(a => a.Entity.Name))), ("Actor Country", s => Join(s.Event.Actor.Select(a => a.Entity.Country))),
        ("Actor Sector", s => Join(s.Event.Actor.Select(a => a.Entity.Sector?.Name()))), ("Actor Title", s => Join(s.Event.Actor.Select(a => a.Entity.Title))),
        ("Actor Name Raw", s => Join(s.Event.Actor.Select(a => a.Text))),
        ("Recipient Name", s => Join(s.Event.Recipient.Select(a => a.Entity.Name))), ("Recipient Country", s => Join(s.Event.Recipient.Select(a => a.Entity.Country))),
        ("Recipient Sector", s => Join(s.Event.Recipient.Select(a => a.Entity.Sector?.Name()))), ("Recipient Title", s => Join(s.Event.Recipient.Select(a => a.Entity.Title))),
        ("Recipient Name Raw", s => Join(s.Event.Recipient.Select(a => a.Text))),
        ("Placename", s => s.Event.Location?.Place.Name), ("Country", s => s.Event.Location?.Place.Country),
        ("Latitude", s => s.Event.Location is { } l ? Num(l.Place.Lat) : null), ("Longitude", s => s.Event.Location is { } l ? Num(l.Place.Lon) : null),
        ("Raw Placename", s => s.Event.Location?.Text), ("Story ID", s => s.Event.Doc),
        ("Sentence Number", s => s.Event.Sentence.ToString(CultureInfo.InvariantCulture)), ("Event Text", s => s.Event.EventText),
        ("Event Sentence", s => s.Event.Text), ("Num Sources", s => s.Sources.ToString(CultureInfo.InvariantCulture)),
    ];
}
