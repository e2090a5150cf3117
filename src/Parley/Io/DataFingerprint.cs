using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Io;

/// <summary>
/// A stable hash of the knowledge and trigger data that codes documents: every file under data/
/// (by relative path, in ordinal order, so the hash does not depend on the file system's listing
/// order) plus any extra actor or trigger files. A store keeps it per document so that a recode
/// can find the documents coded with other data.
/// </summary>
public static class DataFingerprint
{
    public static string Compute(string dataDirectory, IEnumerable<string>? extraFiles = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var root = Path.GetFullPath(dataDirectory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(root, f).Replace('\\', '/'), Path: f))
            .Where(f => f.Name != "README.md")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Concat((extraFiles ?? []).Select(f => (Name: "extra:" + Path.GetFileName(f), Path: f)));
        foreach (var (name, path) in files)
        {
            // The name and a separator first, so that moving bytes between files changes the hash.
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Parley's own version, as the assembly declares it.</summary>
    public static string ParleyVersion { get; } =
        typeof(DataFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(DataFingerprint).Assembly.GetName().Version?.ToString() ?? "0";
}
