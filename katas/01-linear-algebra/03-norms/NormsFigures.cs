using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The norms kata's figures, drawn from your <see cref="Norms"/> methods (read, don't edit).</summary>
public static class NormsFigures
{
    /// <summary>The unit balls of L1, L2, p = 3 and L∞, from your norm functions.</summary>
    /// <returns>The plot.</returns>
    [Figure("unit-balls", "The points of norm 1, found along 720 rays from the origin by dividing a direction u by its norm: your L1 gives the diamond |x₁| + |x₂| = 1, L2 the circle, PNorm with p = 3 a rounded square, and LInfinity the square max(|x₁|, |x₂|) = 1. A larger p gives a larger ball, because it gives a smaller norm.")]
    public static Plot UnitBalls() => Charts.UnitBalls(
        "Unit balls: diamond (L1) ⊂ circle (L2) ⊂ p = 3 ⊂ square (L∞)",
        [("L1", Norms.L1), ("L2", Norms.L2), ("PNorm, p = 3", v => Norms.PNorm(v, 3)), ("LInfinity", Norms.LInfinity)]);

    /// <summary>‖v‖ₚ against p for one vector: it falls from the L1 norm towards the L∞ norm.</summary>
    /// <returns>The plot.</returns>
    [Figure("p-norm-against-p", "Your PNorm of v = (3, −4, 1, 2) for p from 1 to 16 falls from ‖v‖₁ = 10 through ‖v‖₂ = √30 ≈ 5.48 towards ‖v‖∞ = 4, the largest |vᵢ| (dashed lines: your L1, L2 and LInfinity): as p grows, the largest entry takes over.")]
    public static Plot PNormAgainstP()
    {
        double[] v = [3, -4, 1, 2];
        var ps = Enumerable.Range(0, 151).Select(i => 1 + (i / 10.0)).ToArray();
        Series Level(string label, double value) => new(label, [1, 16], [value, value]);
        return Charts.CurvesWithPoints(
            "‖v‖ₚ falls from ‖v‖₁ towards ‖v‖∞ as p grows",
            "p",
            "‖v‖ₚ",
            [Series.Of("PNorm(v, p)", ps, p => Norms.PNorm(v, p))],
            [],
            [new Series($"p = 2: {Norms.PNorm(v, 2):0.###}", [2], [Norms.PNorm(v, 2)])],
            [Level($"L1 = {Norms.L1(v):0.##}", Norms.L1(v)), Level($"L2 = {Norms.L2(v):0.###}", Norms.L2(v)), Level($"LInfinity = {Norms.LInfinity(v):0.##}", Norms.LInfinity(v))]);
    }
}
