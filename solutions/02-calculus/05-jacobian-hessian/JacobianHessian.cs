namespace MathForML.Calculus;

/// <summary>Reference solution: the Jacobian by central differences, the Hessian by second differences.</summary>
public static class JacobianHessian
{
    /// <summary>J[i, j] = (fᵢ(x + h·eⱼ) − fᵢ(x − h·eⱼ)) / (2h).</summary>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, double h = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePoint(x);
        RequireStep(h);

        double[,]? jacobian = null;
        for (var j = 0; j < x.Length; j++)
        {
            var plus = Evaluate(f, Shifted(x, (j, h)));
            var minus = Evaluate(f, Shifted(x, (j, -h)));
            jacobian ??= new double[plus.Length, x.Length];
            var outputs = jacobian.GetLength(0);
            if (plus.Length != outputs || minus.Length != outputs)
            {
                throw new ArgumentException(
                    $"f must return the same number of outputs everywhere, but returned lengths {outputs}, {plus.Length} and {minus.Length}.", nameof(f));
            }
            for (var i = 0; i < outputs; i++)
            {
                jacobian[i, j] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        return jacobian!;
    }

    /// <summary>Second differences; each mixed partial is computed once and mirrored.</summary>
    public static double[,] Hessian(Func<double[], double> f, double[] x, double h = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePoint(x);
        RequireStep(h);

        var n = x.Length;
        var hessian = new double[n, n];
        var center = f((double[])x.Clone());
        for (var i = 0; i < n; i++)
        {
            hessian[i, i] = (f(Shifted(x, (i, h))) - (2 * center) + f(Shifted(x, (i, -h)))) / (h * h);
            for (var j = i + 1; j < n; j++)
            {
                var mixed = (f(Shifted(x, (i, h), (j, h))) - f(Shifted(x, (i, h), (j, -h)))
                    - f(Shifted(x, (i, -h), (j, h))) + f(Shifted(x, (i, -h), (j, -h)))) / (4 * h * h);
                hessian[i, j] = mixed;
                hessian[j, i] = mixed;
            }
        }
        return hessian;
    }

    /// <summary>A copy of x with the given coordinates moved by the given amounts.</summary>
    private static double[] Shifted(double[] x, params (int Index, double Step)[] moves)
    {
        var copy = (double[])x.Clone();
        foreach (var (index, step) in moves)
        {
            copy[index] += step;
        }
        return copy;
    }

    private static double[] Evaluate(Func<double[], double[]> f, double[] point) =>
        f(point) ?? throw new ArgumentException("f returned null instead of a vector of outputs.", nameof(f));

    private static void RequirePoint(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("The point x is empty: there is nothing to differentiate with respect to.", nameof(x));
        }
    }

    private static void RequireStep(double h)
    {
        if (!double.IsFinite(h) || h <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, "The step h must be positive and finite.");
        }
    }
}
