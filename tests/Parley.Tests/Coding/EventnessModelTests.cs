using Parley.Coding;
using Parley.Io;
using Parley.Model;

namespace Parley.Tests.Coding;

/// <summary>The eventness model's file: its weights and its two thresholds, one for what long articles report as done and one for the rest.</summary>
public sealed class EventnessModelTests
{
    [Fact]
    public void What_a_long_article_reports_as_done_is_held_to_its_own_threshold()
    {
        var directory = Directory.CreateTempSubdirectory("parley-model-");
        try
        {
            var path = Path.Combine(directory.FullName, "models", "eventness.tsv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            new EventnessModel(new Dictionary<string, double> { ["bias"] = -1.5, ["cat=ASSAULT"] = 1.2 }, 0.35, 0.45).Save(path, ["test model"]);

            var problems = new ProblemLog();
            var model = EventnessModel.Load(directory.FullName, problems)!;
            Assert.Empty(problems.Problems);
            Assert.Equal(0.35, model.ThresholdFor(Words(sentences: 1), EventStatus.Asserted));
            Assert.Equal(0.35, model.ThresholdFor(Words(sentences: 5), EventStatus.Asserted));
            Assert.Equal(0.45, model.ThresholdFor(Words(sentences: 6), EventStatus.Asserted));
            Assert.Equal(0.45, model.ThresholdFor(Words(sentences: 6), EventStatus.Historical));
            // What an article says is planned or would happen is no count of what happened: the usual threshold.
            Assert.Equal(0.35, model.ThresholdFor(Words(sentences: 6), EventStatus.Hypothetical));
            Assert.Equal(0.35, model.ThresholdFor(Words(sentences: 6), EventStatus.Future));
            // A probability of 0.43 is coded in a report and not in an article.
            var p = model.Probability(["bias", "cat=ASSAULT"]);
            Assert.InRange(p, 0.35, 0.45);

            // --eventness-threshold sets one threshold for every document.
            var given = model.WithThreshold(0.6);
            Assert.Equal(0.6, given.ThresholdFor(Words(sentences: 1), EventStatus.Asserted));
            Assert.Equal(0.6, given.ThresholdFor(Words(sentences: 8), EventStatus.Asserted));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_model_file_without_the_article_threshold_is_reported()
    {
        var directory = Directory.CreateTempSubdirectory("parley-model-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "models"));
            File.WriteAllText(Path.Combine(directory.FullName, "models", "eventness.tsv"), "@threshold\t0.35\nbias\t-1\n");
            var problems = new ProblemLog();
            var model = EventnessModel.Load(directory.FullName, problems)!;
            Assert.Contains(problems.Problems, p => p.ToString().Contains("no @threshold-article line", StringComparison.Ordinal));
            Assert.Equal(0.35, model.ArticleThreshold);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A document of one word per sentence, with this many sentences.</summary>
    static Document Words(int sentences)
    {
        var document = Document.OfWords(Enumerable.Repeat("word", sentences).ToList());
        document.Sentences.Clear();
        for (var i = 0; i < sentences; i++)
            document.Sentences.Add(new Sentence(i, i * 5, i * 5 + 4) { FirstToken = i, EndToken = i + 1, EndMention = 0 });
        return document;
    }
}
