using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The projections kata's figures, drawn from your <see cref="Projections.OntoVector"/> (read, don't edit).</summary>
public static class ProjectionsFigures
{
    /// <summary>The vector v = (1, 3) of the figure.</summary>
    private static readonly double[] V = [1, 3];

    /// <summary>The direction u = (3, 1) of the line: v·u / u·u = 6/10, so p = 0.6·u = (1.8, 0.6).</summary>
    private static readonly double[] U = [3, 1];

    /// <summary>v, its projection p onto the line through u, and the residual v − p, perpendicular to the line.</summary>
    /// <returns>The plot.</returns>
    [Figure("onto-a-line", "The projection p = (v·u / u·u) u of v = (1, 3) onto the line through u = (3, 1), computed by your OntoVector: p lies on the line, and the residual v − p meets the line at a right angle — p is the point of the line closest to v.")]
    public static Plot OntoALine()
    {
        var p = Projections.OntoVector(V, U);
        double[] residual = [V[0] - p[0], V[1] - p[1]];
        return Charts.VectorDiagram(
            "The residual v − p meets the line at a right angle",
            [("u", [0, 0], U), ("v", [0, 0], V), ("p = (v·u / u·u) u", [0, 0], p), ("v − p", p, V)],
            lines: [("the line through u", [0, 0], U)],
            rightAngles: [(p, U, residual)],
            notes: [("u", U), ("v", V), ("p", [p[0], p[1] - 0.35])]);
    }
}
