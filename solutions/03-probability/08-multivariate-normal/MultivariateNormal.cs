namespace MathForML.Probability;

/// <summary>
/// The multivariate normal distribution N(μ, Σ) in d dimensions: its log-density through the Cholesky factor
/// Σ = LLᵀ, sampling as x = μ + Lz with z standard normal, and the marginal and conditional distributions of a
/// bivariate normal.
/// </summary>
/// <remarks>
/// μ has d ≥ 1 finite entries ("empty", "finite"); Σ is d × d ("shape"), symmetric to 1e-12 relative ("symmetric") and
/// positive definite ("positive definite"). Null arrays are <see cref="ArgumentNullException"/>s, the rest
/// <see cref="ArgumentException"/>s (<see cref="ArgumentOutOfRangeException"/> for a bad index or count).
/// Lesson: katas/03-probability/08-multivariate-normal/README.md
/// </remarks>
public static class MultivariateNormal
{
    /// <summary>
    /// The Cholesky factor of a symmetric positive definite matrix: the lower-triangular L with a positive diagonal and
    /// LLᵀ = Σ. [[4, 2], [2, 3]] gives L = [[2, 0], [1, √2]].
    /// </summary>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <returns>A new d × d lower-triangular matrix (zeros above the diagonal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="covariance"/> is null.</exception>
    /// <exception cref="ArgumentException">Σ is empty, not square, not symmetric or not positive definite.</exception>
    public static double[,] Cholesky(double[,] covariance)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        var d = covariance.GetLength(0);
        if (d == 0 || covariance.GetLength(1) != d)
        {
            throw new ArgumentException($"The covariance must be square and non-empty (shape); it is {d} × {covariance.GetLength(1)}.", nameof(covariance));
        }

        var l = new double[d, d];
        for (var j = 0; j < d; j++)
        {
            for (var i = j; i < d; i++)
            {
                var (a, b) = (covariance[i, j], covariance[j, i]);
                if (!double.IsFinite(a) || Math.Abs(a - b) > 1e-12 * Math.Abs(a))
                {
                    throw new ArgumentException($"The covariance must be finite and symmetric; entries [{i}, {j}] and [{j}, {i}] are {a} and {b}.", nameof(covariance));
                }

                // Σᵢⱼ = Σₖ≤ⱼ LᵢₖLⱼₖ: take away what the columns already found contribute, then solve for Lᵢⱼ.
                var sum = a;
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        throw new ArgumentException($"The covariance is not positive definite (pivot {j} is {sum}).", nameof(covariance));
                    }

                    l[j, j] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
    }

    /// <summary>
    /// ln N(x; μ, Σ) = −½ (d ln 2π + ln det Σ + (x − μ)ᵀ Σ⁻¹ (x − μ)), with ln det Σ = 2 Σᵢ ln Lᵢᵢ and the quadratic form
    /// ‖L⁻¹(x − μ)‖² by forward substitution — finite even where det Σ underflows (Σ = 10⁻³·I in 200 dimensions).
    /// </summary>
    /// <param name="x">The point, d finite entries.</param>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <returns>The log-density at x.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The shapes disagree or an argument is not valid (see the class remarks).</exception>
    public static double LogDensity(double[] x, double[] mean, double[,] covariance)
    {
        var l = CholeskyFor(mean, covariance);
        RequireVector(x, mean.Length, nameof(x));
        var d = mean.Length;

        // Solve L·y = x − μ from the top down; then (x − μ)ᵀΣ⁻¹(x − μ) = yᵀy, as Σ⁻¹ = L⁻ᵀL⁻¹.
        var y = new double[d];
        var (quadratic, logDet) = (0.0, 0.0);
        for (var i = 0; i < d; i++)
        {
            var sum = x[i] - mean[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
            quadratic += y[i] * y[i];
            logDet += 2 * Math.Log(l[i, i]);
        }

        return -0.5 * ((d * Math.Log(2 * Math.PI)) + logDet + quadratic);
    }

    /// <summary>
    /// <paramref name="count"/> draws from N(μ, Σ): x = μ + Lz, where z has d independent standard normal entries made
    /// from uniform draws of <paramref name="random"/> by the Box–Muller transform (two uniforms, two normals).
    /// </summary>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <param name="count">The number of draws, at least 1.</param>
    /// <param name="random">The source of uniform draws (seeded by the caller).</param>
    /// <returns>An array of <paramref name="count"/> new arrays of d entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">An argument is not valid (see the class remarks).</exception>
    public static double[][] Sample(double[] mean, double[,] covariance, int count, Random random)
    {
        var l = CholeskyFor(mean, covariance);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var d = mean.Length;
        var samples = new double[count][];
        var z = new double[d];
        double? spare = null;
        for (var s = 0; s < count; s++)
        {
            for (var i = 0; i < d; i++)
            {
                if (spare is { } kept)
                {
                    (z[i], spare) = (kept, null);
                    continue;
                }

                // Box–Muller: u₁ in (0, 1] keeps the logarithm finite; radius √(−2 ln u₁), angle 2πu₂.
                var (u1, u2) = (1 - random.NextDouble(), random.NextDouble());
                var radius = Math.Sqrt(-2 * Math.Log(u1));
                (z[i], spare) = (radius * Math.Cos(2 * Math.PI * u2), radius * Math.Sin(2 * Math.PI * u2));
            }

            var x = new double[d];
            for (var i = 0; i < d; i++)
            {
                x[i] = mean[i];
                for (var k = 0; k <= i; k++)
                {
                    x[i] += l[i, k] * z[k];
                }
            }

            samples[s] = x;
        }

        return samples;
    }

    /// <summary>The marginal of component i of N(μ, Σ): N(μᵢ, Σᵢᵢ), returned as (mean, variance).</summary>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <param name="index">i, from 0 to d − 1.</param>
    /// <returns>(μᵢ, Σᵢᵢ).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 … d − 1.</exception>
    /// <exception cref="ArgumentException">An argument is not valid (see the class remarks).</exception>
    public static (double Mean, double Variance) Marginal(double[] mean, double[,] covariance, int index)
    {
        CholeskyFor(mean, covariance);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, mean.Length);
        return (mean[index], covariance[index, index]);
    }

    /// <summary>
    /// The conditional of x₁ given x₂ = <paramref name="x2"/> for a bivariate normal (x₁, x₂) ~ N(μ, Σ):
    /// N(μ₁ + (Σ₁₂/Σ₂₂)(x₂ − μ₂), Σ₁₁ − Σ₁₂²/Σ₂₂), returned as (mean, variance). (C# indices 0 and 1.)
    /// </summary>
    /// <param name="mean">μ, 2 finite entries.</param>
    /// <param name="covariance">Σ, 2 × 2, symmetric positive definite.</param>
    /// <param name="x2">The observed value of the second component, finite.</param>
    /// <returns>The conditional mean and variance of the first component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">μ or Σ is not two-dimensional ("2"), or not valid; <paramref name="x2"/> is not finite ("finite").</exception>
    public static (double Mean, double Variance) ConditionalBivariate(double[] mean, double[,] covariance, double x2)
    {
        ArgumentNullException.ThrowIfNull(mean);
        if (mean.Length != 2)
        {
            throw new ArgumentException($"A bivariate normal has 2 components; μ has {mean.Length}.", nameof(mean));
        }

        CholeskyFor(mean, covariance);
        if (!double.IsFinite(x2))
        {
            throw new ArgumentException("The observed value must be finite.", nameof(x2));
        }

        var gain = covariance[0, 1] / covariance[1, 1];
        return (mean[0] + (gain * (x2 - mean[1])), Math.Max(0, covariance[0, 0] - (gain * covariance[0, 1])));
    }

    /// <summary>Validates μ and Σ together and returns the Cholesky factor of Σ.</summary>
    private static double[,] CholeskyFor(double[] mean, double[,] covariance)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(covariance);
        if (mean.Length == 0)
        {
            throw new ArgumentException("The mean is empty: a distribution needs at least one dimension.", nameof(mean));
        }

        RequireVector(mean, mean.Length, nameof(mean));
        if (covariance.GetLength(0) != mean.Length) // Cholesky checks that Σ is square (shape)
        {
            throw new ArgumentException($"Σ must be {mean.Length} × {mean.Length} to fit μ (shape); it is {covariance.GetLength(0)} × {covariance.GetLength(1)}.", nameof(covariance));
        }

        return Cholesky(covariance);
    }

    private static void RequireVector(double[] v, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length != length)
        {
            throw new ArgumentException($"Expected {length} entries but there are {v.Length} (shape).", name);
        }

        if (!v.All(double.IsFinite))
        {
            throw new ArgumentException("Every entry must be finite.", name);
        }
    }
}
