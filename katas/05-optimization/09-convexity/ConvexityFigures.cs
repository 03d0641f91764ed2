using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The convexity kata's figure: points and their projections computed by your <see cref="Convexity.ProjectOntoBall"/>,
/// <see cref="Convexity.ProjectOntoBox"/> and <see cref="Convexity.ProjectOntoSimplex"/> (read, don't edit).
/// </summary>
public static class ConvexityFigures
{
    private static readonly double[] Centre = [-3.2, 0.3];
    private const double Radius = 1.2;
    private static readonly double[] Lower = [2.4, -1.2];
    private static readonly double[] Upper = [4.4, 0.8];
    private static readonly double[][] BallPoints = [[-5.2, 1.8], [-1.4, 2.2], [-3.0, -2.2], [-3.6, 0.7]];
    private static readonly double[][] BoxPoints = [[5.4, 1.9], [3.0, -2.4], [1.7, 0.1], [3.4, 0.0]];
    private static readonly double[][] SimplexPoints = [[1.3, 1.2], [-0.7, 0.9], [1.5, -0.9], [0.2, 0.3]];

    /// <summary>Arrows from points to their projections onto the three sets.</summary>
    /// <returns>The plot.</returns>
    [Figure("projections", "Arrows from points x to their projections P(x), computed by your code: onto the ball of radius 1.2 (left) along the ray to the centre, onto the box [2.4, 4.4] × [−1.2, 0.8] (right) by clipping each coordinate — straight to an edge or into a corner — and onto the probability simplex, the segment from (1, 0) to (0, 1) (middle), by shifting both coordinates by the same τ and clipping at 0. Points already inside a set do not move, and every arrow x − P(x) makes an obtuse angle with the set.")]
    public static Plot Projections()
    {
        var arrows = new List<(string Label, double[] From, double[] To)>();
        var projections = new List<double[]>();
        void Add(double[][] points, Func<double[], double[]> project)
        {
            foreach (var x in points)
            {
                var p = project(x);
                projections.Add(p);
                if (!p.SequenceEqual(x))
                {
                    // A point inside the set does not move: no arrow.
                    arrows.Add((arrows.Count == 0 ? "x → P(x)" : "", x, p));
                }
            }
        }

        Add(BallPoints, x => Convexity.ProjectOntoBall(x, Centre, Radius));
        Add(BoxPoints, x => Convexity.ProjectOntoBox(x, Lower, Upper));
        Add(SimplexPoints, Convexity.ProjectOntoSimplex);

        var angles = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        Series[] sets =
        [
            new("the sets", [.. angles.Select(t => Centre[0] + (Radius * Math.Cos(t)))], [.. angles.Select(t => Centre[1] + (Radius * Math.Sin(t)))]),
            new("", [Lower[0], Upper[0], Upper[0], Lower[0], Lower[0]], [Lower[1], Lower[1], Upper[1], Upper[1], Lower[1]]),
            new("", [1, 0], [0, 1]),
        ];
        var all = BallPoints.Concat(BoxPoints).Concat(SimplexPoints).ToArray();
        return Charts.VectorDiagram(
            "Projections move each point to the nearest point of the set",
            [],
            points:
            [
                Series.Path("points x", all),
                Series.Path("projections P(x)", projections),
            ],
            guides: sets,
            notes: [("ball", [-4.2, 1.6]), ("box", [3.9, 0.9]), ("simplex", [0.55, 0.55])],
            muted: arrows,
            legend: Alignment.LowerLeft);
    }
}
