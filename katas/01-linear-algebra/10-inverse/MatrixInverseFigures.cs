using MathForML.Figures;
using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The inverse kata's figures, drawn from your <see cref="MatrixInverse.Invert"/>, with the products of
/// <see cref="MatrixOperations"/> (read, don't edit).
/// </summary>
public static class MatrixInverseFigures
{
    /// <summary>A = [[2, 1], [1, 1]], det A = 1.</summary>
    private static readonly double[,] A = { { 2, 1 }, { 1, 1 } };

    /// <summary>A moves the plane; your A⁻¹ applied after it puts every point back.</summary>
    /// <returns>The plot.</returns>
    [Figure("undo", "A = [[2, 1], [1, 1]] moves the grey grid to the blue one; applying your Invert(A) after A (orange, x ↦ A⁻¹(Ax)) puts every line back on the grey grid and the unit square back on itself (dashed): A⁻¹ undoes A.")]
    public static Plot Undo()
    {
        var inverse = MatrixInverse.Invert(A);
        return Charts.PlaneUnderMaps(
            "A⁻¹ undoes A: A⁻¹(Ax) = x for every point",
            [("the unit square under A", x => MatrixOperations.Multiply(A, x)), ("under A, then A⁻¹", x => MatrixOperations.Multiply(inverse, MatrixOperations.Multiply(A, x)))],
            lines: (-1, 2));
    }

    /// <summary>How far A·A⁻¹ is from I for Hilbert matrices, against their condition number.</summary>
    /// <returns>The plot.</returns>
    [Figure("accuracy-against-condition", "For the Hilbert matrices of sizes 2 to 11, the largest entry of A·A⁻¹ − I with your Invert (and your Multiply) against the condition number κ(A) (from MathNet): the error grows in proportion to κ(A)·ε (dashed), so an inverse loses about log₁₀ κ digits (for n = 2 the error is exactly 0 and not drawn).")]
    public static Plot AccuracyAgainstCondition()
    {
        var sizes = Enumerable.Range(2, 10).ToArray();
        var kappa = sizes.Select(n => Matrix<double>.Build.DenseOfArray(TestData.Hilbert(n)).ConditionNumber()).ToArray();
        var errors = sizes.Select(n =>
        {
            var a = TestData.Hilbert(n);
            var product = MatrixOperations.Multiply(a, MatrixInverse.Invert(a));
            var identity = MatrixOperations.Identity(n);
            var largest = 0.0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    largest = Math.Max(largest, Math.Abs(product[i, j] - identity[i, j]));
                }
            }

            return largest;
        }).ToArray();
        var plot = Charts.LogScale(
            "Inverting loses digits in proportion to the condition number",
            "condition number κ(A) of the Hilbert matrix",
            "max |(A·A⁻¹ − I)ᵢⱼ|",
            [new Series("your Invert, Hilbert n = 2 … 11", kappa, errors), new Series("κ(A) · ε", kappa, kappa.Select(k => k * Math.Pow(2, -52)).ToArray())],
            markers: true);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }
}
