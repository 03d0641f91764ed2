using System.Numerics;
using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The numerical-differentiation kata's figure, drawn from your difference rules and complex step (read, don't edit).</summary>
public static class NumericalDifferentiationFigures
{
    /// <summary>The error of each rule for f = exp at x = 1 against h, log–log.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-step", "The error |D(h) − e| of your Forward, Central and ComplexStep for f = exp at x = 1, for h from 10⁻¹ to 10⁻¹⁶ on log–log axes. Right of the minimum truncation rules (slopes 1 and 2), left of it rounding (slope −1, the noise ε/h of subtracting nearly equal values); the minima sit near √ε ≈ 1.5·10⁻⁸ and ε^{1/3} ≈ 6·10⁻⁶ (dashed). The complex step subtracts nothing: once h²/6 is below ε it is exact to rounding for every smaller h (points with error exactly 0 are left out).")]
    public static Plot ErrorAgainstStep()
    {
        var hs = Enumerable.Range(0, 61).Select(k => Math.Pow(10, -1 - (k / 4.0))).ToArray();
        var plot = Charts.ErrorAgainstStep(
            "Truncation against rounding: the best h is √ε for forward, ε^{1/3} for central",
            "step h", "error of the derivative at x = 1",
            [
                (Series.Of("forward", hs, h => Math.Abs(NumericalDifferentiation.Forward(Math.Exp, 1, h) - Math.E)), "√ε", Math.Sqrt(2.220446049250313e-16)),
                (Series.Of("central", hs, h => Math.Abs(NumericalDifferentiation.Central(Math.Exp, 1, h) - Math.E)), "ε^{1/3}", Math.Cbrt(2.220446049250313e-16)),
                (Series.Of("complex step", hs, h => Math.Abs(NumericalDifferentiation.ComplexStep(Complex.Exp, 1, h) - Math.E)), "complex step: ε-exact below h ≈ √(6ε)", Math.Sqrt(6 * 2.220446049250313e-16)),
            ]);
        FigureStyle.Legend(plot, Alignment.LowerLeft); // the lower left corner (tiny h, tiny error) holds no data
        return plot;
    }
}
