namespace MathForML.Verification;

/// <summary>The outcome of <see cref="GradientCheck.Compare"/>.</summary>
/// <param name="Analytic">The gradient computed by the code under test.</param>
/// <param name="Numerical">The central-difference gradient.</param>
/// <param name="MaxRelativeError">The largest <see cref="GradientCheck.RelativeError"/> over all coordinates (0 when there are none).</param>
/// <param name="WorstIndex">The first coordinate with that error, or -1 for a zero-dimensional point.</param>
public sealed record GradientCheckResult(double[] Analytic, double[] Numerical, double MaxRelativeError, int WorstIndex)
{
    /// <summary>Whether every coordinate agrees within <paramref name="threshold"/> relative error.</summary>
    /// <param name="threshold">The largest acceptable relative error, non-negative.</param>
    /// <returns><see langword="true"/> when <see cref="MaxRelativeError"/> is at most the threshold.</returns>
    public bool Agrees(double threshold = GradientCheck.GoodAgreement)
    {
        GradientCheckAssertions.RequireThreshold(threshold);
        return MaxRelativeError <= threshold; // false for NaN
    }
}
