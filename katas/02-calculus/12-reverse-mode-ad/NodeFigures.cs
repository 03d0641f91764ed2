using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The reverse-mode kata's figures, drawn from your <see cref="Node"/> graph and <see cref="Node.Backward"/>
/// (read, don't edit).
/// </summary>
public static class NodeFigures
{
    /// <summary>The lesson's f(a, b) = (a + b)·b.</summary>
    private static double F(double a, double b) => (a + b) * b;

    /// <summary>(ā, b̄) after one backward sweep of f = (a + b)·b from the leaves a and b.</summary>
    private static (double[] From, double[] To) Arrow(double a, double b, double scale)
    {
        var (na, nb) = (new Node(a), new Node(b));
        var f = (na + nb) * nb;
        f.Backward();
        return ([a, b], [a + (scale * na.Gradient), b + (scale * nb.Gradient)]);
    }

    /// <summary>The gradient field of (a + b)·b, one backward sweep per arrow.</summary>
    /// <returns>The plot.</returns>
    [Figure("gradient-field", "The contours of the lesson's f(a, b) = (a + b)·b and, at each grid point, the gradient (ā, b̄) = (∂f/∂a, ∂f/∂b) that one Backward of your graph leaves in a.Gradient and b.Gradient (arrows scaled by 0.12). At the lesson's point (2, 3) it is (3, 8). Every arrow is perpendicular to its contour, as a gradient must be; b̄ = a + 2b collects two contributions because b is used twice.")]
    public static Plot GradientField()
    {
        const double scale = 0.12;
        var field = new List<(double[] From, double[] To)>();
        for (var i = -3; i <= 3; i++)
        {
            for (var j = -3; j <= 3; j++)
            {
                if ((i, j) != (2, 3))
                {
                    field.Add(Arrow(i, j, scale));
                }
            }
        }

        var lesson = Arrow(2, 3, scale);
        var (a, b) = (lesson.To[0] - 2, lesson.To[1] - 3);
        return Charts.ContoursWithVectors(
            "One backward sweep per arrow: ∇f, perpendicular to the contours",
            F, (-3.8, 3.8), (-3.8, 4.4), [],
            [("0.12·(ā, b̄)", field), ($"at (2, 3): (ā, b̄) = ({a / scale:0.##}, {b / scale:0.##})", [lesson])],
            [],
            ("the level set f = 15 through (2, 3)", [15]), levels: 24, legend: Alignment.LowerRight, xLabel: "a", yLabel: "b");
    }
}
