using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The Jacobi eigenvalue kata's figures, drawn from your <see cref="JacobiEigen.Decompose"/> (read, don't edit).</summary>
public static class JacobiEigenFigures
{
    /// <summary>The most sweeps tried (a correct Decompose needs fewer than 10 at these sizes).</summary>
    private const int MostSweeps = 30;

    /// <summary>The sizes tried for the sweep count.</summary>
    private static readonly int[] Sizes = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];

    /// <summary>A symmetric matrix and QᵀAQ with your Q, as log₁₀ of the entries' magnitudes.</summary>
    /// <returns>The plot.</returns>
    [Figure("diagonalised", "A random symmetric 12×12 A and QᵀAQ with the Q of your Decompose, coloured by log₁₀ of each entry's size: the rotations have driven every off-diagonal entry down to rounding level, about 10⁻¹⁶·‖A‖, and left the eigenvalues on the diagonal.")]
    public static Plot Diagonalised()
    {
        var a = RandomSymmetric(12, 19);
        var q = JacobiEigen.Decompose(a).Vectors;
        var n = a.GetLength(0);
        var qtaq = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    for (var l = 0; l < n; l++)
                    {
                        sum += q[k, i] * a[k, l] * q[l, j];
                    }
                }

                qtaq[i, j] = sum;
            }
        }

        return Charts.HeatmapTiles(
            "Jacobi rotations leave only rounding off the diagonal",
            [("A", Log10Magnitude(a)), ("QᵀAQ", Log10Magnitude(qtaq))],
            2,
            "log₁₀ |entry|");
    }

    /// <summary>
    /// The fewest sweeps with which your Decompose converges, against the size n; a size where it does not converge
    /// within <see cref="MostSweeps"/> sweeps shows as 0.
    /// </summary>
    /// <returns>The plot.</returns>
    [Figure("sweeps", "The fewest sweeps your Decompose needs (maxSweeps raised until it converges) on random symmetric n×n matrices: from one sweep at n = 2 to about eight at n = 64. A sweep costs about n³ operations, yet the number of sweeps hardly grows — once off(A) is small, each sweep roughly squares it.")]
    public static Plot Sweeps()
    {
        var sweeps = new double[Sizes.Length];
        for (var i = 0; i < Sizes.Length; i++)
        {
            var a = RandomSymmetric(Sizes[i], 19);
            for (var s = 1; s <= MostSweeps; s++)
            {
                try
                {
                    JacobiEigen.Decompose(a, s);
                    sweeps[i] = s;
                    break;
                }
                catch (InvalidOperationException)
                {
                    // Not converged in s sweeps: allow one more.
                }
            }
        }

        var plot = Charts.Curves(
            "The number of sweeps hardly grows with n",
            "size n",
            "sweeps to converge",
            [new Series("sweeps of your Decompose", Sizes.Select(n => (double)n).ToArray(), sweeps)]);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>(B + Bᵀ)/2 for a seeded B with entries uniform on [−1, 1).</summary>
    private static double[,] RandomSymmetric(int n, int seed)
    {
        var b = new TestData(seed).Matrix(n, n);
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = (b[i, j] + b[j, i]) / 2;
            }
        }

        return a;
    }

    /// <summary>log₁₀ |aᵢⱼ|, with exact zeros shown at −17 (below any rounding level).</summary>
    private static double[,] Log10Magnitude(double[,] a)
    {
        var result = new double[a.GetLength(0), a.GetLength(1)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                result[i, j] = a[i, j] == 0 ? -17 : Math.Max(-17, Math.Log10(Math.Abs(a[i, j])));
            }
        }

        return result;
    }
}
