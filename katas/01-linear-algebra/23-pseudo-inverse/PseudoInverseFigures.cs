using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The pseudo-inverse kata's figures, drawn from your <see cref="PseudoInverse.MinimumNormSolution"/> (read, don't edit).
/// </summary>
public static class PseudoInverseFigures
{
    /// <summary>One equation in two unknowns: x₁ + x₂ = 2.</summary>
    private static readonly double[,] A = { { 1, 1 } };

    /// <summary>The right-hand side b = (2).</summary>
    private static readonly double[] B = [2];

    /// <summary>The line of solutions of x₁ + x₂ = 2, the minimum-norm one and two longer ones.</summary>
    /// <returns>The plot.</returns>
    [Figure("minimum-norm", "Every point of the dotted line solves x₁ + x₂ = 2; your MinimumNormSolution picks x = A⁺b = (1, 1), the foot of the perpendicular from 0 — the smallest circle around the origin that touches the line (dashed) touches it there. Other solutions, such as (2, 0) and (−0.5, 2.5), differ from it by a null-space vector along (1, −1) and are longer.")]
    public static Plot MinimumNorm()
    {
        var x = PseudoInverse.MinimumNormSolution(A, B);
        var radius = Math.Sqrt((x[0] * x[0]) + (x[1] * x[1]));
        var ts = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        var circle = new Series("‖x‖ = ‖A⁺b‖", ts.Select(t => radius * Math.Cos(t)).ToArray(), ts.Select(t => radius * Math.Sin(t)).ToArray());
        double[] direction = [-1, 1];
        return Charts.VectorDiagram(
            "A⁺b is the solution closest to the origin",
            [("x = A⁺b, your MinimumNormSolution", [0, 0], x), ("another solution, (2, 0)", [0, 0], [2, 0]), ("another solution, (−0.5, 2.5)", [0, 0], [-0.5, 2.5])],
            guides: [circle],
            lines: [("solutions of x₁ + x₂ = 2", [2, 0], direction)],
            rightAngles: [(x, direction, [-x[0], -x[1]])],
            notes: [("A⁺b", x)],
            legend: Alignment.UpperRight);
    }
}
