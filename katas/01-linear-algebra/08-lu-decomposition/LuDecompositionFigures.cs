using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The LU decomposition kata's figures, drawn from your <see cref="LuDecomposition.Decompose"/> (read, don't edit).</summary>
public static class LuDecompositionFigures
{
    /// <summary>The factors L and U of a seeded 8 × 8 matrix side by side, exact zeros left blank.</summary>
    /// <returns>The plot.</returns>
    [Figure("factors", "The entries of L (left) and U (right) from your Decompose of a seeded 8 × 8 matrix, entries exactly 0 left white: L has ones on its diagonal and multipliers of size at most 1 below it (partial pivoting), U has everything on and above its diagonal, and both are exactly 0 on the other side.")]
    public static Plot Factors()
    {
        var lu = LuDecomposition.Decompose(new TestData(4).Matrix(8, 8, -2, 2));
        return Charts.Matrices("PA = LU: L lower triangular with |lᵢⱼ| ≤ 1, U upper triangular", [("L", lu.Lower), ("U", lu.Upper)]);
    }
}
