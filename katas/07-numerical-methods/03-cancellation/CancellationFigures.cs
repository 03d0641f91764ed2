using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The cancellation kata's figure, drawn from your <see cref="Cancellation.Log1p"/>, <see cref="Cancellation.Expm1"/> and <see cref="Cancellation.QuadraticRoots"/> (read, don't edit).</summary>
public static class CancellationFigures
{
    /// <summary>How many digits the naive formulas lose, measured against your stable ones.</summary>
    /// <returns>The plot.</returns>
    [Figure("digits-lost", "The relative difference between each naive formula and your stable one, for x from 10⁻¹ down to 10⁻¹⁸: Math.Log(1 + x) against your Log1p(x), Math.Exp(x) − 1 against your Expm1(x), and the textbook small root (−b + √(b² − 4))/2 of x² + bx + 1 with b = 2/x against your QuadraticRoots. All three lose digits like ε/x (dashed): at x = 10⁻⁸ half the digits are gone, and below ε (where 1 + x rounds to 1) the naive log1p and expm1 return 0, 100 % wrong.")]
    public static Plot DigitsLost()
    {
        const double epsilon = 2.220446049250313e-16;
        var xs = Enumerable.Range(0, 171).Select(i => Math.Pow(10, -1 - (i / 10.0))).ToArray();
        double Relative(double naive, double stable) => Math.Abs(naive - stable) / Math.Abs(stable);
        double NaiveSmallRoot(double x)
        {
            var b = 2 / x;
            return (-b + Math.Sqrt((b * b) - 4)) / 2;
        }

        return Charts.LogScaleWithReferences(
            "Naive formulas lose digits like ε/x as x → 0",
            "x", "relative error of the naive formula",
            [
                Series.Of("Math.Log(1 + x) vs your Log1p", xs, x => Relative(Math.Log(1 + x), Cancellation.Log1p(x))),
                Series.Of("Math.Exp(x) − 1 vs your Expm1", xs, x => Relative(Math.Exp(x) - 1, Cancellation.Expm1(x))),
                Series.Of("textbook small root of x² + (2/x)·x + 1", xs, x => Relative(NaiveSmallRoot(x), Cancellation.QuadraticRoots(1, 2 / x, 1).Larger)),
            ],
            [Series.Of("ε/x", xs, x => Math.Min(1, epsilon / x))],
            legend: Alignment.UpperRight);
    }
}
