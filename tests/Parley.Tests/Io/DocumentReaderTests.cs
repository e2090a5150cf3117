using System.Text;
using Parley.Io;

namespace Parley.Tests.Io;

public class DocumentReaderTests
{
    static List<ReadResult> Read(byte[] bytes) => DocumentReader.ReadJsonLines(new MemoryStream(bytes), "input.jsonl").ToList();
    static List<ReadResult> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Bad_lines_are_reported_with_their_line_number_and_the_rest_is_read()
    {
        var results = Read("{\"id\":\"a\",\"text\":\"ok\"}\n{not json\n{\"text\":\"no id\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"x\",\"date\":\"May 12\"}\n{\"id\":\"d\",\"text\":\"fine\"}\n");
        Assert.Equal(["a", "d"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        Assert.Equal([2, 3, 4, 5], results.Where(r => r.Problem is not null).Select(r => r.Problem!.Line));
        Assert.Contains("unparseable date", results[4].Problem!.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_decoded()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n")).ToArray();
        var results = Read(bytes);
        Assert.Equal("not valid UTF-8", results[0].Problem!.Message);
        Assert.Equal("b", results[1].Article!.Id);
    }

    [Fact]
    public void Binary_junk_never_throws()
    {
        var random = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            var results = Read(bytes);
            Assert.All(results, r => Assert.True(r.Article is not null || r.Problem is not null));
        }
    }

    [Fact]
    public void Empty_text_is_a_document_with_no_events()
    {
        var results = Read("{\"id\":\"e\",\"text\":\"\"}\n");
        Assert.Equal("e", Assert.Single(results).Article!.Id);
        Assert.Empty(Shared.Pipeline.Code(results[0].Article!));
    }
}
