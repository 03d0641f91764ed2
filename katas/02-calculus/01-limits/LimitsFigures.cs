using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The limits kata's figures, drawn from your <see cref="Limits.FromLeft"/> and <see cref="Limits.FromRight"/>: the
/// points they sample and the limits they report (read, don't edit).
/// </summary>
public static class LimitsFigures
{
    /// <summary>The figures' function with a jump at a = 1: x²/2 on the left, 2 − (x − 1)/2 on the right.</summary>
    private static double Step(double x) => x < 1 ? x * x / 2 : 2 - ((x - 1) / 2);

    /// <summary>(1 − cos x)/x², undefined (0/0) at 0 and tending to ½ there.</summary>
    private static double CosineQuotient(double x) => (1 - Math.Cos(x)) / (x * x);

    /// <summary>The jump of <see cref="Step"/> at 1: the left samples head for ½, the right ones for 2.</summary>
    /// <returns>The plot.</returns>
    [Figure("jump", "f(x) = x²/2 for x < 1 and 2 − (x − 1)/2 for x ≥ 1. The points are the samples f(1 − h) and f(1 + h) your FromLeft and FromRight took, crowding towards a = 1; the dashed levels are the limits they report, L⁻ = ½ and L⁺ = 2. They differ, so f has a jump and lim f(x) at 1 does not exist.")]
    public static Plot Jump() => Draw("The samples head for two heights: L⁻ ≠ L⁺, a jump", Step, 1, (0, 2), Alignment.LowerRight);

    /// <summary>The removable singularity of <see cref="CosineQuotient"/> at 0: both sides head for ½.</summary>
    /// <returns>The plot.</returns>
    [Figure("hole", "(1 − cos x)/x² is 0/0 at x = 0, but your samples from both sides, and the limits FromLeft and FromRight extrapolate from them, agree on ½: the hole is removable and lim f(x) = ½.")]
    public static Plot Hole() => Draw("0/0 at x = 0, yet both sides agree: the limit is ½", CosineQuotient, 0, (-1.5, 1.5), Alignment.LowerCenter);

    private static Plot Draw(string title, Func<double, double> f, double a, (double Low, double High) xRange, Alignment legend)
    {
        var (leftXs, leftYs, rightXs, rightYs) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        double Recording(double x, List<double> xs, List<double> ys)
        {
            var y = f(x);
            if (double.IsFinite(y))
            {
                xs.Add(x);
                ys.Add(y);
            }

            return y;
        }

        var left = Limits.FromLeft(x => Recording(x, leftXs, leftYs), a);
        var right = Limits.FromRight(x => Recording(x, rightXs, rightYs), a);
        return Charts.OneSidedLimits(
            title, f, a, xRange,
            new Series($"FromLeft's samples f({a} − h)", [.. leftXs], [.. leftYs]),
            new Series($"FromRight's samples f({a} + h)", [.. rightXs], [.. rightYs]),
            left, right, legend);
    }
}
