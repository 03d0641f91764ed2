using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The Gaussian elimination kata's figures, drawn from your <see cref="GaussianElimination.Solve"/> (read, don't edit).</summary>
public static class GaussianEliminationFigures
{
    /// <summary>A 2 × 2 system as two lines, and the crossing point your Solve finds.</summary>
    /// <returns>The plot.</returns>
    [Figure("two-lines", "Each equation of 2x₁ − x₂ = 1, x₁ + x₂ = 5 is a line of the plane; your Solve returns the one point on both, where they cross: x = (2, 3).")]
    public static Plot TwoLines()
    {
        double[,] a = { { 2, -1 }, { 1, 1 } };
        double[] b = [1, 5];
        var x = GaussianElimination.Solve(a, b);
        var x1 = Enumerable.Range(0, 101).Select(i => -1 + (i / 20.0)).ToArray();
        return Charts.CurvesWithPoints(
            $"Two equations, two lines: they cross at x = ({x[0]:0.###}, {x[1]:0.###})",
            "x₁",
            "x₂",
            [Series.Of("2x₁ − x₂ = 1", x1, t => (2 * t) - 1), Series.Of("x₁ + x₂ = 5", x1, t => 5 - t)],
            [],
            [new Series("Solve(A, b)", [x[0]], [x[1]])],
            squareUnits: true,
            corner: Alignment.UpperLeft);
    }

    /// <summary>Solutions for slightly wobbled right-hand sides, for two crossing lines and two nearly parallel ones.</summary>
    /// <returns>The plot.</returns>
    [Figure("conditioning", "Both systems have the solution (1, 1). Your Solve for 200 seeded right-hand sides b + δ with δ of size about 0.01: where the lines cross at a wide angle the solutions stay within about 0.01 of (1, 1); for the nearly parallel lines x₁ + x₂ = 2, x₁ + 1.05x₂ = 2.05 (drawn) they scatter along the lines, up to 0.7 away — dozens of times as far.")]
    public static Plot Conditioning()
    {
        double[,] wide = { { 1, 1 }, { 1, -1 } };
        double[,] narrow = { { 1, 1 }, { 1, 1.05 } };
        var data = new TestData(13);
        Series Solutions(string label, double[,] a)
        {
            // b = A·(1, 1), the row sums, wobbled by δ.
            var points = Enumerable.Range(0, 200).Select(_ =>
            {
                var delta = data.GaussianVector(2, 0, 0.01);
                return GaussianElimination.Solve(a, [a[0, 0] + a[0, 1] + delta[0], a[1, 0] + a[1, 1] + delta[1]]);
            });
            return Series.Path(label, points);
        }

        var x1 = Enumerable.Range(0, 101).Select(i => -0.5 + (i / 40.0)).ToArray();
        return Charts.CurvesWithPoints(
            "Nearly parallel lines: a small wobble in b moves the crossing far",
            "x₁",
            "x₂",
            [Series.Of("x₁ + x₂ = 2", x1, t => 2 - t), Series.Of("x₁ + 1.05x₂ = 2.05", x1, t => (2.05 - t) / 1.05)],
            [Solutions("solutions, nearly parallel lines", narrow), Solutions("solutions, lines crossing at 90°", wide)],
            squareUnits: true,
            corner: Alignment.UpperRight);
    }
}
