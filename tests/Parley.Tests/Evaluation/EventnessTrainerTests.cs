using Parley.Evaluation;

namespace Parley.Tests.Evaluation;

/// <summary>The eventness model's training: a fit to the optimum, the same whatever order the candidates come in.</summary>
public sealed class EventnessTrainerTests
{
    [Fact]
    public void Lbfgs_finds_the_minimum_of_a_convex_function()
    {
        // (x0 - 3)^2 + 10 (x1 + 1)^2 + (x0 - x1)^2: the gradient is zero where 2 x0 - x1 = 3 and x0 - 11 x1 = 10,
        // at x0 = 23/21, x1 = -17/21.
        static double F(double[] x, double[] g)
        {
            g[0] = 2 * (x[0] - 3) + 2 * (x[0] - x[1]);
            g[1] = 20 * (x[1] + 1) - 2 * (x[0] - x[1]);
            return Math.Pow(x[0] - 3, 2) + 10 * Math.Pow(x[1] + 1, 2) + Math.Pow(x[0] - x[1], 2);
        }
        var x = Lbfgs.Minimize(F, 2);
        Assert.Equal(23 / 21.0, x[0], 5);
        Assert.Equal(-17 / 21.0, x[1], 5);
    }

    [Fact]
    public void The_model_learns_which_features_mark_events_and_is_the_same_in_any_order()
    {
        var examples = Examples().ToList();
        var (model, report) = EventnessTrainer.Train(examples);
        Assert.True(model.Weights["reported-deed"] > 0.5);
        Assert.True(model.Weights["opinion"] < -0.5);
        Assert.True(report.F1 > 0.8);
        var (reordered, _) = EventnessTrainer.Train(Enumerable.Reverse(examples).ToList());
        Assert.Equal(model.Weights.OrderBy(w => w.Key), reordered.Weights.OrderBy(w => w.Key));
        Assert.Equal(model.Threshold, reordered.Threshold);
    }

    [Fact]
    public void One_candidate_more_or_less_moves_the_weights_only_a_little()
    {
        // A coder change that adds or drops a candidate must not retrain a different model: the fit is the optimum of
        // the data, not a path through it in some order.
        var examples = Examples().ToList();
        var (model, _) = EventnessTrainer.Train(examples);
        var (fewer, _) = EventnessTrainer.Train(examples.Skip(1).ToList());
        var largest = model.Weights.Keys.Union(fewer.Weights.Keys)
            .Max(f => Math.Abs(model.Weights.GetValueOrDefault(f) - fewer.Weights.GetValueOrDefault(f)));
        Assert.True(largest < 0.05, $"a weight moved by {largest:F3}");
    }

    /// <summary>Candidates of 40 units: deeds reported are events, opinions are not, with noise words either way.</summary>
    static IEnumerable<TrainingExample> Examples()
    {
        var random = new Random(7);
        for (var unit = 0; unit < 40; unit++)
            for (var k = 0; k < 10; k++)
            {
                var isEvent = random.NextDouble() < 0.5;
                // One example in ten carries the other marker: the labels are not perfectly separable.
                var marker = isEvent ^ (random.NextDouble() < 0.1) ? "reported-deed" : "opinion";
                yield return new TrainingExample($"unit{unit:D2}", ["bias", marker, $"noise={random.Next(5)}", "no-objection"], isEvent);
            }
    }
}
