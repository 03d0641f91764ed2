using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>
/// The low-rank kata's figures, drawn from your <see cref="LowRank.Approximate"/> and <see cref="LowRank.FrobeniusError"/>
/// (with the singular values of your <see cref="Svd.Decompose"/>) (read, don't edit).
/// </summary>
public static class LowRankFigures
{
    /// <summary>The picture's height (rows).</summary>
    private const int Rows = 60;

    /// <summary>The picture's width (columns).</summary>
    private const int Columns = 80;

    /// <summary>The ranks shown beside the picture.</summary>
    private static readonly int[] Ranks = [1, 2, 5, 10, 20];

    /// <summary>A small picture and its best approximations of rank 1, 2, 5, 10 and 20.</summary>
    /// <returns>The plot.</returns>
    [Figure("picture-at-ranks", "A 60×80 picture (a house under the sun: rectangles, a triangle, a disc, a rippled ground) and your Approximate Aₖ = σ₁u₁v₁ᵀ + … + σₖuₖvₖᵀ for k = 1, 2, 5, 10, 20: rank 1, a single outer product σ₁u₁v₁ᵀ, is a plaid of one column profile times one row profile; the axis-parallel rectangles arrive first, and the slanted roof and the round sun need the most layers.")]
    public static Plot PictureAtRanks()
    {
        var picture = Picture();
        var tiles = new List<(string Label, double[,] Values)> { ("the picture A", picture) };
        tiles.AddRange(Ranks.Select(k => ($"A{Subscript(k)}, rank {k}", LowRank.Approximate(picture, k))));
        return Charts.HeatmapTiles("The first few singular triplets already draw the picture", tiles, 3, "grey level");
    }

    /// <summary>‖A − Aₖ‖_F measured from your Approximate against √(σ²ₖ₊₁ + … + σᵣ²) from your FrobeniusError.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-rank", "The error ‖A − Aₖ‖_F of the picture's best rank-k approximation, measured entry by entry from your Approximate, lies exactly on the length of the dropped spectrum √(σ²ₖ₊₁ + … + σᵣ²) that your FrobeniusError computes, as Eckart–Young says. The picture is built from few distinct rows, so its rank is only 24: from k = 24 on, Aₖ is A itself and both curves are rounding noise, 10⁻¹² for the rebuilt matrix and 10⁻¹⁵ for the tiny computed σ's.")]
    public static Plot ErrorAgainstRank()
    {
        var picture = Picture();
        var ks = Enumerable.Range(0, 31).Select(k => (double)k).ToArray();
        var measured = ks.Select(k =>
        {
            var approximation = LowRank.Approximate(picture, (int)k);
            var sum = 0.0;
            for (var i = 0; i < Rows; i++)
            {
                for (var j = 0; j < Columns; j++)
                {
                    var d = picture[i, j] - approximation[i, j];
                    sum += d * d;
                }
            }

            return Math.Sqrt(sum);
        }).ToArray();
        var sigma = Svd.Decompose(picture).SingularValues;
        var predicted = ks.Select(k => LowRank.FrobeniusError(sigma, (int)k)).ToArray();
        return Charts.LogScale(
            "Eckart–Young: the error of Aₖ is the length of the dropped σ's",
            "rank k",
            "‖A − Aₖ‖_F",
            [new Series("√(σ²ₖ₊₁ + … + σᵣ²), your FrobeniusError", ks, predicted), new Series("‖A − Aₖ‖_F, from your Approximate", ks, measured)],
            logX: false,
            markers: true);
    }

    /// <summary>k in subscript digits, for the tile labels: 10 → ₁₀.</summary>
    private static string Subscript(int k) => string.Concat(k.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('₀' + (d - '0'))));

    /// <summary>The picture, grey levels in [0, 1]: sky, sun, ground, and a house with a roof, a door and a window.</summary>
    private static double[,] Picture()
    {
        var a = new double[Rows, Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var value = i >= 45 ? 0.25 + (0.05 * Math.Sin(j / 2.5)) : 0.55 + (0.3 * (1 - (i / 45.0)));
                if (((i - 12) * (i - 12)) + ((j - 63) * (j - 63)) <= 49)
                {
                    value = 1;
                }

                if (i is >= 25 and < 45 && j is >= 15 and < 40)
                {
                    value = 0.45;
                }

                // The roof: a triangle with its apex at row 10 over column 27.5, 16 columns wide on each side at row 25.
                if (i is >= 10 and < 25 && Math.Abs(j - 27.5) <= (i - 10) * 16.0 / 15)
                {
                    value = 0.1;
                }

                if (i is >= 34 and < 45 && j is >= 20 and < 26)
                {
                    value = 0.05;
                }

                if (i is >= 29 and < 35 && j is >= 31 and < 37)
                {
                    value = 0.9;
                }

                a[i, j] = value;
            }
        }

        return a;
    }
}
