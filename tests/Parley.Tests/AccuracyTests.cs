using System.Text.Json;
using Parley.Evaluation;
using Parley.Io;
using Parley.Model;

namespace Parley.Tests;

/// <summary>
/// Accuracy is part of the suite: each labelled set is scored as `parley eval` scores it, and a figure more
/// than 0.01 below the one recorded in eval/scores.json fails the test.
/// </summary>
public sealed class AccuracyTests
{
    const double Tolerance = 0.01;

    static JsonElement Recorded(string set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shared.RepoRoot, "eval", "scores.json")));
        return json.RootElement.GetProperty(set).Clone();
    }

    static void AtLeast(JsonElement recorded, string measure, double actual, string set) =>
        Assert.True(actual >= recorded.GetProperty(measure).GetDouble() - Tolerance,
            $"{set}: {measure} {actual:F3} fell below the recorded {recorded.GetProperty(measure).GetDouble():F3}");

    [Theory]
    [InlineData("eval/dev.jsonl")]
    [InlineData("eval/guardian.jsonl")]
    public void Sentence_sets_keep_their_recorded_accuracy(string set)
    {
        var problems = new ProblemLog();
        var sentences = DevSet.Load(Path.Combine(Shared.RepoRoot, set), problems);
        Assert.Empty(problems.Problems);
        Assert.NotEmpty(sentences);
        var report = Scorer.Score(sentences, s => Shared.Pipeline.Code(new Article(s.Id, s.Text, s.Date)));
        var recorded = Recorded(set);
        AtLeast(recorded, "f1", report.Overall.F1, set);
        AtLeast(recorded, "actor", report.ActorAccuracy, set);
        AtLeast(recorded, "recipient", report.RecipientAccuracy, set);
    }

    [Theory]
    [InlineData("eval/real/dev.jsonl")]
    [InlineData("eval/real/test.jsonl")]
    public void Real_text_keeps_its_recorded_accuracy(string set)
    {
        var problems = new ProblemLog();
        var units = RealTextSet.Load(Path.Combine(Shared.RepoRoot, set), problems);
        Assert.Empty(problems.Problems);
        Assert.NotEmpty(units);
        var report = RealScorer.Score(units, u => Shared.Pipeline.Code(new Article(u.Id, u.Text, u.Date)));
        var recorded = Recorded(set);
        AtLeast(recorded, "precision", report.Overall.Precision, set);
        AtLeast(recorded, "recall", report.Overall.Recall, set);
        AtLeast(recorded, "f1", report.Overall.F1, set);
        AtLeast(recorded, "strict", report.Strict.F1, set);
    }
}
