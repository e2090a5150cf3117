namespace Parley.Evaluation;

/// <summary>
/// Limited-memory BFGS for a smooth convex objective: the last ten steps and gradient changes stand in for the
/// Hessian, and a backtracking line search keeps every step a descent. Deterministic: the same objective gives the
/// same answer.
/// </summary>
public static class Lbfgs
{
    /// <summary>An objective that returns its value at <c>x</c> and writes its gradient into the second array.</summary>
    public delegate double Objective(double[] x, double[] gradient);

    const int Memory = 10;

    public static double[] Minimize(Objective objective, int dimensions, int maxIterations = 1000, double tolerance = 1e-7)
    {
        var x = new double[dimensions];
        var gradient = new double[dimensions];
        var value = objective(x, gradient);
        var steps = new List<double[]>();
        var changes = new List<double[]>();
        var rhos = new List<double>();
        var direction = new double[dimensions];
        var next = new double[dimensions];
        var nextGradient = new double[dimensions];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (Norm(gradient) <= tolerance * Math.Max(1, Norm(x))) break;
            Direction(gradient, steps, changes, rhos, direction);
            var slope = Dot(gradient, direction);
            if (slope >= 0)
            {
                // Not a descent direction (curvature pairs gone stale): start again from the gradient.
                steps.Clear(); changes.Clear(); rhos.Clear();
                for (var k = 0; k < dimensions; k++) direction[k] = -gradient[k];
                slope = Dot(gradient, direction);
            }
            var step = steps.Count == 0 ? 1 / Math.Max(1, Norm(gradient)) : 1.0;
            double nextValue;
            while (true)
            {
                for (var k = 0; k < dimensions; k++) next[k] = x[k] + step * direction[k];
                nextValue = objective(next, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope || step < 1e-12) break;
                step /= 2;
            }
            var s = new double[dimensions];
            var y = new double[dimensions];
            for (var k = 0; k < dimensions; k++)
            {
                s[k] = next[k] - x[k];
                y[k] = nextGradient[k] - gradient[k];
            }
            var sy = Dot(s, y);
            if (sy > 1e-12)
            {
                if (steps.Count == Memory) { steps.RemoveAt(0); changes.RemoveAt(0); rhos.RemoveAt(0); }
                steps.Add(s); changes.Add(y); rhos.Add(1 / sy);
            }
            var improvement = value - nextValue;
            (x, next) = (next, x);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
            if (improvement <= 1e-12 * Math.Max(1, Math.Abs(value))) break;
        }
        return x;
    }

    /// <summary>The two-loop recursion: the direction -H·gradient with H built from the stored pairs.</summary>
    static void Direction(double[] gradient, List<double[]> steps, List<double[]> changes, List<double> rhos, double[] direction)
    {
        Array.Copy(gradient, direction, gradient.Length);
        var alphas = new double[steps.Count];
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            alphas[i] = rhos[i] * Dot(steps[i], direction);
            Axpy(-alphas[i], changes[i], direction);
        }
        if (steps.Count > 0)
        {
            var last = steps.Count - 1;
            var scale = Dot(steps[last], changes[last]) / Dot(changes[last], changes[last]);
            for (var k = 0; k < direction.Length; k++) direction[k] *= scale;
        }
        for (var i = 0; i < steps.Count; i++)
        {
            var beta = rhos[i] * Dot(changes[i], direction);
            Axpy(alphas[i] - beta, steps[i], direction);
        }
        for (var k = 0; k < direction.Length; k++) direction[k] = -direction[k];
    }

    static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++) sum += a[k] * b[k];
        return sum;
    }

    static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    static void Axpy(double factor, double[] a, double[] into)
    {
        for (var k = 0; k < a.Length; k++) into[k] += factor * a[k];
    }
}
