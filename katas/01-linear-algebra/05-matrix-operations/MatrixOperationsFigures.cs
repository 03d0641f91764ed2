using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The matrix operations kata's figures, drawn from your <see cref="MatrixOperations"/> methods (read, don't edit).</summary>
public static class MatrixOperationsFigures
{
    /// <summary>A = [[2, −1], [1, 1]].</summary>
    private static readonly double[,] A = { { 2, -1 }, { 1, 1 } };

    /// <summary>A rotation by 90°, R = [[0, −1], [1, 0]].</summary>
    private static readonly double[,] R = { { 0, -1 }, { 1, 0 } };

    /// <summary>A shear, S = [[1, 1], [0, 1]].</summary>
    private static readonly double[,] S = { { 1, 1 }, { 0, 1 } };

    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>The plane under x ↦ Ax, every point mapped by your matrix–vector product.</summary>
    /// <returns>The plot.</returns>
    [Figure("matrix-as-map", "Every point of the grey grid mapped by your Multiply(A, x) for A = [[2, −1], [1, 1]]: lines stay straight and parallel, the unit square becomes a parallelogram, and the images Ae₁ = (2, 1) and Ae₂ = (−1, 1) of the basis vectors are the columns of A.")]
    public static Plot MatrixAsMap()
    {
        var e1 = MatrixOperations.Multiply(A, [1.0, 0]);
        var e2 = MatrixOperations.Multiply(A, [0, 1.0]);
        return Charts.PlaneUnderMaps(
            "x ↦ Ax: column j of A is where eⱼ lands",
            [("the unit square under A", x => MatrixOperations.Multiply(A, x))],
            [($"Ae₁ = ({e1[0]:0.##}, {e1[1]:0.##})", Origin, e1), ($"Ae₂ = ({e2[0]:0.##}, {e2[1]:0.##})", Origin, e2)]);
    }

    /// <summary>RS against SR: a rotation and a shear in the two orders.</summary>
    /// <returns>The plot.</returns>
    [Figure("order-matters", "The unit square under your products RS and SR of the rotation R by 90° and the shear S = [[1, 1], [0, 1]]: RS (first shear, then rotate) and SR (first rotate, then shear) put it in different places, so RS ≠ SR.")]
    public static Plot OrderMatters()
    {
        var rs = MatrixOperations.Multiply(R, S);
        var sr = MatrixOperations.Multiply(S, R);
        return Charts.PlaneUnderMaps(
            "RS ≠ SR: shear-then-rotate is not rotate-then-shear",
            [
                ("under S (the shear)", x => MatrixOperations.Multiply(S, x)),
                ("under RS: S first, then R", x => MatrixOperations.Multiply(rs, x)),
                ("under SR: R first, then S", x => MatrixOperations.Multiply(sr, x)),
            ],
            mapGrids: false,
            corner: Alignment.LowerRight);
    }
}
