namespace Parley.Storage;

/// <summary>Reads the PostgreSQL URL form (postgres://user:password@host:port/database?sslmode=...) into Npgsql's key=value form.</summary>
static class ConnectionStrings
{
    public static string ToNpgsql(string text)
    {
        if (!text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return text;
        var uri = new Uri(text);
        var parts = new List<string> { $"Host={uri.Host}" };
        if (uri.Port > 0) parts.Add($"Port={uri.Port}");
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) parts.Add($"Database={database}");
        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
            if (user.Length > 1) parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]).ToLowerInvariant() switch { "sslmode" => "SSL Mode", var k => k };
            parts.Add($"{key}={(kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "")}");
        }
        return string.Join(';', parts);
    }
}
