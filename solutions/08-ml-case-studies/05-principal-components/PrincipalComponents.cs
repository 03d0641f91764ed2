using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>
/// Principal component analysis: the directions of largest variance of centred data (the eigenvectors of the sample
/// covariance matrix), the share of variance each explains, and projection onto, reconstruction from and whitening in
/// the first k of them. Data are n samples × d features.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/05-principal-components/README.md</remarks>
public static class PrincipalComponents
{
    /// <summary>The mean of each column, x̄ⱼ = (1/n)·Σᵢ xᵢⱼ.</summary>
    /// <param name="x">The data, n × d, n ≥ 1.</param>
    /// <returns>x̄, d entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples or no features ("empty"), or a non-finite value ("finite").</exception>
    public static double[] Mean(double[,] x)
    {
        Validate(x, 1);
        var (n, d) = (x.GetLength(0), x.GetLength(1));
        return [.. Enumerable.Range(0, d).Select(j => Enumerable.Range(0, n).Sum(i => x[i, j]) / n)];
    }

    /// <summary>
    /// The sample covariance matrix S = (1/(n − 1))·Σᵢ(xᵢ − x̄)(xᵢ − x̄)ᵀ, computed from the centred data (two passes), so
    /// that an offset of 10⁸ on every value costs no accuracy.
    /// </summary>
    /// <param name="x">The data, n × d, n ≥ 2.</param>
    /// <returns>S, d × d, symmetric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two samples ("two"), no features ("empty"), or a non-finite value ("finite").</exception>
    public static double[,] Covariance(double[,] x)
    {
        Validate(x, 2);
        var (n, d) = (x.GetLength(0), x.GetLength(1));
        var mean = Mean(x);
        var s = new double[d, d];
        for (var a = 0; a < d; a++)
        {
            for (var b = a; b < d; b++)
            {
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += (x[i, a] - mean[a]) * (x[i, b] - mean[b]);
                }

                s[a, b] = s[b, a] = sum / (n - 1);
            }
        }

        return s;
    }

    /// <summary>
    /// The principal components: the eigen-decomposition S = VΛVᵀ of the sample covariance (by MathNet), sorted by
    /// decreasing eigenvalue, each direction signed so that its largest-magnitude entry is positive, negative rounding
    /// eigenvalues set to 0.
    /// </summary>
    /// <param name="x">The data, n × d, n ≥ 2.</param>
    /// <returns>The model: mean, components (rows), variances and explained-variance ratios.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Covariance"/>, or every feature constant ("variance").</exception>
    public static PcaModel Fit(double[,] x)
    {
        var covariance = Covariance(x);
        var d = covariance.GetLength(0);
        var evd = Matrix<double>.Build.DenseOfArray(covariance).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, d).OrderByDescending(k => evd.EigenValues[k].Real).ToArray();
        var components = new double[d, d];
        var variances = new double[d];
        for (var r = 0; r < d; r++)
        {
            var column = evd.EigenVectors.Column(order[r]);
            var largest = Enumerable.Range(0, d).MaxBy(j => Math.Abs(column[j]));
            var sign = column[largest] < 0 ? -1 : 1;
            for (var j = 0; j < d; j++)
            {
                components[r, j] = sign * column[j];
            }

            variances[r] = Math.Max(0, evd.EigenValues[order[r]].Real);
        }

        var total = variances.Sum();
        if (total == 0)
        {
            throw new ArgumentException("Every feature is constant: there is no variance to explain.", nameof(x));
        }

        return new PcaModel(Mean(x), components, variances, [.. variances.Select(v => v / total)]);
    }

    /// <summary>The scores on the first k components: zᵢ = Vₖᵀ(xᵢ − x̄), that is Z = (X − 1x̄ᵀ)·Vₖ with Vₖ the first k directions as columns.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="x">The data, m × d (any m ≥ 1).</param>
    /// <param name="k">The number of components, 1 … d.</param>
    /// <returns>Z, m × k.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have d columns ("columns").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … d.</exception>
    public static double[,] Project(PcaModel model, double[,] x, int k)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var d = model.Mean.Length;
        if (x.GetLength(1) != d)
        {
            throw new ArgumentException($"The model has {d} features but the data have {x.GetLength(1)} columns.", nameof(x));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, d);
        var scores = new double[x.GetLength(0), k];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var c = 0; c < k; c++)
            {
                for (var j = 0; j < d; j++)
                {
                    scores[i, c] += (x[i, j] - model.Mean[j]) * model.Components[c, j];
                }
            }
        }

        return scores;
    }

    /// <summary>The reconstruction from scores on the first k components: x̂ᵢ = x̄ + Vₖzᵢ.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="scores">Z, m × k with 1 ≤ k ≤ d.</param>
    /// <returns>X̂, m × d.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Z has no columns or more than d ("columns").</exception>
    public static double[,] Reconstruct(PcaModel model, double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scores);
        var (d, k) = (model.Mean.Length, scores.GetLength(1));
        if (k < 1 || k > d)
        {
            throw new ArgumentException($"Scores need 1 … {d} columns, one per component, but have {k}.", nameof(scores));
        }

        var x = new double[scores.GetLength(0), d];
        for (var i = 0; i < scores.GetLength(0); i++)
        {
            for (var j = 0; j < d; j++)
            {
                x[i, j] = model.Mean[j];
                for (var c = 0; c < k; c++)
                {
                    x[i, j] += scores[i, c] * model.Components[c, j];
                }
            }
        }

        return x;
    }

    /// <summary>The whitened scores on the first k components, zᵢc/√λc: their sample covariance on the fitted data is the identity.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="x">The data, m × d.</param>
    /// <param name="k">The number of components, 1 … d.</param>
    /// <returns>m × k.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Project"/>, or one of the first k variances is at most 10⁻¹²·λ₁ ("zero variance").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … d.</exception>
    public static double[,] Whiten(PcaModel model, double[,] x, int k)
    {
        var scores = Project(model, x, k);
        for (var c = 0; c < k; c++)
        {
            if (model.Variances[c] <= 1e-12 * model.Variances[0])
            {
                throw new ArgumentException($"Component {c} has (nearly) zero variance: it cannot be scaled to unit variance.", nameof(k));
            }

            var scale = Math.Sqrt(model.Variances[c]);
            for (var i = 0; i < scores.GetLength(0); i++)
            {
                scores[i, c] /= scale;
            }
        }

        return scores;
    }

    private static void Validate(double[,] x, int minimumSamples)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
        {
            throw new ArgumentException("The data have no samples or no features (empty).", nameof(x));
        }

        if (x.GetLength(0) < minimumSamples)
        {
            throw new ArgumentException("A covariance needs at least two samples.", nameof(x));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be finite.", nameof(x));
        }
    }
}
