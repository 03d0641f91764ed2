using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The SVD kata's figures, drawn from your <see cref="Svd.Decompose"/> (read, don't edit).</summary>
public static class SvdFigures
{
    /// <summary>A = [[3, 0], [4, 5]], the lesson's hand example: σ = (3√5, √5).</summary>
    private static readonly double[,] A = { { 3, 0 }, { 4, 5 } };

    /// <summary>The unit circle and its image, an ellipse whose semi-axes are σ₁u₁ and σ₂u₂.</summary>
    /// <returns>The plot.</returns>
    [Figure("unit-circle", "A = [[3, 0], [4, 5]] maps the unit circle (dashed) to an ellipse; the arrows σ₁u₁ and σ₂u₂, computed by your Decompose, are exactly its semi-axes, and the grid shows the rest of the plane stretched the same way.")]
    public static Plot UnitCircle()
    {
        var svd = Svd.Decompose(A);
        double[] Axis(int k) => [svd.SingularValues[k] * svd.U[0, k], svd.SingularValues[k] * svd.U[1, k]];
        return Charts.LinearMap("The unit circle becomes an ellipse with semi-axes σ₁u₁, σ₂u₂", A, [("σ₁u₁", Axis(0)), ("σ₂u₂", Axis(1))]);
    }
}
