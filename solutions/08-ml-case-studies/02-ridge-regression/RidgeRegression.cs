using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>
/// Ridge regression: the coefficients [b, w₁, …, wₚ] minimising Σᵢ(yᵢ − b − xᵢ·w)² + λ‖w‖², the intercept b not
/// penalised, and the regularisation path w(λ) over several penalties.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/02-ridge-regression/README.md</remarks>
public static class RidgeRegression
{
    /// <summary>
    /// The ridge coefficients: w solves (XcᵀXc + λI)·w = Xcᵀyc on the centred data Xc = X − x̄, yc = y − ȳ, and b = ȳ − x̄·w.
    /// </summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="lambda">The penalty λ ≥ 0 (0 gives ordinary least squares).</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ targets ("rows"), a non-finite value ("finite"), or λ = 0 with dependent columns ("singular").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative or not finite ("negative").</exception>
    public static double[] Fit(double[,] x, double[] y, double lambda)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (!(lambda >= 0) || !double.IsFinite(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The penalty λ must be non-negative and finite.");
        }

        var (n, p) = (x.GetLength(0), x.GetLength(1));
        if (n == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (y.Length != n)
        {
            throw new ArgumentException($"X has {n} rows but y has {y.Length} entries.", nameof(y));
        }

        if (!y.All(double.IsFinite) || x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every input and target must be finite.", nameof(x));
        }

        // Centring removes the intercept from the problem: the penalty then falls on w alone.
        var means = Enumerable.Range(0, p).Select(j => Enumerable.Range(0, n).Average(i => x[i, j])).ToArray();
        var yMean = y.Average();
        var centred = Matrix<double>.Build.Dense(n, p, (i, j) => x[i, j] - means[j]);
        var yc = Vector<double>.Build.Dense(n, i => y[i] - yMean);
        var system = centred.TransposeThisAndMultiply(centred) + (lambda * Matrix<double>.Build.DenseIdentity(p));
        var w = Solve(system, centred.TransposeThisAndMultiply(yc));
        var intercept = yMean - means.Select((m, j) => m * w[j]).Sum();
        return [intercept, .. w];
    }

    /// <summary>The regularisation path: <see cref="Fit"/> at each penalty, in the order given.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="lambdas">The penalties, at least one, each as in <see cref="Fit"/>.</param>
    /// <returns>One coefficient array [b, w₁, …, wₚ] per penalty.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No penalties ("empty"), or as in <see cref="Fit"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A penalty is negative or not finite.</exception>
    public static double[][] Path(double[,] x, double[] y, double[] lambdas)
    {
        ArgumentNullException.ThrowIfNull(lambdas);
        if (lambdas.Length == 0)
        {
            throw new ArgumentException("The path needs at least one penalty (empty).", nameof(lambdas));
        }

        return [.. lambdas.Select(l => Fit(x, y, l))];
    }

    /// <summary>The Euclidean norm ‖w‖ of the weights of β = [b, w₁, …, wₚ], the intercept left out.</summary>
    /// <param name="coefficients">β, at least the intercept.</param>
    /// <returns>‖w‖ = √(w₁² + … + wₚ²).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty ("empty").</exception>
    public static double WeightNorm(double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length == 0)
        {
            throw new ArgumentException("β needs at least the intercept (empty).", nameof(coefficients));
        }

        // Scale by the largest |wⱼ| first so that squaring 1e200 cannot overflow.
        var scale = coefficients.Skip(1).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return scale == 0 ? 0 : scale * Math.Sqrt(coefficients.Skip(1).Sum(w => (w / scale) * (w / scale)));
    }

    private static double[] Solve(Matrix<double> system, Vector<double> right)
    {
        // XcᵀXc + λI is symmetric positive definite for λ > 0; at λ = 0 it is singular when a column is constant or
        // depends on the others. Rounding rarely makes a pivot exactly 0, so compare each squared pivot Lⱼⱼ² of the
        // Cholesky factor with the diagonal entry it came from: a rounding-sized ratio means "singular".
        try
        {
            var cholesky = system.Cholesky();
            var factor = cholesky.Factor;
            if (Enumerable.Range(0, system.RowCount).All(j => factor[j, j] * factor[j, j] > 1e-12 * system[j, j]))
            {
                return cholesky.Solve(right).ToArray();
            }
        }
        catch (ArgumentException)
        {
            // Not positive definite: reported below.
        }

        throw new ArgumentException("XcᵀXc + λI is singular: with λ = 0 the columns must be independent and not constant (use λ > 0).");
    }
}
