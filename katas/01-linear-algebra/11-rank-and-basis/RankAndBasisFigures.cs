using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The rank and basis kata's figures, drawn from your <see cref="RankAndBasis.Rank"/> (read, don't edit).</summary>
public static class RankAndBasisFigures
{
    /// <summary>The rank of a rank-2 matrix plus noise of growing size: 2 while the noise is below the tolerance.</summary>
    /// <returns>The plot.</returns>
    [Figure("numerical-rank", "A 6 × 6 matrix of rank 2 (a product of seeded 6 × 2 and 2 × 6 matrices) plus seeded noise of size δ: your Rank says 2 while δ stays well below the tolerance 100·6·ε·‖A‖∞ (dashed), climbs through 3, 4 and 5 as the noise's new directions pass the tolerance one by one, and says 6 once all of them count — in floating point, rank means rank above a tolerance.")]
    public static Plot NumericalRank()
    {
        const int N = 6;
        var data = new TestData(17);
        var (left, right) = (data.Matrix(N, 2), data.Matrix(2, N));
        var noise = data.Matrix(N, N);
        var lowRank = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                lowRank[i, j] = (left[i, 0] * right[0, j]) + (left[i, 1] * right[1, j]);
            }
        }

        var exponents = Enumerable.Range(0, 61).Select(i => -18 + (i / 4.0)).ToArray();
        var ranks = exponents.Select(e =>
        {
            var a = new double[N, N];
            for (var i = 0; i < N; i++)
            {
                for (var j = 0; j < N; j++)
                {
                    a[i, j] = lowRank[i, j] + (Math.Pow(10, e) * noise[i, j]);
                }
            }

            return (double)RankAndBasis.Rank(a);
        }).ToArray();
        var largestRowSum = Enumerable.Range(0, N).Max(i => Enumerable.Range(0, N).Sum(j => Math.Abs(lowRank[i, j])));
        var tolerance = Math.Log10(100 * N * Math.Pow(2, -52) * largestRowSum);
        return Charts.CurvesWithPoints(
            "Rank counts directions above the tolerance: 2, then 6",
            "log₁₀ of the noise size δ",
            "Rank(A + δ·noise)",
            [],
            [new Series("your Rank", exponents, ranks)],
            references: [new Series($"tolerance ≈ 1e{tolerance:0.#}", [tolerance, tolerance], [0, 7])],
            corner: Alignment.UpperLeft);
    }
}
