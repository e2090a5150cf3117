using System.Text;
using Parley.Sources.Languages;

namespace Parley.Sources.Tests;

/// <summary>Reading folders and single files: what a user pointing Parley at a folder of news notices.</summary>
public class SourceReaderTests
{
    [Fact]
    public void A_folder_of_pages_a_feed_a_WARC_and_a_zip_gives_all_their_documents_and_names_each_bad_file()
    {
        using var folder = new TempFolder();
        folder.Write("a/page.html", Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html"));
        folder.Write("b/world.rss", Fixtures.Bytes("feeds/guardian-world.rss"));
        folder.Write("c/crawl.warc.gz", Fixtures.Bytes("warc/guardian.warc.gz"));
        folder.Write("d/archive.zip", Fixtures.Bytes("archives/guardian.zip"));
        folder.Write("e/broken.xml", "<?xml version=\"1.0\"?><rss><channel><item>");
        folder.Write("e/empty.txt", "");
        folder.Write("e/noise.bin", new Random(7).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 5000));
        folder.Write(".hidden/secret.html", Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html"));

        var results = Fixtures.Read(folder.Path);
        Assert.Equal(1 + 4 + 4 + 6, results.Documents().Count);
        var problems = results.Problems();
        Assert.Equal(3, problems.Count);
        Assert.EndsWith("e/broken.xml", problems[0].File);
        Assert.Contains("not a valid feed", problems[0].Message);
        Assert.EndsWith("e/empty.txt", problems[1].File);
        Assert.Contains("empty file", problems[1].Message);
        Assert.EndsWith("e/noise.bin", problems[2].File);
        Assert.Contains("binary data", problems[2].Message);
    }

    [Fact]
    public void A_folder_is_read_in_the_same_order_every_time()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "z.txt", "a.txt", "m/b.txt", "B.txt" }) folder.Write(name, $"Text of {name} for the reader.");
        var ids = Fixtures.Read(folder.Path).Documents().Select(d => d.Id).ToList();
        Assert.Equal(["B", "a", "m/b", "z"], ids);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_unread()
    {
        var results = Fixtures.Read("pages/iraq-president-barham-salih-trump-troops-watch-iran.html", new SourceOptions { MaxDocumentBytes = 4096 });
        Assert.Contains("larger than 4 KB: skipped unread", Assert.Single(results.Problems()).Message);
        Assert.Empty(results.Documents());
    }

    [Fact]
    public void A_page_of_51_MB_on_disk_is_refused_by_the_default_limit_without_being_read()
    {
        using var folder = new TempFolder();
        var file = folder.Write("huge.html", Fixtures.Bytes("pages/iraq-president-barham-salih-trump-troops-watch-iran.html"));
        // A sparse file: 51 MB long on paper, nothing written past the page.
        using (var stream = new FileStream(file, FileMode.Open)) stream.SetLength(51L << 20);
        var results = Fixtures.Read(file);
        var problem = Assert.Single(results.Problems());
        Assert.Equal(file, problem.File);
        Assert.Equal("larger than 50 MB: skipped unread", problem.Message);
    }

    [Fact]
    public void A_streamed_page_over_the_limit_is_not_read_past_it()
    {
        var endless = new CountingZeroStream('<');
        var results = SourceReader.Read(endless, "endless.html", new SourceOptions { MaxDocumentBytes = 1 << 20 }).ToList();
        Assert.Contains("larger than 1 MB", Assert.Single(results.Problems()).Message);
        Assert.True(endless.Taken < 2 << 20, $"read {endless.Taken} bytes");
    }

    [Fact]
    public void JSON_lines_keep_their_own_language_and_the_rest_is_detected()
    {
        var jsonl = "{\"id\":\"a\",\"text\":\"Le ministre a rencontré son homologue à Paris pour discuter de la crise.\"}\n{\"id\":\"b\",\"text\":\"Ministers met in Paris.\",\"language\":\"en\"}\n";
        var documents = Fixtures.Read(Encoding.UTF8.GetBytes(jsonl), "docs.jsonl").Documents();
        Assert.Equal(["fr", "en"], documents.Select(d => d.Language));
    }

    [Fact]
    public void Non_English_documents_are_yielded_with_their_language_and_can_be_skipped_and_counted()
    {
        var jsonl = "{\"id\":\"fr\",\"text\":\"Le ministre des Affaires étrangères a rencontré son homologue allemand à Paris.\"}\n" +
                    "{\"id\":\"en\",\"text\":\"The foreign minister met his German counterpart in Paris on Tuesday.\"}\n" +
                    "{\"id\":\"de\",\"text\":\"Der Außenminister hat am Dienstag seinen französischen Kollegen in Berlin getroffen.\"}\n";
        var skipped = new List<string>();
        var kept = Fixtures.Read(Encoding.UTF8.GetBytes(jsonl), "docs.jsonl").OnlyLanguage("en", a => skipped.Add($"{a.Id}:{a.Language}")).Documents();
        Assert.Equal(["en"], kept.Select(d => d.Id));
        Assert.Equal(["fr:fr", "de:de"], skipped);
    }

    [Fact]
    public void A_text_file_gets_the_default_date_and_its_name_as_id()
    {
        using var folder = new TempFolder();
        var file = folder.Write("vienna-talks.txt", "US and Chinese officials held talks in Vienna on Thursday.");
        var document = Assert.Single(Fixtures.Read(file, new SourceOptions { DefaultDate = new DateOnly(2023, 5, 12) }).Documents());
        Assert.Equal(("vienna-talks", new DateOnly(2023, 5, 12)), (document.Id, document.Date));
    }

    [Fact]
    public void Compressed_formats_Parley_does_not_read_are_named_as_such()
    {
        var results = Fixtures.Read("BZh91AY&SY\u0001\u0002garbage"u8.ToArray(), "old.tar.bz2");
        Assert.Contains("does not read", Assert.Single(results.Problems()).Message);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_a_crash()
    {
        var results = SourceReader.Read(Path.Combine(Path.GetTempPath(), "no-such-parley-file.html")).ToList();
        Assert.Contains("cannot be opened", Assert.Single(results.Problems()).Message);
    }

    /// <summary>An endless stream of one byte that counts how much was taken from it.</summary>
    sealed class CountingZeroStream(char fill) : Stream
    {
        public long Taken { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Taken; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)fill);
            Taken += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
