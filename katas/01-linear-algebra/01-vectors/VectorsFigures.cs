using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The vectors kata's figures, drawn from your <see cref="Vectors"/> methods (read, don't edit).</summary>
public static class VectorsFigures
{
    /// <summary>v = (3, 1).</summary>
    private static readonly double[] V = [3, 1];

    /// <summary>w = (1, 2).</summary>
    private static readonly double[] W = [1, 2];

    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>v + w as the diagonal of the parallelogram, with w drawn from the tip of v.</summary>
    /// <returns>The plot.</returns>
    [Figure("addition", "v = (3, 1) and then w = (1, 2) placed at its tip end where your Add(v, w) ends: at the far corner of the parallelogram spanned by v and w. Walking w first and then v (dashed) reaches the same corner: v + w = w + v.")]
    public static Plot Addition()
    {
        var sum = Vectors.Add(V, W);
        return Charts.VectorDiagram(
            $"v + w = ({sum[0]:0.##}, {sum[1]:0.##}): head to tail, either way round",
            [("v", Origin, V), ("w, from the tip of v", V, Vectors.Add(V, W)), ("v + w", Origin, sum)],
            guides: [new Series("w, then v", [0, W[0], sum[0]], [0, W[1], sum[1]])]);
    }

    /// <summary>v − w as the arrow from the tip of w to the tip of v.</summary>
    /// <returns>The plot.</returns>
    [Figure("difference", "Your Subtract(v, w) = v − w, drawn from the tip of w, ends at the tip of v (w + (v − w) = v); drawn from the origin it is the same arrow moved, and w − v points the opposite way.")]
    public static Plot Difference()
    {
        var difference = Vectors.Subtract(V, W);
        return Charts.VectorDiagram(
            $"v − w = ({difference[0]:0.##}, {difference[1]:0.##}) goes from the tip of w to the tip of v",
            [
                ("v", Origin, V),
                ("w", Origin, W),
                ("v − w, from the tip of w", W, Vectors.Add(W, difference)),
                ("v − w, from the origin", Origin, difference),
                ("w − v", Origin, Vectors.Subtract(W, V)),
            ]);
    }

    /// <summary>Multiples c·v of one vector, all on the line through v.</summary>
    /// <returns>The plot.</returns>
    [Figure("scaling", "Your Scale(c, v) for v = (2, 1): 2v is twice as long, 0.5v half as long, and −1.5v points the other way, one and a half times as long — every multiple lies on the line through v (the arrows are drawn over each other, longest first).")]
    public static Plot Scaling()
    {
        double[] v = [2, 1];
        return Charts.VectorDiagram(
            "Scaling stretches along the line through v; c < 0 turns it round",
            [("2v", Origin, Vectors.Scale(2, v)), ("−1.5v", Origin, Vectors.Scale(-1.5, v)), ("v", Origin, v), ("0.5v", Origin, Vectors.Scale(0.5, v))],
            guides: [new Series("the line through v", [-4, 5], [-2, 2.5])]);
    }
}
