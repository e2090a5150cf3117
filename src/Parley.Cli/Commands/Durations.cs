using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Cli.Commands;

/// <summary>Durations as options take them: a number and a unit, "500ms", "30s", "15m", "2h", "1d"; or "0", which needs no unit.</summary>
public static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text?.Trim() == "0") return true;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var amount)) return false;
        duration = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" or "min" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return true;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
