namespace Parley.Tests;

/// <summary>A file with the given text in the temporary directory, deleted when disposed.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string extension, string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"parley-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
