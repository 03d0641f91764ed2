using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The diagonalisation kata's figures, drawn from your <see cref="Diagonalization.Reconstruct"/> and
/// <see cref="Diagonalization.Power"/> (read, don't edit).
/// </summary>
public static class DiagonalizationFigures
{
    /// <summary>Eigenvectors p₁ = (1, 0.25) and p₂ = (0.4, 1), not perpendicular, as the columns of P.</summary>
    private static readonly double[,] P = { { 1, 0.4 }, { 0.25, 1 } };

    /// <summary>Their eigenvalues: p₁ is stretched by 1.6, p₂ flipped and shrunk by −0.6.</summary>
    private static readonly double[] D = [1.6, -0.6];

    /// <summary>The Fibonacci matrix M = [[1, 1], [1, 0]]: Mᵏ = [[Fₖ₊₁, Fₖ], [Fₖ, Fₖ₋₁]].</summary>
    private static readonly double[,] Fibonacci = { { 1, 1 }, { 1, 0 } };

    /// <summary>A = P·diag(d)·P⁻¹ as a map of the plane, with the columns of P and their images.</summary>
    /// <returns>The plot.</returns>
    [Figure("eigenvectors", "A = P·diag(1.6, −0.6)·P⁻¹ from your Reconstruct, with p₁ = (1, 0.25) and p₂ = (0.4, 1): A shears the grid and turns the unit circle into a tilted ellipse, yet each column of P stays on its own line — Ap₁ = 1.6·p₁ points the same way, Ap₂ = −0.6·p₂ the opposite way. A wrong Reconstruct turns Ap off those lines.")]
    public static Plot Eigenvectors()
    {
        var a = Diagonalization.Reconstruct(P, D);
        double[] p1 = [P[0, 0], P[1, 0]];
        double[] p2 = [P[0, 1], P[1, 1]];
        return Charts.LinearMap(
            "In the basis of its eigenvectors, A only scales",
            a,
            [("Ap₁ = 1.6·p₁", Apply(a, p1)), ("p₁", p1), ("p₂", p2), ("Ap₂ = −0.6·p₂", Apply(a, p2))]);
    }

    /// <summary>|Fₖ₊₁/Fₖ − φ| from your Power, against the ratio |λ₂/λ₁|ᵏ of the eigenvalues.</summary>
    /// <returns>The plot.</returns>
    [Figure("fibonacci", "The ratio Fₖ₊₁/Fₖ of the entries of Mᵏ = Q·Λᵏ·Qᵀ from your Power (M = [[1, 1], [1, 0]]) approaches the golden ratio φ = λ₁, and the error falls on the line √5·|λ₂/λ₁|ᵏ = √5·φ⁻²ᵏ (dashed): Λᵏ shrinks the second eigenvalue's share by that factor each step, until rounding (10⁻¹⁶) stops it.")]
    public static Plot FibonacciRatio()
    {
        var phi = (1 + Math.Sqrt(5)) / 2;
        var ks = Enumerable.Range(1, 40).Select(k => (double)k).ToArray();
        var errors = ks.Select(k =>
        {
            var power = Diagonalization.Power(Fibonacci, (int)k);
            return Math.Abs((power[0, 0] / power[0, 1]) - phi);
        }).ToArray();
        return Charts.LogScaleWithReferences(
            "Fₖ₊₁/Fₖ → φ with error ∝ |λ₂/λ₁|ᵏ = φ⁻²ᵏ",
            "power k",
            "|Fₖ₊₁/Fₖ − φ|",
            [new Series("from your Power", ks, errors)],
            [Series.Of("√5·φ⁻²ᵏ", ks, k => Math.Sqrt(5) * Math.Pow(phi, -2 * k))],
            logX: false,
            markers: true);
    }

    private static double[] Apply(double[,] a, double[] x) => [(a[0, 0] * x[0]) + (a[0, 1] * x[1]), (a[1, 0] * x[0]) + (a[1, 1] * x[1])];
}
