using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The cross product kata's figures, drawn from your <see cref="CrossProduct.Cross"/> (read, don't edit).</summary>
public static class CrossProductFigures
{
    /// <summary>a × b as b turns around a in the x₁x₂-plane: the area ‖a × b‖ and the signed third entry.</summary>
    /// <returns>The plot.</returns>
    [Figure("area-against-angle", "a = (2, 0, 0) and b = 1.5·(cos θ, sin θ, 0) turning in the x₁x₂-plane: your Cross(a, b) points along e₃, its length (your L2, dots) is the parallelogram area ‖a‖‖b‖ sin θ = 3 sin θ — largest at 90°, zero when a and b are parallel — and its third entry turns negative past 180°, where b has passed to the other side of a.")]
    public static Plot AreaAgainstAngle()
    {
        double[] a = [2, 0, 0];
        var degrees = Enumerable.Range(0, 361).Select(d => (double)d).ToArray();
        var tens = Enumerable.Range(0, 37).Select(d => 10.0 * d).ToArray();
        double[] Cross(double d) => CrossProduct.Cross(a, [1.5 * Math.Cos(d * Math.PI / 180), 1.5 * Math.Sin(d * Math.PI / 180), 0]);
        return Charts.CurvesWithPoints(
            "‖a × b‖ = ‖a‖‖b‖ sin θ: the parallelogram's area",
            "angle θ from a to b (degrees)",
            "value",
            [
                new Series("(a × b)₃", degrees, degrees.Select(d => Cross(d)[2]).ToArray()),
                new Series("max(|(a × b)₁|, |(a × b)₂|)", degrees, degrees.Select(d => Math.Max(Math.Abs(Cross(d)[0]), Math.Abs(Cross(d)[1]))).ToArray()),
            ],
            [new Series("‖a × b‖ = area", tens, tens.Select(d => Norms.L2(Cross(d))).ToArray())],
            corner: Alignment.LowerLeft);
    }

    /// <summary>a × b is perpendicular to a and to b, up to rounding, for seeded random vectors.</summary>
    /// <returns>The plot.</returns>
    [Figure("perpendicular", "For 40 seeded pairs a, b in ℝ³ with entries up to 10, the dot products of your Cross(a, b) with a and with b (your Dot), relative to the lengths involved: 10⁻¹⁶ or exactly 0 (not drawn), rounding level — a × b is perpendicular to both — while the parallelogram area ‖a × b‖ itself is of order 1 to 100.")]
    public static Plot Perpendicular()
    {
        var data = new TestData(5);
        var pairs = Enumerable.Range(0, 40).Select(_ => (A: data.Vector(3, -10, 10), B: data.Vector(3, -10, 10))).ToArray();
        var index = Enumerable.Range(1, pairs.Length).Select(i => (double)i).ToArray();
        double Relative(double[] a, double[] b, double[] c) => Math.Abs(DotProduct.Dot(CrossProduct.Cross(a, b), c)) / (Norms.L2(a) * Norms.L2(b) * Norms.L2(c));
        var plot = Charts.LogScale(
            "a × b is perpendicular to a and b, up to rounding",
            "seeded pair",
            "value",
            [
                new Series("|(a × b)·a| / (‖a‖‖b‖‖a‖)", index, pairs.Select(p => Relative(p.A, p.B, p.A)).ToArray()),
                new Series("|(a × b)·b| / (‖a‖‖b‖‖b‖)", index, pairs.Select(p => Relative(p.A, p.B, p.B)).ToArray()),
                new Series("‖a × b‖ (area)", index, pairs.Select(p => Norms.L2(CrossProduct.Cross(p.A, p.B))).ToArray()),
            ],
            logX: false,
            markers: true);
        FigureStyle.Legend(plot, Alignment.MiddleRight);
        return plot;
    }
}
