using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The determinant kata's figures, drawn from your <see cref="Determinants"/> methods, with the matrix–vector product
/// of <see cref="MatrixOperations"/> (read, don't edit).
/// </summary>
public static class DeterminantsFigures
{
    /// <summary>A = [[2, 1], [0, 1]], the lesson's example.</summary>
    private static readonly double[,] A = { { 2, 1 }, { 0, 1 } };

    /// <summary>A mirrored in the x₂-axis: [[−2, −1], [0, 1]].</summary>
    private static readonly double[,] Mirrored = { { -2, -1 }, { 0, 1 } };

    /// <summary>A singular matrix, whose second column is twice the first: [[1, 2], [0.5, 1]].</summary>
    private static readonly double[,] Singular = { { 1, 2 }, { 0.5, 1 } };

    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>The unit square and its image under A, a parallelogram of area |det A|.</summary>
    /// <returns>The plot.</returns>
    [Figure("area", "A = [[2, 1], [0, 1]] maps the unit square (dashed, area 1) to the parallelogram spanned by its columns (2, 0) and (1, 1); its area 2 is your ByLu(A) (and ByCofactors), and every cell of the grid grows by the same factor.")]
    public static Plot Area() => Charts.PlaneUnderMaps(
        $"A maps the unit square to a parallelogram of area |det A| = {Math.Abs(Determinants.ByLu(A)):0.###}",
        [($"the unit square under A: ByLu = {Determinants.ByLu(A):0.###}, ByCofactors = {Determinants.ByCofactors(A):0.###}", x => MatrixOperations.Multiply(A, x))],
        [("Ae₁, column 1", Origin, MatrixOperations.Multiply(A, [1.0, 0])), ("Ae₂, column 2", Origin, MatrixOperations.Multiply(A, [0, 1.0]))]);

    /// <summary>A, its mirror image and a singular matrix: the sign says whether the square was flipped, zero that it was flattened.</summary>
    /// <returns>The plot.</returns>
    [Figure("sign-and-collapse", "The unit square under A = [[2, 1], [0, 1]], under its mirror image [[−2, −1], [0, 1]] and under the singular [[1, 2], [0.5, 1]], with your ByLu of each: the mirror has the same area but det = −2 (orientation flipped), and the singular matrix squashes the square onto a segment, det = 0.")]
    public static Plot SignAndCollapse() => Charts.PlaneUnderMaps(
        "det > 0 keeps the orientation, det < 0 flips it, det = 0 flattens",
        [
            ($"under A: det = {Determinants.ByLu(A):0.###}", x => MatrixOperations.Multiply(A, x)),
            ($"under the mirror of A: det = {Determinants.ByLu(Mirrored):0.###}", x => MatrixOperations.Multiply(Mirrored, x)),
            ($"under a singular matrix: det = {Determinants.ByLu(Singular):0.###}", x => MatrixOperations.Multiply(Singular, x)),
        ],
        mapGrids: false);
}
