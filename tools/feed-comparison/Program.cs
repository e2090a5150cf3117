// Reads the feeds in feeds/ (each with a defect real feeds have) with CodeHollow.FeedReader and with
// System.ServiceModel.Syndication, and prints what each library makes of every item: the evidence
// behind the choice recorded in src/Parley.Sources/README.md.
//
//   dotnet run --project tools/feed-comparison
using System.ServiceModel.Syndication;
using System.Xml;
using CodeHollow.FeedReader;

var folder = Path.Combine(AppContext.BaseDirectory, "feeds");
foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
{
    Console.WriteLine($"=== {Path.GetFileName(file)}");
    Console.WriteLine("-- CodeHollow.FeedReader");
    try
    {
        var feed = FeedReader.ReadFromByteArray(File.ReadAllBytes(file));
        Console.WriteLine($"   {feed.Type}, {feed.Items.Count} items");
        foreach (var item in feed.Items)
            Console.WriteLine($"   [{item.Title}] date={item.PublishingDate:o} raw='{item.PublishingDateString}' summary='{Cut(item.Description)}' content='{Cut(item.Content)}'");
    }
    catch (Exception ex)
    {
        Console.WriteLine($"   throws {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
    }
    Console.WriteLine("-- System.ServiceModel.Syndication (RSS 2.0 dates through DateTimeOffset.TryParse)");
    try
    {
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var rss = new Rss20FeedFormatter();
        SyndicationFeed feed;
        if (rss.CanRead(reader))
        {
            rss.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset result) => DateTimeOffset.TryParse(data.DateTimeString, out result) || true;
            rss.ReadFrom(reader);
            feed = rss.Feed;
        }
        else feed = SyndicationFeed.Load(reader);
        Console.WriteLine($"   {feed.Items.Count()} items");
        foreach (var item in feed.Items)
        {
            var content = item.Content switch { TextSyndicationContent t => t.Text, XmlSyndicationContent x => x.ReadContent<XmlElement>()?.OuterXml, _ => null };
            var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault();
            Console.WriteLine($"   [{item.Title?.Text}] date={item.PublishDate:o} summary='{Cut(item.Summary?.Text)}' content='{Cut(content)}' content:encoded='{Cut(encoded)}'");
        }
    }
    catch (Exception ex)
    {
        Console.WriteLine($"   throws {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
    }
}

static string? Cut(string? text) => text is null ? null : text.Length > 50 ? text[..50] + "…" : text;
