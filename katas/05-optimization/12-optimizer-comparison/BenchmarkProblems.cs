namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): a test problem for the optimiser race — f, its gradient and Hessian, and the start.
/// </summary>
/// <param name="Name">A short name, unique within one comparison (a row of the table).</param>
/// <param name="Value">f.</param>
/// <param name="Gradient">∇f.</param>
/// <param name="Hessian">∇²f (only Newton's method uses it).</param>
/// <param name="Start">x₀; optimisers must not modify it.</param>
public sealed record BenchmarkProblem(
    string Name,
    Func<double[], double> Value,
    Func<double[], double[]> Gradient,
    Func<double[], double[,]> Hessian,
    double[] Start);

/// <summary>Given code (read, don't edit): the three problems of the lesson's table.</summary>
public static class BenchmarkProblems
{
    /// <summary>
    /// f(x) = ½(x₁² + κx₂²) from (1, 1): curvatures μ = 1 and L = κ, condition number κ, minimum 0 at the origin.
    /// </summary>
    /// <param name="conditionNumber">κ ≥ 1.</param>
    /// <returns>The problem, named "quadratic κ = …".</returns>
    /// <exception cref="ArgumentOutOfRangeException">κ is below 1 or not finite.</exception>
    public static BenchmarkProblem Quadratic(double conditionNumber)
    {
        if (!(conditionNumber >= 1) || !double.IsFinite(conditionNumber))
        {
            throw new ArgumentOutOfRangeException(nameof(conditionNumber), conditionNumber, "The condition number must be finite and at least 1.");
        }

        var k = conditionNumber;
        return new BenchmarkProblem(
            $"quadratic κ = {k:0.##}",
            p => 0.5 * ((p[0] * p[0]) + (k * p[1] * p[1])),
            p => [p[0], k * p[1]],
            _ => new[,] { { 1, 0 }, { 0, k } },
            [1, 1]);
    }

    /// <summary>Rosenbrock's f(x) = (1 − x₁)² + 100(x₂ − x₁²)² from the classic start (−1.2, 1); minimum 0 at (1, 1).</summary>
    /// <returns>The problem, named "Rosenbrock".</returns>
    public static BenchmarkProblem Rosenbrock() => new(
        "Rosenbrock",
        p => ((1 - p[0]) * (1 - p[0])) + (100 * (p[1] - (p[0] * p[0])) * (p[1] - (p[0] * p[0]))),
        p => [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))],
        p => new[,] { { 2 - (400 * p[1]) + (1200 * p[0] * p[0]), -400 * p[0] }, { -400 * p[0], 200 } },
        [-1.2, 1]);

    /// <summary>
    /// L2-regularised logistic loss f(w) = (1/m) Σᵢ log(1 + exp(−yᵢxᵢᵀw)) + (λ/2)‖w‖² with yᵢ = +1 for label 1 and −1 for
    /// label 0, from w = 0. Its Hessian is (1/m) Σᵢ σᵢ(1 − σᵢ)xᵢxᵢᵀ + λI with σᵢ = σ(xᵢᵀw); the logarithm is evaluated stably.
    /// </summary>
    /// <param name="features">m × d inputs xᵢ (rows).</param>
    /// <param name="labels">m labels, each 0 or 1.</param>
    /// <param name="l2">λ &gt; 0, which makes the problem strictly convex.</param>
    /// <returns>The problem, named "logistic".</returns>
    /// <exception cref="ArgumentException">The shapes do not match, or a label is not 0 or 1.</exception>
    public static BenchmarkProblem Logistic(double[,] features, int[] labels, double l2)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var (m, d) = (features.GetLength(0), features.GetLength(1));
        if (m == 0 || d == 0 || labels.Length != m || labels.Any(l => l is not (0 or 1)))
        {
            throw new ArgumentException("Logistic needs m ≥ 1 rows of d ≥ 1 features and one 0/1 label per row.", nameof(labels));
        }

        if (!(l2 > 0) || !double.IsFinite(l2))
        {
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "λ must be positive and finite.");
        }

        var x = (double[,])features.Clone();
        var y = labels.Select(l => l == 1 ? 1.0 : -1.0).ToArray();
        double Score(double[] w, int i)
        {
            var z = 0.0;
            for (var j = 0; j < d; j++)
            {
                z += x[i, j] * w[j];
            }

            return z;
        }

        double Value(double[] w)
        {
            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                // log(1 + e^(−t)) = max(−t, 0) + log(1 + e^(−|t|)): never overflows.
                var t = y[i] * Score(w, i);
                sum += Math.Max(-t, 0) + Math.Log(1 + Math.Exp(-Math.Abs(t)));
            }

            return (sum / m) + (0.5 * l2 * w.Sum(v => v * v));
        }

        double[] Gradient(double[] w)
        {
            var g = w.Select(v => l2 * v).ToArray();
            for (var i = 0; i < m; i++)
            {
                var weight = -y[i] * Sigmoid(-y[i] * Score(w, i)) / m;
                for (var j = 0; j < d; j++)
                {
                    g[j] += weight * x[i, j];
                }
            }

            return g;
        }

        double[,] Hessian(double[] w)
        {
            var h = new double[d, d];
            for (var i = 0; i < m; i++)
            {
                var s = Sigmoid(Score(w, i));
                var weight = s * (1 - s) / m;
                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        h[a, b] += weight * x[i, a] * x[i, b];
                    }
                }
            }

            for (var a = 0; a < d; a++)
            {
                h[a, a] += l2;
            }

            return h;
        }

        return new BenchmarkProblem("logistic", Value, Gradient, Hessian, new double[d]);
    }

    // σ(z) = 1/(1 + e^(−z)) is safe for every z: for z ≪ 0, e^(−z) overflows to ∞ and σ is 1/∞ = 0, as it should be.
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
