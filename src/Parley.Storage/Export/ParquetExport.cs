using Parley.Model;
using Parquet;
using Parquet.Serialization;

namespace Parley.Storage.Export;

/// <summary>Events as Parquet rows: one row group per 50,000 events, so memory stays bounded on large exports.</summary>
static class ParquetExport
{
    const int RowGroup = 50_000;

    /// <summary>One flat Parquet row; entity lists as ';'-joined columns, as in the CSV.</summary>
    sealed class Row
    {
        public string Id { get; set; } = "";
        public string Doc { get; set; } = "";
        public int Sentence { get; set; }
        public DateTime? Date { get; set; }
        public string? DatePrecision { get; set; }
        public string Event { get; set; } = "";
        public string? Mode { get; set; }
        public string Context { get; set; } = "";
        public string Status { get; set; } = "";
        public double Intensity { get; set; }
        public string Quad { get; set; } = "";
        public string Cameo { get; set; } = "";
        public double Goldstein { get; set; }
        public string ActorCode { get; set; } = "";
        public string ActorName { get; set; } = "";
        public string RecipientCode { get; set; } = "";
        public string RecipientName { get; set; } = "";
        public string? LocationName { get; set; }
        public string? LocationCountry { get; set; }
        public double? Lat { get; set; }
        public double? Lon { get; set; }
        public string EventText { get; set; } = "";
        public string Text { get; set; } = "";
        public long? MergedId { get; set; }
        public int Mentions { get; set; }
        public int Sources { get; set; }
        public int Articles { get; set; }
    }

    static Row ToRow(StoredEvent s)
    {
        var e = s.Event;
        return new Row
        {
            Id = e.Id.ToString(), Doc = e.Doc, Sentence = e.Sentence,
            Date = e.Date?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), DatePrecision = e.Date?.Precision.Name(),
            Event = e.Category.Name(), Mode = e.Mode?.Name(), Context = string.Join(';', e.Context.Select(c => c.Name())), Status = e.Status.Name(),
            Intensity = e.Intensity, Quad = e.Quad.Name(), Cameo = e.Cameo.Value, Goldstein = e.Goldstein,
            ActorCode = string.Join(';', e.Actor.Select(a => a.Entity.Code)), ActorName = string.Join(';', e.Actor.Select(a => a.Entity.Name)),
            RecipientCode = string.Join(';', e.Recipient.Select(a => a.Entity.Code)), RecipientName = string.Join(';', e.Recipient.Select(a => a.Entity.Name)),
            LocationName = e.Location?.Place.Name, LocationCountry = e.Location?.Place.Country, Lat = e.Location?.Place.Lat, Lon = e.Location?.Place.Lon,
            EventText = e.EventText, Text = e.Text, MergedId = s.MergedId, Mentions = s.Mentions, Sources = s.Sources, Articles = s.Articles,
        };
    }

    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEvent> events, Stream output, CancellationToken cancel)
    {
        // Appending row groups needs a seekable stream; a pipe gets a temporary file first.
        var target = output.CanSeek ? output : new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            long n = 0;
            var rows = new List<Row>(RowGroup);
            var first = true;
            async Task Flush()
            {
                await ParquetSerializer.SerializeAsync(rows, target, new ParquetOptions { Append = !first }, cancellationToken: cancel);
                first = false;
                rows.Clear();
            }
            await foreach (var e in events.WithCancellation(cancel))
            {
                rows.Add(ToRow(e));
                n++;
                if (rows.Count == RowGroup) await Flush();
            }
            if (rows.Count > 0 || first) await Flush();
            if (!ReferenceEquals(target, output))
            {
                target.Position = 0;
                await target.CopyToAsync(output, cancel);
            }
            return n;
        }
        finally
        {
            if (!ReferenceEquals(target, output)) await target.DisposeAsync();
        }
    }
}
