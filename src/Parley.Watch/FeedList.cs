using System.Xml;
using System.Xml.Linq;
using Parley.Io;

namespace Parley.Watch;

/// <summary>The feeds a user names, and the problems met reading the names.</summary>
public sealed record FeedList(IReadOnlyList<Uri> Feeds, IReadOnlyList<Problem> Problems)
{
    /// <summary>
    /// Reads the FEEDS arguments: each is a feed's http(s) URL, an OPML file (every outline with an
    /// xmlUrl, nested ones too) or a text file of URLs, one a line, with blank lines and lines
    /// starting with "#" ignored. A line that is not an http(s) URL is a problem naming file and line,
    /// and is skipped; a file that does not exist, or OPML that is not well-formed, is a fatal problem.
    /// A feed named twice is watched once.
    /// </summary>
    public static FeedList Read(IEnumerable<string> arguments)
    {
        var feeds = new List<Uri>();
        var problems = new List<Problem>();
        foreach (var argument in arguments)
        {
            if (AsUrl(argument) is { } url) feeds.Add(url);
            else if (File.Exists(argument)) ReadFile(argument, feeds, problems);
            else if (argument.Contains("://", StringComparison.Ordinal))
                problems.Add(new Problem(argument, 0, "is not an http or https URL", Fatal: true));
            else problems.Add(new Problem(argument, 0, "not found: give feed URLs, an OPML file or a text file of feed URLs", Fatal: true));
        }
        return new FeedList(feeds.Distinct().ToList(), problems);
    }

    static void ReadFile(string path, List<Uri> feeds, List<Problem> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(path, 0, $"cannot be read: {e.Message}", Fatal: true));
            return;
        }
        if (text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<')) ReadOpml(path, text, feeds, problems);
        else ReadLines(path, text, feeds, problems);
    }

    static void ReadLines(string path, string text, List<Uri> feeds, List<Problem> problems)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (AsUrl(line) is { } url) feeds.Add(url);
            else problems.Add(new Problem(path, number, $"'{line}' is not an http or https URL: skipped"));
        }
    }

    static void ReadOpml(string path, string text, List<Uri> feeds, List<Problem> problems)
    {
        XDocument document;
        try
        {
            // XDocument.Parse resolves no external entities and fetches no DTD.
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new Problem(path, e.LineNumber, $"not well-formed OPML: {e.Message.Split(". Line")[0].TrimEnd('.')}", Fatal: true));
            return;
        }
        if (document.Root?.Name.LocalName != "opml")
        {
            problems.Add(new Problem(path, 0,
                $"is XML but not OPML (its root is <{document.Root?.Name.LocalName}>): give a feed's URL, an OPML file, or a text file of feed URLs", Fatal: true));
            return;
        }
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            var value = outline.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals("xmlUrl", StringComparison.OrdinalIgnoreCase))?.Value.Trim();
            if (value is null) continue; // a folder of outlines
            var line = ((IXmlLineInfo)outline).LineNumber;
            if (AsUrl(value) is { } url) feeds.Add(url);
            else problems.Add(new Problem(path, line, $"xmlUrl '{value}' is not an http or https URL: skipped"));
        }
    }

    static Uri? AsUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
