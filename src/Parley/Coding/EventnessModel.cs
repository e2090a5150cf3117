using System.Globalization;
using Parley.Io;

namespace Parley.Coding;

/// <summary>
/// A logistic-regression model of whether a candidate reports an event (data/models/eventness.tsv): a
/// weight per feature name and the probability below which a candidate is not coded. Trained by
/// `parley train eventness` on the labelled sets; the file says which and how.
/// </summary>
public sealed class EventnessModel
{
    readonly Dictionary<string, double> weights;

    public EventnessModel(Dictionary<string, double> weights, double threshold)
    {
        this.weights = weights;
        Threshold = threshold;
    }

    public double Threshold { get; }

    /// <summary>The same weights with another threshold: a higher one trades recall for precision.</summary>
    public EventnessModel WithThreshold(double threshold) => new(weights, threshold);
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
        double? threshold = null;
        foreach (var line in DataFile.Read(path, 2, problems))
        {
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(line.File, line.Number, $"'{line[1]}' is not a number");
                continue;
            }
            if (line[0] == "@threshold") threshold = value;
            else weights[line[0]] = value;
        }
        if (threshold is null) problems.Add(path, 0, "no @threshold line");
        return new EventnessModel(weights, threshold ?? 0.5);
    }

    /// <summary>Writes the model as reviewable text: a header, the threshold, and the weights sorted by name.</summary>
    public void Save(string path, IEnumerable<string> header)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header) writer.WriteLine($"# {line}");
        writer.WriteLine($"@threshold\t{Threshold.ToString("R", CultureInfo.InvariantCulture)}");
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            writer.WriteLine($"{feature}\t{weight.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
