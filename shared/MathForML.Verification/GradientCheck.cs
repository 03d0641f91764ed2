namespace MathForML.Verification;

/// <summary>
/// Numerical derivatives by central differences, and the comparison of an analytic gradient against them:
/// the standard way to test hand-derived calculus in the calculus and optimisation katas.
/// </summary>
/// <remarks>
/// The central difference <c>(f(x + h) − f(x − h)) / 2h</c> has truncation error about <c>h² · |f‴| / 6</c> and
/// rounding error about <c>ε · |f| / h</c> (ε ≈ 2.2e-16). With the default relative step 1e-5 both are around
/// 1e-11 for well-scaled smooth functions, far below <see cref="GoodAgreement"/>. For functions that curve sharply
/// on the scale of the step (for example <c>log x</c> near 0, where the step is 1e-5 in absolute terms),
/// pass a smaller step.
/// </remarks>
public static class GradientCheck
{
    /// <summary>
    /// The usual agreement threshold, 1e-7 relative error, for smooth functions evaluated in double precision
    /// with central differences: a correct gradient typically lands near 1e-10, a wrong one far above 1e-3.
    /// </summary>
    public const double GoodAgreement = 1e-7;

    /// <summary>
    /// Differences at or below this absolute size (1e-8) count as exact agreement in <see cref="RelativeError"/>.
    /// </summary>
    /// <remarks>
    /// A central difference cannot resolve differences this small: its rounding error is about <c>ε · |f| / h</c>
    /// in absolute terms (2e-9 for |f| = 100 at h = 1e-5) and its truncation error about <c>h² · |f‴| / 6</c>
    /// (1.7e-9 for |f‴| = 100). Without the floor, a coordinate whose true derivative is zero would be judged
    /// purely on that noise and give a relative error near 1, a false failure.
    /// </remarks>
    public const double AbsoluteFloor = 1e-8;

    /// <summary>
    /// The central-difference approximation of f′(x) with step <c>h = step · max(1, |x|)</c>, dividing by the
    /// spacing actually realised in floating point, <c>(x + h) − (x − h)</c>, rather than by 2h.
    /// </summary>
    /// <param name="f">A function smooth near <paramref name="x"/>.</param>
    /// <param name="x">The point (finite).</param>
    /// <param name="step">The relative step, positive and finite; 1e-5 balances truncation and rounding error.</param>
    /// <returns>The approximate derivative.</returns>
    public static double NumericalDerivative(Func<double, double> f, double x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireFinite(x, nameof(x));
        RequireStep(step);
        var (plus, minus) = Neighbours(x, step);
        return (f(plus) - f(minus)) / (plus - minus);
    }

    /// <summary>
    /// The central-difference gradient: entry i perturbs coordinate i only, with the same step rule as
    /// <see cref="NumericalDerivative"/>. Every evaluation receives a fresh copy, so neither the caller's
    /// <paramref name="x"/> nor later evaluations are affected if <paramref name="f"/> modifies its argument.
    /// </summary>
    /// <param name="f">A scalar function of a vector, smooth near <paramref name="x"/>.</param>
    /// <param name="x">The point; not modified.</param>
    /// <param name="step">The relative step, positive and finite.</param>
    /// <returns>The approximate gradient, one entry per coordinate.</returns>
    public static double[] NumericalGradient(Func<double[], double> f, double[] x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireFinitePoint(x);
        RequireStep(step);
        var gradient = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var (plus, minus) = Neighbours(x[i], step);
            gradient[i] = (f(Perturbed(x, i, plus)) - f(Perturbed(x, i, minus))) / (plus - minus);
        }

        return gradient;
    }

    /// <summary>
    /// The central-difference Jacobian of a vector function: <c>J[i, j] = ∂fᵢ/∂xⱼ</c>, so row i is the gradient
    /// of output i. <paramref name="f"/> is evaluated once at <paramref name="x"/> to learn the output length.
    /// </summary>
    /// <param name="f">A vector function, smooth near <paramref name="x"/>, returning the same length every time.</param>
    /// <param name="x">The point; not modified.</param>
    /// <param name="step">The relative step, positive and finite.</param>
    /// <returns>The approximate Jacobian, outputs × inputs.</returns>
    /// <exception cref="ArgumentException"><paramref name="f"/> returned null or outputs of different lengths.</exception>
    public static double[,] NumericalJacobian(Func<double[], double[]> f, double[] x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireFinitePoint(x);
        RequireStep(step);
        var outputs = Evaluate(f, (double[])x.Clone(), expectedLength: null).Length;
        var jacobian = new double[outputs, x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            var (plus, minus) = Neighbours(x[j], step);
            var high = Evaluate(f, Perturbed(x, j, plus), outputs);
            var low = Evaluate(f, Perturbed(x, j, minus), outputs);
            for (var i = 0; i < outputs; i++)
            {
                jacobian[i, j] = (high[i] - low[i]) / (plus - minus);
            }
        }

        return jacobian;
    }

    /// <summary>
    /// How far an analytic derivative is from a numerical one: <c>|a − n| / max(|a|, |n|)</c>, except that a
    /// difference of at most <see cref="AbsoluteFloor"/> counts as 0 (agreement), so coordinates that are both
    /// (nearly) zero are not judged on rounding noise. Non-finite inputs give +∞: they never agree.
    /// </summary>
    /// <param name="analytic">The derivative computed by the code under test.</param>
    /// <param name="numerical">The finite-difference estimate.</param>
    /// <returns>0 for agreement within the floor, otherwise a value in (0, 2], or +∞ for NaN or infinity.</returns>
    public static double RelativeError(double analytic, double numerical)
    {
        if (!double.IsFinite(analytic) || !double.IsFinite(numerical))
        {
            return double.PositiveInfinity;
        }

        var difference = Math.Abs(analytic - numerical);

        // Past the floor the larger magnitude is at least half the difference, so the division is safe.
        return difference <= AbsoluteFloor ? 0 : difference / Math.Max(Math.Abs(analytic), Math.Abs(numerical));
    }

    /// <summary>
    /// Compares an analytic gradient with the central-difference gradient at <paramref name="x"/>, coordinate by
    /// coordinate (see <see cref="RelativeError"/>). Both functions receive copies; <paramref name="x"/> is not modified.
    /// Assert on the result with <c>result.Should().Agree()</c> or test <see cref="GradientCheckResult.Agrees"/>.
    /// </summary>
    /// <param name="f">The scalar function.</param>
    /// <param name="gradient">The analytic gradient of <paramref name="f"/> under test.</param>
    /// <param name="x">The point; not modified.</param>
    /// <param name="step">The relative step, positive and finite.</param>
    /// <returns>Both gradients, the largest relative error and where it occurred.</returns>
    /// <exception cref="ArgumentException">The analytic gradient is null or its length differs from that of <paramref name="x"/>.</exception>
    public static GradientCheckResult Compare(Func<double[], double> f, Func<double[], double[]> gradient, double[] x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        RequireFinitePoint(x);
        RequireStep(step);
        var analytic = gradient((double[])x.Clone())
            ?? throw new ArgumentException("The analytic gradient function returned null.", nameof(gradient));
        if (analytic.Length != x.Length)
        {
            throw new ArgumentException(
                $"Length mismatch: the analytic gradient has {analytic.Length} entries but x has {x.Length} coordinates.",
                nameof(gradient));
        }

        analytic = (double[])analytic.Clone();
        var numerical = NumericalGradient(f, x, step);
        var (maxError, worstIndex) = (0.0, x.Length == 0 ? -1 : 0);
        for (var i = 0; i < x.Length; i++)
        {
            var error = RelativeError(analytic[i], numerical[i]);
            if (error > maxError)
            {
                (maxError, worstIndex) = (error, i);
            }
        }

        return new GradientCheckResult(analytic, numerical, maxError, worstIndex);
    }

    private static (double Plus, double Minus) Neighbours(double x, double step)
    {
        var h = step * Math.Max(1, Math.Abs(x));
        return (x + h, x - h);
    }

    private static double[] Perturbed(double[] x, int index, double value)
    {
        var copy = (double[])x.Clone();
        copy[index] = value;
        return copy;
    }

    private static double[] Evaluate(Func<double[], double[]> f, double[] point, int? expectedLength)
    {
        var value = f(point) ?? throw new ArgumentException("The function returned null.", nameof(f));
        if (expectedLength is { } length && value.Length != length)
        {
            throw new ArgumentException(
                $"The function returned {value.Length} outputs after returning {length} at x; the output length must not change.",
                nameof(f));
        }

        return value;
    }

    private static void RequireFinitePoint(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        for (var i = 0; i < x.Length; i++)
        {
            RequireFinite(x[i], nameof(x));
        }
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The point must be finite.");
        }
    }

    private static void RequireStep(double step)
    {
        if (!double.IsFinite(step) || step <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be positive and finite.");
        }
    }
}
