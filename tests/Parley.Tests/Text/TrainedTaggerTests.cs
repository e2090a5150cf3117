using Parley.Io;
using Parley.Model;
using Parley.Text;

namespace Parley.Tests.Text;

/// <summary>The trainable tagger (`parley train tagger`): treebank reading, training, and the model file.</summary>
public sealed class TrainedTaggerTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-tagger-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    // Sentences written for this test in CoNLL-U: "strikes" and "talks" as verbs after a name, as nouns after "the".
    static readonly (string Word, string Tag)[][] Sentences =
    [
        [("Israel", "NNP"), ("strikes", "VBZ"), ("Gaza", "NNP"), (".", ".")],
        [("The", "DT"), ("strikes", "NNS"), ("continued", "VBD"), (".", ".")],
        [("Iran", "NNP"), ("talks", "VBZ"), ("tough", "JJ"), (".", ".")],
        [("The", "DT"), ("talks", "NNS"), ("ended", "VBD"), (".", ".")],
        [("Russia", "NNP"), ("strikes", "VBZ"), ("Kyiv", "NNP"), ("again", "RB"), (".", ".")],
        [("The", "DT"), ("talks", "NNS"), ("failed", "VBD"), ("again", "RB"), (".", ".")],
    ];

    string Conllu(IEnumerable<(string Word, string Tag)[]> sentences, string? extraLine = null)
    {
        var path = Path.Combine(directory, "train.conllu");
        using var writer = new StreamWriter(path);
        var n = 0;
        foreach (var sentence in sentences)
        {
            writer.WriteLine($"# sent_id = s{++n}");
            if (extraLine is not null && n == 2) writer.WriteLine(extraLine);
            for (var i = 0; i < sentence.Length; i++)
                writer.WriteLine($"{i + 1}\t{sentence[i].Word}\t_\t_\t{sentence[i].Tag}\t_\t0\troot\t_\t_");
            writer.WriteLine();
        }
        return path;
    }

    [Fact]
    public void A_malformed_treebank_line_is_reported_with_file_and_line_and_the_rest_read()
    {
        var problems = new ProblemLog();
        var path = Conllu(Sentences, extraLine: "1\tbroken");
        var read = ConlluReader.Read(path, problems).ToList();
        Assert.Equal(Sentences.Length, read.Count);
        var problem = Assert.Single(problems.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("expected 10 columns", problem.Message);
    }

    [Fact]
    public void The_trained_tagger_learns_its_treebank_and_its_saved_model_tags_the_same()
    {
        var problems = new ProblemLog();
        var sentences = ConlluReader.Read(Conllu(Enumerable.Repeat(Sentences, 5).SelectMany(x => x)), problems).ToList();
        var lexicon = Shared.Pipeline.Models.Lexicon;
        var rules = new PosTagger(lexicon, new Lemmatizer(lexicon), Shared.Pipeline.Models.Words);
        var ruleTags = sentences.Select(s => rules.RuleTags(s.Words)).ToList();
        var tagger = PerceptronTagger.Train(sentences, ruleTags, lexicon, epochs: 5);

        var models = Directory.CreateDirectory(Path.Combine(directory, "data", "models")).FullName;
        tagger.Save(Path.Combine(models, "tagger.tsv"), ["written by a test"]);
        var loaded = PerceptronTagger.Load(Path.Combine(directory, "data"), lexicon, problems);
        Assert.NotNull(loaded);
        Assert.Empty(problems.Problems);

        foreach (var s in sentences.Take(Sentences.Length))
        {
            var tags = new PosTag[s.Words.Count];
            var again = new PosTag[s.Words.Count];
            var rule = rules.RuleTags(s.Words);
            tagger.Tag(s.Words, rule, tags);
            loaded.Tag(s.Words, rule, again);
            Assert.Equal(s.Tags, tags);
            Assert.Equal(tags, again);
        }
    }
}
