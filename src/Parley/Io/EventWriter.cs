using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Model;

namespace Parley.Io;

/// <summary>Writes events as EVENTS.md's JSON Lines, one compact object per line.</summary>
public sealed class EventWriter(Stream output) : IDisposable
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    readonly Utf8JsonWriter writer = new(output, Options);

    public void Write(PloverEvent e)
    {
        writer.Reset(output);
        writer.WriteStartObject();
        writer.WriteString("id", e.Id.ToString());
        writer.WriteString("doc", e.Doc);
        writer.WriteNumber("sentence", e.Sentence);
        if (e.Date is { } date)
        {
            writer.WriteString("date", date.Date.ToString("yyyy-MM-dd"));
            writer.WriteString("datePrecision", date.Precision.Name());
        }
        else
        {
            writer.WriteNull("date");
            writer.WriteNull("datePrecision");
        }
        writer.WriteString("event", e.Category.Name());
        if (e.Mode is null) writer.WriteNull("mode"); else writer.WriteString("mode", e.Mode.Value.Name());
        writer.WriteStartArray("context");
        foreach (var c in e.Context) writer.WriteStringValue(c.Name());
        writer.WriteEndArray();
        writer.WriteString("status", e.Status.Name());
        writer.WriteNumber("intensity", e.Intensity);
        writer.WriteString("quad", e.Quad.Name());
        writer.WriteString("cameo", e.Cameo.Value);
        writer.WriteNumber("goldstein", e.Goldstein);
        WriteEntities("actor", e.Actor);
        WriteEntities("recipient", e.Recipient);
        if (e.Location is { } location)
        {
            writer.WriteStartObject("location");
            writer.WriteString("text", location.Text);
            writer.WriteString("name", location.Place.Name);
            writer.WriteString("country", location.Place.Country);
            writer.WriteNumber("lat", Math.Round(location.Place.Lat, 4));
            writer.WriteNumber("lon", Math.Round(location.Place.Lon, 4));
            writer.WriteEndObject();
        }
        else writer.WriteNull("location");
        writer.WriteString("eventText", e.EventText);
        writer.WriteStartArray("span");
        writer.WriteNumberValue(e.SpanStart);
        writer.WriteNumberValue(e.SpanEnd);
        writer.WriteEndArray();
        writer.WriteString("text", e.Text);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    void WriteEntities(string name, IReadOnlyList<EventEntity> entities)
    {
        writer.WriteStartArray(name);
        foreach (var (text, entity) in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteString("name", entity.Name);
            if (entity.Country is null) writer.WriteNull("country"); else writer.WriteString("country", entity.Country);
            if (entity.Sector is { } sector) writer.WriteString("sector", sector.Name());
            if (entity.Title is not null) writer.WriteString("title", entity.Title);
            if (entity.Org is not null) writer.WriteString("org", entity.Org);
            if (entity.OrgType is { } orgType) writer.WriteString("orgType", orgType.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public void Flush() => output.Flush();
    public void Dispose() => writer.Dispose();
}
