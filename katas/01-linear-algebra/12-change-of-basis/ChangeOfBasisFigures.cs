using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The change of basis kata's figures, drawn from your <see cref="ChangeOfBasis"/> methods, with the scaling of
/// <see cref="Vectors"/> (read, don't edit).
/// </summary>
public static class ChangeOfBasisFigures
{
    /// <summary>The basis b₁ = (1, 0), b₂ = (1, 1) of the lesson.</summary>
    private static readonly double[][] Basis = [[1, 0], [1, 1]];

    /// <summary>A second basis, c₁ = (1, 1), c₂ = (−1, 1).</summary>
    private static readonly double[][] Other = [[1, 1], [-1, 1]];

    /// <summary>v = (3, 1).</summary>
    private static readonly double[] V = [3, 1];

    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>The grid of the basis B drawn by your FromCoordinates, and v reached by the steps your Coordinates gives.</summary>
    /// <returns>The plot.</returns>
    [Figure("coordinates", "The grid of the basis b₁ = (1, 0), b₂ = (1, 1): your FromCoordinates(B, c) for every point c of the standard grid (grey), a grid of slanted parallelograms. v = (3, 1) is reached by walking c₁ steps along b₁ and then c₂ steps along b₂, with c = Coordinates(B, v) = (2, 1).")]
    public static Plot Coordinates()
    {
        var c = ChangeOfBasis.Coordinates(Basis, V);
        var first = Vectors.Scale(c[0], Basis[0]);
        return Charts.PlaneUnderMaps(
            $"In the basis b₁, b₂ the vector v = (3, 1) has coordinates ({c[0]:0.###}, {c[1]:0.###})",
            [("the cell of b₁, b₂", p => ChangeOfBasis.FromCoordinates(Basis, p))],
            [
                ($"c₁·b₁ = {c[0]:0.###}·b₁", Origin, first),
                ($"then c₂·b₂ = {c[1]:0.###}·b₂", first, Vectors.Add(first, Vectors.Scale(c[1], Basis[1]))),
                ("b₁", Origin, Basis[0]),
                ("b₂", Origin, Basis[1]),
                ("v", Origin, V),
            ],
            lines: (-1, 3),
            corner: Alignment.LowerRight);
    }

    /// <summary>The same vector in two bases: the change-of-basis matrix turns one list of coordinates into the other.</summary>
    /// <returns>The plot.</returns>
    [Figure("two-bases", "The grids of two bases, b₁ = (1, 0), b₂ = (1, 1) (blue) and c₁ = (1, 1), c₂ = (−1, 1) (orange), drawn by your FromCoordinates. The same v = (3, 1) has coordinates (2, 1) in the first and (2, −1) in the second, and your ChangeOfBasisMatrix M turns the first list into the second: M·(2, 1) = (2, −1).")]
    public static Plot TwoBases()
    {
        var inB = ChangeOfBasis.Coordinates(Basis, V);
        var inC = ChangeOfBasis.Coordinates(Other, V);
        var converted = MatrixOperations.Multiply(ChangeOfBasis.ChangeOfBasisMatrix(Basis, Other), inB);
        var viaC = Vectors.Scale(inC[0], Other[0]);
        return Charts.PlaneUnderMaps(
            $"One vector, two lists: [v]_B = ({inB[0]:0.##}, {inB[1]:0.##}), M·[v]_B = ({converted[0]:0.##}, {converted[1]:0.##}) = [v]_C",
            [
                ("the cell of b₁, b₂", p => ChangeOfBasis.FromCoordinates(Basis, p)),
                ("the cell of c₁, c₂", p => ChangeOfBasis.FromCoordinates(Other, p)),
            ],
            [
                ($"{inC[0]:0.##}·c₁", Origin, viaC),
                ($"then {inC[1]:0.##}·c₂", viaC, Vectors.Add(viaC, Vectors.Scale(inC[1], Other[1]))),
                ("v = (3, 1)", Origin, V),
            ],
            lines: (-1, 3),
            corner: Alignment.LowerRight);
    }
}
