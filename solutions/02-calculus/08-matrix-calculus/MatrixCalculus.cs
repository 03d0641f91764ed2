namespace MathForML.Calculus;

/// <summary>Reference solution: closed-form gradients of linear, quadratic, least-squares and log-sum-exp functions.</summary>
public static class MatrixCalculus
{
    /// <summary>∇ₓ aᵀx = a, as a new array.</summary>
    public static double[] GradientOfLinear(double[] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return (double[])a.Clone();
    }

    /// <summary>∇ₓ xᵀAx = (A + Aᵀ)x.</summary>
    public static double[] GradientOfQuadraticForm(double[,] a, double[] x)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(x);
        var n = a.GetLength(0);
        if (a.GetLength(1) != n)
        {
            throw new ArgumentException($"A quadratic form needs a square matrix, but A is {n}x{a.GetLength(1)}.", nameof(a));
        }

        if (x.Length != n)
        {
            throw new ArgumentException($"Length mismatch: A is {n}x{n} but x has length {x.Length}.", nameof(x));
        }

        var gradient = new double[n];
        for (var k = 0; k < n; k++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                // Row k of A (xₖ as the left factor) plus column k of A (xₖ as the right factor).
                sum += (a[k, j] + a[j, k]) * x[j];
            }

            gradient[k] = sum;
        }

        return gradient;
    }

    /// <summary>∇_w ‖Xw − y‖² = 2Xᵀ(Xw − y).</summary>
    public static double[] GradientOfSquaredResidual(double[,] x, double[] w, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(y);
        var (m, n) = (x.GetLength(0), x.GetLength(1));
        if (w.Length != n)
        {
            throw new ArgumentException($"X has {n} columns but w has {w.Length} entries.", nameof(w));
        }

        if (y.Length != m)
        {
            throw new ArgumentException($"X has {m} rows but y has {y.Length} entries.", nameof(y));
        }

        var residual = new double[m];
        for (var i = 0; i < m; i++)
        {
            var prediction = 0.0;
            for (var j = 0; j < n; j++)
            {
                prediction += x[i, j] * w[j];
            }

            residual[i] = prediction - y[i];
        }

        var gradient = new double[n];
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                sum += x[i, j] * residual[i];
            }

            gradient[j] = 2 * sum;
        }

        return gradient;
    }

    /// <summary>ln Σᵢ e^{zᵢ} = m + ln Σᵢ e^{zᵢ − m} with m = max(z).</summary>
    public static double LogSumExp(double[] z)
    {
        var max = RequireScores(z);
        var sum = 0.0;
        foreach (var zi in z)
        {
            sum += Math.Exp(zi - max);
        }

        // sum ≥ 1 (the largest term is e⁰), so the logarithm is finite and at most ln n.
        return max + Math.Log(sum);
    }

    /// <summary>softmax(z)ᵢ = e^{zᵢ − m} / Σⱼ e^{zⱼ − m}.</summary>
    public static double[] GradientOfLogSumExp(double[] z)
    {
        var max = RequireScores(z);
        var weights = new double[z.Length];
        var sum = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            weights[i] = Math.Exp(z[i] - max);
            sum += weights[i];
        }

        for (var i = 0; i < z.Length; i++)
        {
            weights[i] /= sum;
        }

        return weights;
    }

    /// <summary>Validates the scores and returns their maximum.</summary>
    private static double RequireScores(double[] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.Length == 0)
        {
            throw new ArgumentException("log-sum-exp of an empty vector is undefined (ln 0).", nameof(z));
        }

        var max = double.NegativeInfinity;
        foreach (var zi in z)
        {
            if (!double.IsFinite(zi))
            {
                throw new ArgumentException($"Every score must be finite, but one is {zi}.", nameof(z));
            }

            max = Math.Max(max, zi);
        }

        return max;
    }
}
