using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The orthogonal-matrices kata's figures, drawn from your <see cref="OrthogonalMatrices.Rotation2D"/> and
/// <see cref="OrthogonalMatrices.Reflection"/> (read, don't edit).
/// </summary>
public static class OrthogonalMatricesFigures
{
    /// <summary>The corners of a letter F (no mirror symmetry, so a reflection shows), traced as one path.</summary>
    private static readonly double[][] LetterF =
    [
        [0.2, 0.1], [0.2, 0.9], [0.7, 0.9], [0.7, 0.78], [0.32, 0.78], [0.32, 0.56], [0.6, 0.56], [0.6, 0.44], [0.32, 0.44], [0.32, 0.1], [0.2, 0.1],
    ];

    /// <summary>The mirror's normal n = (1, −2): the mirror is the line through 0 along (2, 1).</summary>
    private static readonly double[] Normal = [1, -2];

    /// <summary>The letter F turned by R(60°) and mirrored by the Householder reflection H across the line ⟂ n.</summary>
    /// <returns>The plot.</returns>
    [Figure("rotation-and-reflection", "A letter F, turned by R(60°) from your Rotation2D and mirrored by H = I − 2nnᵀ/(nᵀn) from your Reflection: neither changes a length or an angle, so both copies have the F's exact shape and size (compare with the unit circle). The rotation keeps the orientation (det R = +1); the mirror image, reflected across the line perpendicular to n, reads backwards (det H = −1).")]
    public static Plot RotationAndReflection()
    {
        var r = OrthogonalMatrices.Rotation2D(Math.PI / 3);
        var h = OrthogonalMatrices.Reflection(Normal);
        var angles = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        var circle = new Series("unit circle", angles.Select(Math.Cos).ToArray(), angles.Select(Math.Sin).ToArray());
        var length = Math.Sqrt((Normal[0] * Normal[0]) + (Normal[1] * Normal[1]));
        double[] unitNormal = [0.6 * Normal[0] / length, 0.6 * Normal[1] / length];
        return Charts.VectorDiagram(
            "Rotation and reflection move the F without stretching it",
            [("mirror normal n", [0, 0], unitNormal)],
            curves: [Series.Path("F", LetterF), Series.Path("R(60°)·F", LetterF.Select(p => Apply(r, p))), Series.Path("H·F, mirrored", LetterF.Select(p => Apply(h, p)))],
            guides: [circle],
            lines: [("mirror, perpendicular to n", [0, 0], [-Normal[1], Normal[0]])],
            legend: Alignment.LowerRight);
    }

    private static double[] Apply(double[,] a, double[] x) => [(a[0, 0] * x[0]) + (a[0, 1] * x[1]), (a[1, 0] * x[0]) + (a[1, 1] * x[1])];
}
