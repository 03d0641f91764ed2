using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The derivatives kata's figures, drawn from your <see cref="Derivatives.ForwardDifference"/>,
/// <see cref="Derivatives.CentralDifference"/>, <see cref="Derivatives.PolynomialDerivative"/> and
/// <see cref="Derivatives.EvaluatePolynomial"/> (read, don't edit).
/// </summary>
public static class DerivativesFigures
{
    /// <summary>p(x) = 1 − x + x³/3 + x⁴/8 in ascending powers: curved enough at −0.5 for the chords to differ.</summary>
    private static readonly double[] P = [1, -1, 0, 1.0 / 3, 1.0 / 8];

    /// <summary>The error of both quotients for sin′(1) = cos 1 against h, from 1 down to 10⁻¹⁶.</summary>
    /// <returns>The plot.</returns>
    [Figure("step-size-error", "The error of your ForwardDifference and CentralDifference for sin′(1) = cos 1 against the step h. Right of each minimum the truncation error (∝ h, ∝ h²) dominates, left of it the rounding error ε/h; the dashed lines are the predicted best steps √ε ≈ 1.5·10⁻⁸ and ε^(1/3) ≈ 6·10⁻⁶, and the central difference's best error is about a thousand times smaller.")]
    public static Plot StepSizeError()
    {
        var steps = Enumerable.Range(0, 161).Select(i => Math.Pow(10, -16 + (i / 10.0))).ToArray();
        var exact = Math.Cos(1);
        var forward = Series.Of("forward: error ≈ h/2·|f″| + ε/h", steps, h => Math.Abs(Derivatives.ForwardDifference(Math.Sin, 1, h) - exact));
        var central = Series.Of("central: error ≈ h²/6·|f‴| + ε/h", steps, h => Math.Abs(Derivatives.CentralDifference(Math.Sin, 1, h) - exact));
        return Charts.ErrorAgainstStep(
            "The error is a V: best h ≈ √ε (forward), ε^(1/3) (central)", "step h", "|error| of the slope of sin at 1",
            [(forward, "√ε ≈ 1.5e-8", Math.Sqrt(Math.Pow(2, -52))), (central, "ε^(1/3) ≈ 6.1e-6", Math.Cbrt(Math.Pow(2, -52)))]);
    }

    /// <summary>The tangent of p at −0.5 and the two chords with h = 0.6 whose slopes the quotients compute.</summary>
    /// <returns>The plot.</returns>
    [Figure("chords", "p(x) = 1 − x + x³/3 + x⁴/8 near x = −0.5 with a large step h = 0.6. The tangent's slope p′(−0.5) comes from your PolynomialDerivative and EvaluatePolynomial; the forward chord, through x and x + h, is tilted by the curvature, while the central chord, through x − h and x + h, is almost parallel to it.")]
    public static Plot Chords()
    {
        const double x0 = -0.5;
        const double h = 0.6;
        double Poly(double x) => Derivatives.EvaluatePolynomial(P, x);
        var y0 = Poly(x0);
        var slope = Derivatives.EvaluatePolynomial(Derivatives.PolynomialDerivative(P), x0);
        var forward = Derivatives.ForwardDifference(Poly, x0, h);
        var central = Derivatives.CentralDifference(Poly, x0, h);
        var xs = Enumerable.Range(0, 201).Select(i => -1.7 + (2.3 * i / 200)).ToArray();
        return Charts.FunctionWithApproximations(
            "The central chord is nearly parallel to the tangent", "x", "p(x)",
            Series.Of("p(x)", xs, Poly),
            [
                Series.Of($"tangent at x = −0.5: slope p′(x) = {slope:0.000}", xs, x => y0 + (slope * (x - x0))),
                Series.Of($"forward chord through x, x + h: slope {forward:0.000}", xs, x => y0 + (forward * (x - x0))),
                Series.Of($"central chord through x ± h: slope {central:0.000}", xs, x => Poly(x0 - h) + (central * (x - (x0 - h)))),
            ],
            (0.2, 2.7));
    }
}
