using Parley.Model;

namespace Parley.Evaluation;

/// <summary>Counts for one category: true positives, false positives, false negatives.</summary>
public sealed class CategoryCounts
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>What the coder got wrong on one sentence, for the error listing.</summary>
public sealed record SentenceError(GoldSentence Gold, IReadOnlyList<PloverEvent> Predicted, string What);

/// <summary>The scores of one run over the development set.</summary>
public sealed class ScoreReport
{
    public Dictionary<PloverCategory, CategoryCounts> ByCategory { get; } = Enum.GetValues<PloverCategory>().ToDictionary(c => c, _ => new CategoryCounts());
    public CategoryCounts Overall { get; } = new();
    public CategoryCounts Hard { get; } = new();
    public int Matched { get; set; }
    public int ActorCorrect { get; set; }
    public int RecipientCorrect { get; set; }
    public int StatusCorrect { get; set; }
    public int HardSentences { get; set; }
    public int HardSentencesCorrect { get; set; }
    public int Sentences { get; set; }

    /// <summary>Rows gold category (or "none") × predicted category (or "none").</summary>
    public Dictionary<(string Gold, string Predicted), int> Confusion { get; } = new();
    public List<SentenceError> Errors { get; } = [];

    public double ActorAccuracy => Matched == 0 ? 0 : (double)ActorCorrect / Matched;
    public double RecipientAccuracy => Matched == 0 ? 0 : (double)RecipientCorrect / Matched;
    public double StatusAccuracy => Matched == 0 ? 0 : (double)StatusCorrect / Matched;
    public double HardAccuracy => HardSentences == 0 ? 0 : (double)HardSentencesCorrect / HardSentences;
}

/// <summary>
/// Scores the coder against the development set. Events are matched within a sentence by category
/// (asserted, future, hypothetical and historical events count; negated ones are what the default
/// output leaves out, so they count only as absent). Actor and recipient accuracy compare the sets
/// of codes (organisation, else country) of matched events; status accuracy includes negated events.
/// A hard sentence is right when its predicted (category, status) pairs equal the gold ones.
/// </summary>
public static class Scorer
{
    public static ScoreReport Score(IEnumerable<GoldSentence> sentences, Func<GoldSentence, IReadOnlyList<PloverEvent>> code)
    {
        var report = new ScoreReport();
        foreach (var gold in sentences)
        {
            report.Sentences++;
            var predicted = code(gold);
            var goldKept = gold.Events.Where(e => e.Status != EventStatus.Negated).ToList();
            var predictedKept = predicted.Where(e => e.Status != EventStatus.Negated).ToList();
            var unmatchedPredicted = new List<PloverEvent>(predictedKept);
            var unmatchedGold = new List<GoldEvent>();
            var errors = new List<string>();
            foreach (var g in goldKept)
            {
                var candidates = unmatchedPredicted.Where(p => p.Category == g.Category).ToList();
                var best = candidates.OrderByDescending(p => Overlap(g.Actor, Codes(p.Actor)) + Overlap(g.Recipient, Codes(p.Recipient))).FirstOrDefault();
                if (best is null) { unmatchedGold.Add(g); continue; }
                unmatchedPredicted.Remove(best);
                report.ByCategory[g.Category].TruePositives++;
                report.Overall.TruePositives++;
                if (gold.IsHard) report.Hard.TruePositives++;
                report.Matched++;
                Count(report.Confusion, g.Category.Name(), g.Category.Name());
                var actorOk = g.Actor.SetEquals(Codes(best.Actor));
                var recipientOk = g.Recipient.SetEquals(Codes(best.Recipient));
                var statusOk = g.Status == best.Status;
                if (actorOk) report.ActorCorrect++; else errors.Add($"{g.Category.Name()} actor [{string.Join(",", g.Actor)}] got [{string.Join(",", Codes(best.Actor))}]");
                if (recipientOk) report.RecipientCorrect++; else errors.Add($"{g.Category.Name()} recipient [{string.Join(",", g.Recipient)}] got [{string.Join(",", Codes(best.Recipient))}]");
                if (statusOk) report.StatusCorrect++; else errors.Add($"{g.Category.Name()} status {g.Status.Name()} got {best.Status.Name()}");
            }
            // Pair what is left over for the confusion table: gold X coded as Y.
            for (var i = 0; i < Math.Max(unmatchedGold.Count, unmatchedPredicted.Count); i++)
            {
                var g = i < unmatchedGold.Count ? unmatchedGold[i].Category.Name() : "none";
                var p = i < unmatchedPredicted.Count ? unmatchedPredicted[i].Category.Name() : "none";
                Count(report.Confusion, g, p);
                errors.Add($"gold {g} predicted {p}");
            }
            foreach (var g in unmatchedGold)
            {
                report.ByCategory[g.Category].FalseNegatives++;
                report.Overall.FalseNegatives++;
                if (gold.IsHard) report.Hard.FalseNegatives++;
            }
            foreach (var p in unmatchedPredicted)
            {
                report.ByCategory[p.Category].FalsePositives++;
                report.Overall.FalsePositives++;
                if (gold.IsHard) report.Hard.FalsePositives++;
            }
            if (gold.IsHard)
            {
                report.HardSentences++;
                var goldPairs = gold.Events.Select(e => (e.Category, e.Status)).Order().ToList();
                var predictedPairs = predicted.Select(e => (e.Category, e.Status)).Order().ToList();
                if (goldPairs.SequenceEqual(predictedPairs)) report.HardSentencesCorrect++;
            }
            if (errors.Count > 0) report.Errors.Add(new SentenceError(gold, predicted, string.Join("; ", errors)));
        }
        return report;
    }

    static HashSet<string> Codes(IReadOnlyList<EventEntity> entities) =>
        entities.Select(e => e.Entity.Code).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    static int Overlap(IReadOnlySet<string> gold, HashSet<string> predicted) => gold.Count(predicted.Contains);

    static void Count(Dictionary<(string, string), int> confusion, string gold, string predicted) =>
        confusion[(gold, predicted)] = confusion.GetValueOrDefault((gold, predicted)) + 1;
}
