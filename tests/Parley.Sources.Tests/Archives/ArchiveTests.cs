using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Parley.Sources.Tests.Archives;

public class ArchiveTests
{
    static readonly byte[] Page = Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html");

    static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        return buffer.ToArray();
    }

    static byte[] Gzip(byte[] bytes)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    [Fact]
    public void Zip_members_are_named_after_the_archive_and_a_feed_inside_is_read_too()
    {
        var results = Fixtures.Read("archives/guardian.zip");
        Assert.Empty(results.Problems());
        var documents = results.Documents();
        Assert.Equal(6, documents.Count);
        // The page that names no URL of its own is known by its place in the archive.
        Assert.Contains(documents, d => d.Id == "guardian/2018/turkish-court-rejects-australia-extradition-request-neil-prakash");
        Assert.Equal(2, documents.Count(d => d.Source == "World news | The Guardian"));
    }

    [Fact]
    public void Members_whose_paths_leave_the_folder_are_rejected_and_the_others_read()
    {
        var zip = Zip(("../../etc/evil.html", Page), ("/tmp/absolute.html", Page), ("C:\\windows\\drive.html", Page), ("news/ok.html", Page));
        var results = Fixtures.Read(zip, "upload.zip");
        Assert.Single(results.Documents());
        var problems = results.Problems();
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Contains("has a path that leaves the archive's folder: rejected", p.Message));
        Assert.Contains(problems, p => p.Message.Contains("'../../etc/evil.html'"));
    }

    [Fact]
    public void A_zip_bomb_member_is_refused_by_its_compression_ratio()
    {
        var zip = Zip(("bomb.txt", new byte[30 << 20]), ("news/ok.html", Page));
        var results = Fixtures.Read(zip, "bomb.zip");
        Assert.Single(results.Documents());
        var problem = Assert.Single(results.Problems());
        Assert.Equal("bomb.zip!/bomb.txt", problem.File);
        Assert.Contains("more than 100 times (a zip bomb?)", problem.Message);
    }

    [Fact]
    public void A_gzip_bomb_is_stopped_by_its_expansion_ratio()
    {
        var results = Fixtures.Read(Gzip(Encoding.ASCII.GetBytes(new string('a', 30 << 20))), "letters.txt.gz");
        Assert.Contains("expands more than 100 times its compressed size (a zip bomb?)", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void The_expanded_bytes_of_one_input_are_capped_in_all()
    {
        var results = Fixtures.Read("archives/guardian.zip", new SourceOptions { MaxExpandedBytes = 20_000 });
        Assert.Contains(results.Problems(), p => p.Message.Contains("archives expand to more than 19.5 KB in all"));
        Assert.True(results.Documents().Count < 6);
    }

    [Fact]
    public void The_entries_of_one_input_are_capped_in_all()
    {
        var results = Fixtures.Read("archives/guardian.zip", new SourceOptions { MaxEntries = 2 });
        Assert.Equal(2, results.Documents().Count);
        Assert.Contains("more than 2 archive entries in all", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void Archives_inside_archives_are_read_down_to_the_nesting_limit()
    {
        // Pages that name no URL of their own, so that their ids show where they were found.
        var page = Encoding.UTF8.GetBytes(Warc.WarcBuilder.UndatedPage("Talks in Vienna"));
        var inner = Zip(("page.html", page));
        var outer = Zip(("inner.zip", inner), ("news/page.html.gz", Gzip(page)));
        var results = Fixtures.Read(outer, "outer.zip");
        Assert.Empty(results.Problems());
        Assert.Equal(["outer/inner/page", "outer/news/page"], results.Documents().Select(d => d.Id));
        var shallow = Fixtures.Read(outer, "outer.zip", new SourceOptions { MaxNesting = 1 });
        Assert.Empty(shallow.Documents());
        Assert.All(shallow.Problems(), p => Assert.Contains("nested more than 1 deep", p.Message));
    }

    [Fact]
    public void A_gzipped_page_cut_off_is_a_problem_not_half_a_document()
    {
        var whole = Gzip(Page);
        Assert.Single(Fixtures.Read(whole, "page.html.gz").Documents());
        var results = Fixtures.Read(whole[..(whole.Length * 3 / 4)], "page.html.gz");
        Assert.Empty(results.Documents());
        Assert.Contains("gzip data cut short", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void A_truncated_zip_is_a_problem()
    {
        var bytes = Fixtures.Bytes("archives/guardian.zip");
        var results = Fixtures.Read(bytes[..(bytes.Length / 2)], "guardian.zip");
        Assert.Contains("not a readable zip archive, truncated or damaged", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void A_truncated_tar_gz_gives_the_members_before_the_damage_and_a_problem()
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
            foreach (var name in new[] { "a.html", "b.html", "c.html" })
                writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Page) });
        var bytes = tar.ToArray();
        var cut = Gzip(bytes[..(bytes.Length * 2 / 3)]);
        var results = Fixtures.Read(cut, "pages.tar.gz");
        Assert.Equal(2, results.Documents().Count);
        // The member that was cut, then the archive that ends in it.
        Assert.Equal(["pages.tar.gz!/c.html", "pages.tar.gz"], results.Problems().Select(p => p.File));
        Assert.Contains("cut short at", results.Problems()[0].Message);
        Assert.All(results.Problems(), p => Assert.Contains("truncated or damaged", p.Message));
    }
}
