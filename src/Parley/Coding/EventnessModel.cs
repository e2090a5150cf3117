using System.Globalization;
using Parley.Io;
using Parley.Model;

namespace Parley.Coding;

/// <summary>
/// A logistic-regression model of whether a candidate reports an event (data/models/eventness.tsv): a
/// weight per feature name and the probability below which a candidate is not coded, higher for what a long article
/// (<see cref="Document.IsArticle"/>) reports as done than elsewhere. Trained by `parley train eventness` on the labelled sets;
/// the file says which and how.
/// </summary>
public sealed class EventnessModel
{
    readonly Dictionary<string, double> weights;

    public EventnessModel(Dictionary<string, double> weights, double threshold, double articleThreshold)
    {
        this.weights = weights;
        Threshold = threshold;
        ArticleThreshold = articleThreshold;
    }

    /// <summary>The probability below which a candidate is not coded.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The probability below which a long article's report of an act done (asserted or historical) is not coded: the
    /// events an analyst counts, in text where most sentences report none. What an article reports as planned,
    /// hypothetical or denied keeps <see cref="Threshold"/>.
    /// </summary>
    public double ArticleThreshold { get; }

    /// <summary>The threshold for a candidate of this status in this document.</summary>
    public double ThresholdFor(Document document, EventStatus status) =>
        document.IsArticle && status is EventStatus.Asserted or EventStatus.Historical ? ArticleThreshold : Threshold;

    /// <summary>The same weights with another threshold for every document: a higher one trades recall for precision.</summary>
    public EventnessModel WithThreshold(double threshold) => new(weights, threshold, threshold);
    public IReadOnlyDictionary<string, double> Weights => weights;

    public double Probability(IEnumerable<string> features) => 1 / (1 + Math.Exp(-Score(features)));

    public double Score(IEnumerable<string> features)
    {
        var sum = 0.0;
        foreach (var feature in features) sum += weights.GetValueOrDefault(feature);
        return sum;
    }

    /// <summary>The features that pushed hardest, for `parley explain`.</summary>
    public IEnumerable<(string Feature, double Weight)> Strongest(IEnumerable<string> features, int count) =>
        features.Select(f => (f, weights.GetValueOrDefault(f))).Where(x => x.Item2 != 0).OrderByDescending(x => Math.Abs(x.Item2)).Take(count);

    /// <summary>Reads the model; none (null) when the file does not exist, a problem for each bad line.</summary>
    public static EventnessModel? Load(string dataDirectory, ProblemLog problems)
    {
        var path = Path.Combine(dataDirectory, "models", "eventness.tsv");
        if (!File.Exists(path)) return null;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double? threshold = null, articleThreshold = null;
        foreach (var line in DataFile.Read(path, 2, problems))
        {
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(line.File, line.Number, $"'{line[1]}' is not a number");
                continue;
            }
            if (line[0] == "@threshold") threshold = value;
            else if (line[0] == "@threshold-article") articleThreshold = value;
            else weights[line[0]] = value;
        }
        if (threshold is null) problems.Add(path, 0, "no @threshold line");
        if (articleThreshold is null) problems.Add(path, 0, "no @threshold-article line");
        return new EventnessModel(weights, threshold ?? 0.5, articleThreshold ?? threshold ?? 0.5);
    }

    /// <summary>Writes the model as reviewable text: a header, the thresholds, and the weights sorted by name.</summary>
    public void Save(string path, IEnumerable<string> header)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header) writer.WriteLine($"# {line}");
        writer.WriteLine($"@threshold\t{Threshold.ToString("R", CultureInfo.InvariantCulture)}");
        writer.WriteLine($"@threshold-article\t{ArticleThreshold.ToString("R", CultureInfo.InvariantCulture)}");
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            writer.WriteLine($"{feature}\t{weight.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
