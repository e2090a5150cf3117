using System.Globalization;

namespace Parley.Coding.Passes;

/// <summary>
/// Whether each candidate reports an event: a trained logistic-regression model (<see cref="EventnessModel"/>)
/// weighs what is known of it (<see cref="EventFeatures"/>), including the objections of the rule passes, which
/// are advice when a model is present. Candidates below the model's threshold (higher for the acts a long article
/// reports as done) are not coded. Without a model the pass only records the features (for training) and the rule
/// passes drop on their own.
/// </summary>
public sealed class Eventness(EventnessModel? model) : ICodingPass
{
    public const string PassName = "eventness";

    public string Name => PassName;

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events.ToList())
        {
            var features = EventFeatures.Of(s, e);
            e.Features = features;
            if (model is null) continue;
            var p = model.Probability(features);
            e.Eventness = p;
            var strongest = string.Join(", ", model.Strongest(features, 4).Select(x => $"{x.Feature} {x.Weight.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}"));
            var threshold = model.ThresholdFor(s.Document, e.Status);
            if (p < threshold) s.Drop(e, $"not coded: eventness {p:F2} below {threshold:F2} ({strongest})");
            else e.Reasons.Add($"eventness {p:F2} ({strongest})");
        }
    }
}
