namespace Parley.Sources.Archives;

/// <summary>
/// Archive member names that stay inside their archive. A name that is absolute or climbs out
/// ("../../etc/passwd", "/tmp/x", "C:\x") is how a "zip slip" attack writes outside the folder an
/// archive is unpacked to; Parley unpacks nothing to disk, but such a member is hostile or broken
/// either way and is rejected by name.
/// </summary>
public static class EntryPath
{
    /// <summary>The member's path with '/' separators, or null when it tries to leave its folder.</summary>
    public static string? Normalize(string name)
    {
        var path = name.Replace('\\', '/');
        if (path.StartsWith('/') || path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0])) return null;
        var parts = path.Split('/');
        if (parts.Any(part => part == "..")) return null;
        return string.Join('/', parts.Where(part => part is not ("" or ".")));
    }
}
