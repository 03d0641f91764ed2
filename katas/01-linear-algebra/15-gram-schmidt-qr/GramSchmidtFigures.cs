using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The Gram–Schmidt kata's figures, drawn from your <see cref="GramSchmidt.Classical"/> and
/// <see cref="GramSchmidt.Modified"/> (read, don't edit).
/// </summary>
public static class GramSchmidtFigures
{
    /// <summary>The size of the test matrices.</summary>
    private const int Size = 20;

    /// <summary>The machine epsilon 2⁻⁵².</summary>
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>‖QᵀQ − I‖_F against κ(A) for both variants, on matrices with singular values log-spaced from 1 to 1/κ.</summary>
    /// <returns>The plot.</returns>
    [Figure("loss-of-orthogonality", "How far from orthonormal your Q comes out, ‖QᵀQ − I‖_F, on 20×20 matrices of condition number κ (the same random singular vectors each time): classical Gram–Schmidt follows ε·κ² and is useless by κ ≈ 10⁸, modified follows ε·κ — the one change of which vector the coefficients are measured on is worth a factor κ.")]
    public static Plot LossOfOrthogonality()
    {
        var kappas = Enumerable.Range(0, 27).Select(i => Math.Pow(10, i / 2.0)).ToArray();
        var classical = new double[kappas.Length];
        var modified = new double[kappas.Length];
        for (var i = 0; i < kappas.Length; i++)
        {
            var a = new TestData(15).WithConditionNumber(Size, kappas[i]);
            classical[i] = Loss(GramSchmidt.Classical(a));
            modified[i] = Loss(GramSchmidt.Modified(a));
        }

        return Charts.LogScaleWithReferences(
            "Classical Gram–Schmidt loses orthogonality like εκ², modified like εκ",
            "condition number κ(A)",
            "‖QᵀQ − I‖_F",
            [new Series("classical", kappas, classical), new Series("modified", kappas, modified)],
            [Series.Of("ε·κ", kappas, k => Epsilon * k), Series.Of("ε·κ²", kappas, k => Epsilon * k * k <= 10 ? Epsilon * k * k : double.NaN)],
            markers: true,
            legend: Alignment.LowerRight);
    }

    /// <summary>‖QᵀQ − I‖_F: 0 for exactly orthonormal columns.</summary>
    private static double Loss(double[,] q)
    {
        var (m, n) = (q.GetLength(0), q.GetLength(1));
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var dot = 0.0;
                for (var k = 0; k < m; k++)
                {
                    dot += q[k, i] * q[k, j];
                }

                var entry = dot - (i == j ? 1 : 0);
                sum += entry * entry;
            }
        }

        return Math.Sqrt(sum);
    }
}
