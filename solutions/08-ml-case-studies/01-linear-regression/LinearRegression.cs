using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>
/// Ordinary least squares ŷ = b + x·w: the coefficients [b, w₁, …, wₚ] minimising the residual sum of squares, found
/// three ways (normal equations, QR, gradient descent), with R² and the maximum-likelihood noise variance.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/01-linear-regression/README.md</remarks>
public static class LinearRegression
{
    /// <summary>The coefficients β solving the normal equations DᵀD·β = Dᵀy, D = [1 X], with DᵀD formed from the raw columns.</summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ targets ("rows"), fewer samples than coefficients ("fewer", naming the p + 1 needed), a non-finite value ("finite"), or DᵀD not positive definite ("rank").</exception>
    public static double[] FitNormalEquations(double[,] x, double[] y)
    {
        var design = Design(x, y);
        var gram = design.TransposeThisAndMultiply(design);
        var moment = design.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(y));
        try
        {
            return gram.Cholesky().Solve(moment).ToArray();
        }
        catch (ArgumentException)
        {
            throw new ArgumentException("DᵀD is not positive definite: the columns are dependent (rank deficient).", nameof(x));
        }
    }

    /// <summary>The least-squares coefficients by MathNet's Householder QR of D = [1 X]: R·β = Qᵀy.</summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="FitNormalEquations"/>; dependent columns, |Rⱼⱼ| ≤ 10⁻¹²·‖column j of D‖ ("rank").</exception>
    public static double[] FitQr(double[,] x, double[] y)
    {
        var design = Design(x, y);
        var qr = design.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var r = qr.R;
        // |Rⱼⱼ| is the distance of column j of D from the span of the columns before it. Measured against that column's
        // own length (so units do not matter), a rounding-sized distance means the column is a combination of the
        // others: the least-squares solution is not unique.
        for (var j = 0; j < r.ColumnCount; j++)
        {
            if (Math.Abs(r[j, j]) <= 1e-12 * design.Column(j).L2Norm())
            {
                throw new ArgumentException($"Column {j} of [1 X] depends on the ones before it (rank deficient): R has a zero on its diagonal.", nameof(x));
            }
        }

        return qr.Solve(Vector<double>.Build.DenseOfArray(y)).ToArray();
    }

    /// <summary>
    /// The coefficients after gradient descent from β = 0 on the loss L(β) = (1/2n)·Σᵢ(ŷᵢ − yᵢ)², a fixed number of steps β ← β − η∇L.
    /// </summary>
    /// <param name="x">The inputs, n samples × p features.</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="learningRate">The step size η, positive and finite.</param>
    /// <param name="iterations">The number of steps, at least 1.</param>
    /// <param name="lossTrace">If not null, receives L at the start and after every step (iterations + 1 values).</param>
    /// <returns>β = [b, w₁, …, wₚ] after the last step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="FitNormalEquations"/> (no rank check).</exception>
    /// <exception cref="ArgumentOutOfRangeException">η not positive and finite ("positive"), or <paramref name="iterations"/> &lt; 1.</exception>
    public static double[] FitGradientDescent(double[,] x, double[] y, double learningRate, int iterations, IList<double>? lossTrace = null)
    {
        Validate(x, y);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        var beta = new double[p + 1];
        for (var step = 0; step <= iterations; step++)
        {
            var residuals = Residuals(x, y, beta);
            lossTrace?.Add(residuals.Sum(r => r * r) / (2 * n));
            if (step == iterations)
            {
                break;
            }

            // ∇L = (1/n)·Dᵀr: the intercept's component is the mean residual, wⱼ's the mean of r·xⱼ.
            var gradient = new double[p + 1];
            for (var i = 0; i < n; i++)
            {
                gradient[0] += residuals[i];
                for (var j = 0; j < p; j++)
                {
                    gradient[j + 1] += residuals[i] * x[i, j];
                }
            }

            for (var j = 0; j <= p; j++)
            {
                beta[j] -= learningRate * gradient[j] / n;
            }
        }

        return beta;
    }

    /// <summary>The predictions ŷᵢ = b + Σⱼ wⱼxᵢⱼ.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>ŷ, n entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> does not have p + 1 entries ("coefficients", naming the p + 1 expected).</exception>
    public static double[] Predict(double[,] x, double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length != x.GetLength(1) + 1)
        {
            throw new ArgumentException($"Expected p + 1 = {x.GetLength(1) + 1} coefficients (intercept first), got {coefficients.Length}.", nameof(coefficients));
        }

        var predictions = new double[x.GetLength(0)];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = coefficients[0];
            for (var j = 0; j < x.GetLength(1); j++)
            {
                predictions[i] += coefficients[j + 1] * x[i, j];
            }
        }

        return predictions;
    }

    /// <summary>The coefficient of determination R² = 1 − RSS/TSS, RSS = Σ(yᵢ − ŷᵢ)², TSS = Σ(yᵢ − ȳ)².</summary>
    /// <param name="y">The targets, at least one, not all equal.</param>
    /// <param name="predictions">ŷ, as many as <paramref name="y"/>.</param>
    /// <returns>R² (1 for a perfect fit, 0 for predicting ȳ, negative for worse).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty"), lengths differ ("length"), or all targets equal, TSS = 0 ("constant").</exception>
    public static double RSquared(double[] y, double[] predictions)
    {
        var rss = ResidualSumOfSquares(y, predictions);
        var mean = y.Average();
        var tss = y.Sum(v => (v - mean) * (v - mean));
        if (tss == 0)
        {
            throw new ArgumentException("R² is undefined when every target is the same (constant y, TSS = 0).", nameof(y));
        }

        return 1 - (rss / tss);
    }

    /// <summary>The maximum-likelihood noise variance of the model y = ŷ + ε, ε ~ N(0, σ²): σ̂² = RSS/n.</summary>
    /// <param name="y">The targets, at least one.</param>
    /// <param name="predictions">ŷ, as many as <paramref name="y"/>.</param>
    /// <returns>σ̂² = (1/n)·Σ(yᵢ − ŷᵢ)².</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty") or lengths differ ("length").</exception>
    public static double NoiseVariance(double[] y, double[] predictions) =>
        ResidualSumOfSquares(y, predictions) / y.Length;

    private static double ResidualSumOfSquares(double[] y, double[] predictions)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(predictions);
        if (y.Length == 0)
        {
            throw new ArgumentException("There are no targets (empty).", nameof(y));
        }

        if (predictions.Length != y.Length)
        {
            throw new ArgumentException($"{predictions.Length} predictions for {y.Length} targets: the lengths differ.", nameof(predictions));
        }

        return y.Zip(predictions, (t, p) => (t - p) * (t - p)).Sum();
    }

    private static double[] Residuals(double[,] x, double[] y, double[] beta)
    {
        var predictions = Predict(x, beta);
        return [.. predictions.Select((p, i) => p - y[i])];
    }

    private static Matrix<double> Design(double[,] x, double[] y)
    {
        Validate(x, y);
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        return Matrix<double>.Build.Dense(n, p + 1, (i, j) => j == 0 ? 1 : x[i, j - 1]);
    }

    private static void Validate(double[,] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        if (n == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (y.Length != n)
        {
            throw new ArgumentException($"X has {n} rows but y has {y.Length} entries.", nameof(y));
        }

        if (n < p + 1)
        {
            throw new ArgumentException($"{n} samples are fewer than the {p + 1} coefficients to fit.", nameof(x));
        }

        if (!y.All(double.IsFinite) || x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every input and target must be finite.", nameof(x));
        }
    }
}
