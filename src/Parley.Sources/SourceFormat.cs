namespace Parley.Sources;

/// <summary>What an input turned out to be, by its first bytes and its name.</summary>
public enum SourceFormat
{
    Empty,
    Binary,
    JsonLines,
    PlainText,
    Html,
    Feed,
    Warc,
    Zip,
    Tar,
    Gzip,
    /// <summary>A format Parley recognises but does not read (bzip2, xz, 7z, rar, PDF).</summary>
    Unsupported,
}
