using Parley.Io;
using Parley.Model;

namespace Parley.Storage.Bench;

/// <summary>The shared corpora (../shared/corpus beside the repository, or above it).</summary>
static class Corpus
{
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "corpus", name);
            if (System.IO.File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"shared/corpus/{name} not found above {AppContext.BaseDirectory}");
    }

    public static List<Article> Load(string file)
    {
        using var stream = System.IO.File.OpenRead(file);
        return DocumentReader.ReadJsonLines(stream, file).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
    }
}
