using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The SVD kata's figures, drawn from your <see cref="Svd.Decompose"/> (and, for the comparison through AᵀA, your
/// <see cref="JacobiEigen.Decompose"/>) (read, don't edit).
/// </summary>
public static class SvdFigures
{
    /// <summary>A = [[3, 0], [4, 5]], the lesson's hand example: σ = (3√5, √5).</summary>
    private static readonly double[,] A = { { 3, 0 }, { 4, 5 } };

    /// <summary>The machine epsilon 2⁻⁵².</summary>
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>The unit circle and its image, an ellipse whose semi-axes are σ₁u₁ and σ₂u₂.</summary>
    /// <returns>The plot.</returns>
    [Figure("unit-circle", "A = [[3, 0], [4, 5]] maps the unit circle (dashed) to an ellipse; the arrows σ₁u₁ and σ₂u₂, computed by your Decompose, are exactly its semi-axes, and the grid shows the rest of the plane stretched the same way.")]
    public static Plot UnitCircle()
    {
        var svd = Svd.Decompose(A);
        double[] Axis(int k) => [svd.SingularValues[k] * svd.U[0, k], svd.SingularValues[k] * svd.U[1, k]];
        return Charts.LinearMap("The unit circle becomes an ellipse with semi-axes σ₁u₁, σ₂u₂", A, [("σ₁u₁", Axis(0)), ("σ₂u₂", Axis(1))]);
    }

    /// <summary>
    /// The smallest singular value of A = D·H, where H = I − ¼·11ᵀ (8×8, orthogonal, entries ¾ and −¼) and D holds
    /// powers of two from 1 down to 1/κ: every entry is exact, and so are the singular values, the entries of D.
    /// </summary>
    /// <returns>The plot.</returns>
    [Figure("smallest-singular-value", "The relative error of the smallest singular value σ₈ = 1/κ of an exactly known 8×8 matrix, from your Decompose (one-sided Jacobi on A) and from √λ_min(AᵀA) with your JacobiEigen: forming AᵀA squares κ, so its error grows like ε·κ² (dashed), and beyond κ ≈ 10⁸ λ_min(AᵀA) is pure rounding and comes out negative, leaving no σ₈ to plot; rotating the columns of A itself keeps σ₈ to about 10⁻¹⁵ at every κ.")]
    public static Plot SmallestSingularValue()
    {
        const int n = 8;
        var exponents = Enumerable.Range(0, 27).Select(i => 2 * i).ToArray();
        var kappas = exponents.Select(e => Math.Pow(2, e)).ToArray();
        var direct = new double[kappas.Length];
        var normal = new double[kappas.Length];
        for (var c = 0; c < kappas.Length; c++)
        {
            var a = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                var scale = Math.Pow(2, -Math.Round((double)exponents[c] * i / (n - 1)));
                for (var j = 0; j < n; j++)
                {
                    a[i, j] = scale * ((i == j ? 1 : 0) - 0.25);
                }
            }

            var truth = 1 / kappas[c];
            direct[c] = Math.Abs(Svd.Decompose(a).SingularValues[n - 1] - truth) / truth;
            var ata = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    for (var k = 0; k < n; k++)
                    {
                        ata[i, j] += a[k, i] * a[k, j];
                    }
                }
            }

            normal[c] = Math.Abs(Math.Sqrt(JacobiEigen.Decompose(ata).Values[0]) - truth) / truth;
        }

        return Charts.LogScaleWithReferences(
            "Through AᵀA the smallest σ is lost by κ ≈ 1e8; Jacobi on A keeps it",
            "condition number κ = σ₁/σ₈",
            "relative error of σ₈",
            [new Series("your Decompose (Jacobi on A)", kappas, direct), new Series("√λ_min(AᵀA), your JacobiEigen", kappas, normal)],
            [Series.Of("ε·κ²", kappas, k => Epsilon * k * k <= 10 ? Epsilon * k * k : double.NaN)],
            markers: true);
    }
}
