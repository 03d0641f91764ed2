using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Optimization;

/// <summary>
/// Reference solution: penalised least squares on the mean loss L(w) = ‖y − Xw‖²/(2n), without an intercept: ridge
/// (+ λ‖w‖²/2) in closed form, the lasso (+ λ‖w‖₁) and the elastic net (+ λ₁‖w‖₁ + λ₂‖w‖²/2) by ISTA with step 1/L,
/// and early stopping of plain gradient descent on L.
/// </summary>
public static class Regularization
{
    /// <summary>F(w) = ‖y − Xw‖²/(2n) + λ‖w‖²/2.</summary>
    public static double RidgeObjective(double[,] x, double[] y, double[] w, double lambda)
    {
        RequireData(x, y);
        RequireNonNegative(lambda, nameof(lambda));
        RequireWeights(x, w);
        var r = Residual(x, y, w);
        return (OptimizerGuard.Dot(r, r) / (2.0 * y.Length)) + (lambda / 2 * OptimizerGuard.Dot(w, w));
    }

    /// <summary>∇F(w) = Xᵀ(Xw − y)/n + λw.</summary>
    public static double[] RidgeGradient(double[,] x, double[] y, double[] w, double lambda)
    {
        RequireData(x, y);
        RequireNonNegative(lambda, nameof(lambda));
        RequireWeights(x, w);
        var gradient = LossGradient(x, y, w);
        for (var j = 0; j < w.Length; j++)
        {
            gradient[j] += lambda * w[j];
        }

        return gradient;
    }

    /// <summary>Solves (XᵀX/n + λI)w = Xᵀy/n by a Cholesky factorisation.</summary>
    public static double[] RidgeClosedForm(double[,] x, double[] y, double lambda)
    {
        RequireData(x, y);
        RequireNonNegative(lambda, nameof(lambda));
        var n = y.Length;
        var design = Matrix<double>.Build.DenseOfArray(x);
        var normal = (design.TransposeThisAndMultiply(design) / n) + (lambda * Matrix<double>.Build.DenseIdentity(x.GetLength(1)));
        var rightSide = design.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(y)) / n;
        try
        {
            return normal.Cholesky().Solve(rightSide).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("XᵀX/n + λI is singular: with λ = 0 the columns of X must be independent.", nameof(x), e);
        }
    }

    /// <summary>S_t(v) = sign(v)·max(|v| − t, 0).</summary>
    public static double SoftThreshold(double value, double threshold)
    {
        RequireNonNegative(threshold, nameof(threshold));
        return value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;
    }

    /// <summary>The lasso by ISTA: the elastic net with λ₂ = 0.</summary>
    public static double[] Lasso(double[,] x, double[] y, double lambda, double tolerance = 1e-10, int maxIterations = 100_000) =>
        ElasticNet(x, y, lambda, 0, tolerance, maxIterations);

    /// <summary>
    /// ISTA from w = 0 with step η = 1/L, L = λmax(XᵀX/n) + λ₂: w ← S_{ηλ₁}(w − η(Xᵀ(Xw − y)/n + λ₂w)), until a step
    /// moves w by at most the tolerance.
    /// </summary>
    public static double[] ElasticNet(double[,] x, double[] y, double l1, double l2, double tolerance = 1e-10, int maxIterations = 100_000)
    {
        RequireData(x, y);
        RequireNonNegative(l1, nameof(l1));
        RequireNonNegative(l2, nameof(l2));
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var p = x.GetLength(1);
        var w = new double[p];
        var design = Matrix<double>.Build.DenseOfArray(x);

        // The 2-norm of X is its largest singular value σ, and λmax(XᵀX/n) = σ²/n.
        var sigma = design.L2Norm();
        var lipschitz = (sigma * sigma / y.Length) + l2;
        if (lipschitz == 0)
        {
            // X = 0 and λ₂ = 0: the loss is constant, and w = 0 minimises the penalty.
            return w;
        }

        var step = 1 / lipschitz;
        for (var k = 1; k <= maxIterations; k++)
        {
            var gradient = LossGradient(x, y, w);
            var change = new double[p];
            for (var j = 0; j < p; j++)
            {
                var next = SoftThreshold(w[j] - (step * (gradient[j] + (l2 * w[j]))), step * l1);
                change[j] = next - w[j];
                w[j] = next;
            }

            OptimizerGuard.RequireFiniteIterate(w, k);
            if (OptimizerGuard.Norm(change) <= tolerance)
            {
                return w;
            }
        }

        throw new InvalidOperationException($"ISTA did not converge in {maxIterations} iterations.");
    }

    /// <summary>
    /// Gradient descent on the training loss from w₀ = 0, keeping the iterate with the smallest validation loss and
    /// stopping once `patience` steps in a row have not improved on it (or after maxIterations steps).
    /// </summary>
    public static EarlyStoppingResult EarlyStopping(
        double[,] xTrain, double[] yTrain, double[,] xValidation, double[] yValidation, double learningRate, int patience, int maxIterations = 10_000)
    {
        RequireData(xTrain, yTrain);
        RequireData(xValidation, yValidation);
        if (xValidation.GetLength(1) != xTrain.GetLength(1))
        {
            throw new ArgumentException(
                $"The validation features have {xValidation.GetLength(1)} columns but the training features {xTrain.GetLength(1)}: the lengths must match.",
                nameof(xValidation));
        }

        OptimizerGuard.RequirePositive(learningRate, nameof(learningRate));
        ArgumentOutOfRangeException.ThrowIfLessThan(patience, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);

        var w = new double[xTrain.GetLength(1)];
        var best = (double[])w.Clone();
        var bestIteration = 0;
        var losses = new List<double> { Loss(xValidation, yValidation, w) };
        for (var k = 1; k <= maxIterations && k - bestIteration <= patience; k++)
        {
            var gradient = LossGradient(xTrain, yTrain, w);
            for (var j = 0; j < w.Length; j++)
            {
                w[j] -= learningRate * gradient[j];
            }

            OptimizerGuard.RequireFiniteIterate(w, k);
            var loss = Loss(xValidation, yValidation, w);
            losses.Add(loss);
            if (loss < losses[bestIteration])
            {
                bestIteration = k;
                best = (double[])w.Clone();
            }
        }

        return new EarlyStoppingResult(best, bestIteration, [.. losses]);
    }

    /// <summary>L(w) = ‖y − Xw‖²/(2n).</summary>
    private static double Loss(double[,] x, double[] y, double[] w)
    {
        var r = Residual(x, y, w);
        return OptimizerGuard.Dot(r, r) / (2.0 * y.Length);
    }

    /// <summary>∇L(w) = Xᵀ(Xw − y)/n = −Xᵀr/n.</summary>
    private static double[] LossGradient(double[,] x, double[] y, double[] w)
    {
        var r = Residual(x, y, w);
        var gradient = new double[w.Length];
        for (var j = 0; j < w.Length; j++)
        {
            for (var i = 0; i < y.Length; i++)
            {
                gradient[j] -= x[i, j] * r[i];
            }

            gradient[j] /= y.Length;
        }

        return gradient;
    }

    /// <summary>r = y − Xw.</summary>
    private static double[] Residual(double[,] x, double[] y, double[] w)
    {
        var r = (double[])y.Clone();
        for (var i = 0; i < y.Length; i++)
        {
            for (var j = 0; j < w.Length; j++)
            {
                r[i] -= x[i, j] * w[j];
            }
        }

        return r;
    }

    private static void RequireData(double[,] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
        {
            throw new ArgumentException("The feature matrix is empty: it needs at least one row and one column.", nameof(x));
        }

        if (y.Length != x.GetLength(0))
        {
            throw new ArgumentException($"y has length {y.Length} but X has {x.GetLength(0)} rows.", nameof(y));
        }
    }

    private static void RequireWeights(double[,] x, double[] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Length != x.GetLength(1))
        {
            throw new ArgumentException($"w has length {w.Length} but X has {x.GetLength(1)} columns.", nameof(w));
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be non-negative and finite.");
        }
    }
}
