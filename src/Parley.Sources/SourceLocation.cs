namespace Parley.Sources;

/// <summary>
/// Where a document comes from. <see cref="Display"/> names it in problems, with archive members
/// after "!/" (<c>news.zip!/2019/page.html</c>); <see cref="IdBase"/> is the id a document gets when it
/// declares no URL (the file name without its extension, as EVENTS.md gives plain-text files);
/// <see cref="FileName"/> is the last name, whose extension helps recognise the format.
/// </summary>
public sealed record SourceLocation(string Display, string IdBase, string FileName)
{
    /// <summary>A file given by the user: named as given, its id the file name without extension.</summary>
    public static SourceLocation ForFile(string path) =>
        new(path, Path.GetFileNameWithoutExtension(path), Path.GetFileName(path));

    /// <summary>Bytes that came from somewhere else (an HTTP response, a test): named by <paramref name="name"/>.</summary>
    public static SourceLocation Named(string name) => ForFile(name);

    /// <summary>A file found under a folder the user gave: its id is its path below that folder.</summary>
    public SourceLocation InFolder(string relativePath) =>
        new(Path.Combine(Display, relativePath), WithoutExtension(relativePath.Replace('\\', '/')), Path.GetFileName(relativePath));

    /// <summary>A member of this archive.</summary>
    public SourceLocation Member(string entryPath) =>
        new($"{Display}!/{entryPath}", $"{IdBase}/{WithoutExtension(entryPath)}", Path.GetFileName(entryPath.TrimEnd('/')));

    /// <summary>What a gzip stream of this name holds: "page.html.gz" holds "page.html", "x.tgz" a tar.</summary>
    public SourceLocation Unzipped()
    {
        var inner = FileName.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) ? FileName[..^4] + ".tar"
                  : FileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? FileName[..^3] : FileName;
        return this with { FileName = inner, IdBase = IdBase.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? IdBase[..^4] : WithoutExtension(IdBase, inner) };
    }

    /// <summary>The location of one item of a feed or record of a WARC file, for problems.</summary>
    public string Part(string what) => $"{Display}: {what}";

    static string WithoutExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 && extension.Length < path.Length ? path[..^extension.Length] : path;
    }

    // "page.html.gz" has the id base "page.html" after its own extension went; the inner one goes too.
    static string WithoutExtension(string idBase, string innerFileName) =>
        Path.GetExtension(innerFileName) is { Length: > 0 } e && idBase.EndsWith(e, StringComparison.OrdinalIgnoreCase) ? idBase[..^e.Length] : idBase;
}
