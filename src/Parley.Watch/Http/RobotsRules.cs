namespace Parley.Watch.Http;

/// <summary>
/// The rules of one host's robots.txt that apply to Parley, read as RFC 9309 says: the groups whose
/// user-agent is Parley's product token (case-insensitive), else the "*" groups; the longest
/// matching allow or disallow pattern decides, allow winning a tie; "*" matches any characters and
/// a final "$" anchors the end. Crawl-delay, which the RFC leaves out but many sites set, widens the
/// gap between requests. /robots.txt itself is always allowed.
/// </summary>
public sealed class RobotsRules
{
    readonly IReadOnlyList<(bool Allow, string Pattern)> rules;

    RobotsRules(IReadOnlyList<(bool Allow, string Pattern)> rules, TimeSpan crawlDelay, string? unreachable)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Unreachable = unreachable;
    }

    /// <summary>No robots.txt (a 4xx answer): everything may be fetched.</summary>
    public static RobotsRules AllowAll { get; } = new([], TimeSpan.Zero, null);

    /// <summary>robots.txt could not be fetched (5xx, timeout, no connection): RFC 9309 says to assume everything disallowed.</summary>
    public static RobotsRules DisallowAll(string why) => new([(false, "/")], TimeSpan.Zero, why);

    /// <summary>The host's Crawl-delay for Parley, zero when it sets none.</summary>
    public TimeSpan CrawlDelay { get; }

    /// <summary>Why everything is disallowed when robots.txt could not be fetched; null when it was read (or is absent).</summary>
    public string? Unreachable { get; }

    /// <summary>The rules of a robots.txt for the crawler named <paramref name="product"/>.</summary>
    public static RobotsRules Parse(string text, string product)
    {
        var groups = new List<Group>();
        Group? current = null;
        var inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                // User-agent lines in a row share one group; one after rules starts the next.
                if (current is null || inRules)
                {
                    groups.Add(current = new Group());
                    inRules = false;
                }
                current.Agents.Add(value);
                continue;
            }
            if (current is null) continue; // rules before any user-agent belong to no group
            inRules = true;
            if (key is "allow" or "disallow" && value.Length > 0) current.Rules.Add((key == "allow", Normalize(value)));
            else if (key == "crawl-delay" && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, MaxCrawlDelaySeconds));
        }
        var ours = groups.Where(g => g.Agents.Any(agent => Names(agent, product))).ToList();
        if (ours.Count == 0) ours = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(ours.SelectMany(g => g.Rules).ToList(), ours.Count == 0 ? TimeSpan.Zero : ours.Max(g => g.Delay), null);
    }

    /// <summary>A Crawl-delay longer than this is taken as this: a site asking for hours would never be read.</summary>
    const double MaxCrawlDelaySeconds = 60;

    sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(bool Allow, string Pattern)> Rules { get; } = [];
        public TimeSpan Delay { get; set; }
    }

    /// <summary>Whether the path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal)) return true;
        var path = Normalize(pathAndQuery);
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in rules)
        {
            if (pattern.Length < best || !Matches(pattern, path)) continue;
            if (pattern.Length > best || allow) allowed = allow;
            best = pattern.Length;
        }
        return allowed;
    }

    /// <summary>"Parley" and "parley/0.4" name us; the product token is what comes before any "/" or space.</summary>
    static bool Names(string agent, string product)
    {
        var token = agent.Split('/', ' ')[0];
        return token.Equals(product, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Percent-encoding undone, so that "/%7Ejoe" and "/~joe" compare equal.</summary>
    static string Normalize(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }

    /// <summary>Whether the pattern matches a prefix of the path (the whole path when it ends in "$").</summary>
    static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var length = anchored ? pattern.Length - 1 : pattern.Length;
        int p = 0, s = 0, star = -1, mark = 0;
        while (true)
        {
            if (p < length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
                continue;
            }
            if (p == length && (!anchored || s == path.Length)) return true;
            if (s < path.Length && p < length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }
            // Let the last "*" take one more character, if there is one to take.
            if (star < 0 || mark >= path.Length) return false;
            p = star + 1;
            s = ++mark;
        }
    }
}
