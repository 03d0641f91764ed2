using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The power-iteration kata's figures, drawn from your <see cref="PowerIteration.Dominant"/>,
/// <see cref="PowerIteration.Top"/> and <see cref="PowerIteration.RayleighQuotient"/> (read, don't edit).
/// </summary>
public static class PowerIterationFigures
{
    /// <summary>A symmetric A = [[1, 0.2], [0.2, 0.85]]: λ₁ ≈ 1.139, λ₂ ≈ 0.711, so |λ₂/λ₁| ≈ 0.62.</summary>
    private static readonly double[,] A = { { 1, 0.2 }, { 0.2, 0.85 } };

    /// <summary>A start close to v₂ (at 110°), so the turn towards v₁ takes several steps.</summary>
    private static readonly double[] Start = [Math.Cos(110 * Math.PI / 180), Math.Sin(110 * Math.PI / 180)];

    /// <summary>The normalised iterates x₀ … xₖ on the unit circle, and the eigenvector v₁ they turn towards.</summary>
    /// <returns>The plot.</returns>
    [Figure("iterates", "The normalised iterates xₖ₊₁ = Axₖ/‖Axₖ‖ of A = [[1, 0.2], [0.2, 0.85]] walk along the unit circle from x₀ (near v₂) to the dominant eigenvector v₁ that your Dominant returns; the steps shrink, each by about |λ₂/λ₁| ≈ 0.62.")]
    public static Plot Iterates()
    {
        var dominant = PowerIteration.Dominant(A);
        var v1 = dominant.Vector;
        var iterates = Iterate(12);
        var angles = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        var circle = new Series("unit circle", angles.Select(Math.Cos).ToArray(), angles.Select(Math.Sin).ToArray());
        return Charts.VectorDiagram(
            "Each multiplication by A turns xₖ further towards v₁",
            [("v₁ from your Dominant", [0, 0], v1)],
            points: [Series.Path("xₖ, k = 0 … 12", iterates)],
            guides: [circle],
            lines: [("the line of v₁", [0, 0], v1)],
            notes: [("x₀", iterates[0]), ("x₁", iterates[1]), ("x₂", iterates[2]), ("x₃", iterates[3])],
            legend: Alignment.LowerLeft);
    }

    /// <summary>The error of xₖ and of the Rayleigh quotient per iteration, against the slopes |λ₂/λ₁|ᵏ and |λ₂/λ₁|²ᵏ.</summary>
    /// <returns>The plot.</returns>
    [Figure("convergence", "Per iteration k, the angle error sin∠(xₖ, v₁) against v₁ from your Dominant falls on a straight line of slope |λ₂/λ₁| ≈ 0.62 per step (dashed, λ₁ and λ₂ from your Top), and the eigenvalue error |r(xₖ) − λ₁| of your RayleighQuotient twice as fast on this scale, like |λ₂/λ₁|²ᵏ (dotted), because A is symmetric. The angle error levels off near 10⁻¹², the accuracy of v₁ itself (Dominant stops at a relative residual of 10⁻¹²); the eigenvalue error, quadratic in the angle, reaches rounding level 10⁻¹⁶.")]
    public static Plot Convergence()
    {
        var dominant = PowerIteration.Dominant(A);
        var top = PowerIteration.Top(A, 2);
        var ratio = Math.Abs(top[1].Value / top[0].Value);
        var v1 = dominant.Vector;
        const int steps = 75;
        var iterates = Iterate(steps);
        var ks = Enumerable.Range(0, steps + 1).Select(k => (double)k).ToArray();
        var angle = iterates.Select(x => Math.Abs((x[0] * v1[1]) - (x[1] * v1[0]))).ToArray();
        var value = iterates.Select(x => Math.Abs(PowerIteration.RayleighQuotient(A, x) - dominant.Value)).ToArray();
        return Charts.LogScaleWithReferences(
            $"The error shrinks by |λ₂/λ₁| ≈ {ratio:0.00} per step: a straight line",
            "iteration k",
            "error",
            [new Series("sin∠(xₖ, v₁)", ks, angle), new Series("|r(xₖ) − λ₁|", ks, value)],
            [Series.Of("∝ |λ₂/λ₁|ᵏ", ks, k => Reference(angle[Anchor] * Math.Pow(ratio, k - Anchor))), Series.Of("∝ |λ₂/λ₁|²ᵏ", ks, k => Reference(value[Anchor] * Math.Pow(ratio, 2 * (k - Anchor))))],
            logX: false,
            markers: true);
    }

    /// <summary>The iteration where the reference slopes are pinned to the measured errors (past the first, not yet asymptotic, steps).</summary>
    private const int Anchor = 10;

    /// <summary>A reference value, left out below rounding level so that it does not stretch the axis.</summary>
    private static double Reference(double value) => value >= 1e-17 ? value : double.NaN;

    /// <summary>x₀ = the start, xₖ₊₁ = Axₖ / ‖Axₖ‖.</summary>
    private static List<double[]> Iterate(int steps)
    {
        var iterates = new List<double[]> { Start };
        for (var k = 0; k < steps; k++)
        {
            var x = iterates[^1];
            double[] y = [(A[0, 0] * x[0]) + (A[0, 1] * x[1]), (A[1, 0] * x[0]) + (A[1, 1] * x[1])];
            var length = Math.Sqrt((y[0] * y[0]) + (y[1] * y[1]));
            iterates.Add([y[0] / length, y[1] / length]);
        }

        return iterates;
    }
}
