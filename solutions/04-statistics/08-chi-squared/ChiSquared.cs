using MathNet.Numerics;

namespace MathForML.Statistics;

/// <summary>Reference solution: Pearson's chi-squared goodness-of-fit and independence tests with accurate upper tails.</summary>
public static class ChiSquared
{
    /// <summary>P(X ≥ x) for X ~ χ²(ν), as the regularized upper incomplete gamma function Q(ν/2, x/2).</summary>
    public static double UpperTail(double statistic, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (double.IsNaN(statistic) || statistic < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "A chi-squared statistic is a sum of squares: it cannot be negative or NaN.");
        }

        // Q computed directly: 1 − P(ν/2, x/2) would round every p-value below about 1e-16 to exactly 0. Q(a, 0) = 1.
        return SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);
    }

    /// <summary>χ² = Σ (O − E)²/E with E = n·w/Σw, ν = k − 1 − estimated parameters.</summary>
    public static ChiSquaredResult GoodnessOfFit(double[] observed, double[] expected, int estimatedParameters = 0)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedParameters);
        if (observed.Length != expected.Length)
        {
            throw new ArgumentException(
                $"The observed counts ({observed.Length}) and the expected proportions ({expected.Length}) must have the same length.", nameof(expected));
        }

        if (observed.Length < 2)
        {
            throw new ArgumentException("A goodness-of-fit test needs at least two categories.", nameof(observed));
        }

        RequireCounts(observed, nameof(observed));
        if (expected.Any(w => !double.IsFinite(w) || w <= 0))
        {
            throw new ArgumentException("Every expected proportion must be positive and finite: a zero expected count makes (O − E)²/E undefined.", nameof(expected));
        }

        var n = observed.Sum();
        if (n == 0)
        {
            throw new ArgumentException("There are no observations: all counts are zero.", nameof(observed));
        }

        var df = observed.Length - 1 - estimatedParameters;
        if (df < 1)
        {
            throw new ArgumentException(
                $"{observed.Length} categories with {estimatedParameters} estimated parameters leave {df} degrees of freedom; at least 1 is needed.",
                nameof(estimatedParameters));
        }

        var total = expected.Sum();
        var statistic = 0.0;
        for (var i = 0; i < observed.Length; i++)
        {
            // Divide first: n·(w/Σw) stays finite even when the weights themselves are huge.
            var e = n * (expected[i] / total);
            var d = observed[i] - e;
            statistic += d * d / e;
        }

        return new ChiSquaredResult(statistic, df, UpperTail(statistic, df));
    }

    /// <summary>E_ij = (row total i)(column total j)/n.</summary>
    public static double[,] ExpectedCounts(double[,] table)
    {
        var (rows, columns) = Margins(table);
        var n = rows.Sum();
        var expected = new double[rows.Length, columns.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                expected[i, j] = rows[i] * (columns[j] / n);
            }
        }

        return expected;
    }

    /// <summary>χ² against the expected counts under independence, ν = (r − 1)(c − 1).</summary>
    public static ChiSquaredResult Independence(double[,] table)
    {
        var expected = ExpectedCounts(table);
        var (r, c) = (table.GetLength(0), table.GetLength(1));
        var statistic = 0.0;
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var d = table[i, j] - expected[i, j];
                statistic += d * d / expected[i, j];
            }
        }

        var df = (r - 1) * (c - 1);
        return new ChiSquaredResult(statistic, df, UpperTail(statistic, df));
    }

    /// <summary>The row and column totals of a valid table.</summary>
    private static (double[] Rows, double[] Columns) Margins(double[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (r, c) = (table.GetLength(0), table.GetLength(1));
        if (r < 2 || c < 2)
        {
            throw new ArgumentException($"A contingency table needs at least two rows and two columns, but this one is {r} × {c}.", nameof(table));
        }

        RequireCounts(table.Cast<double>(), nameof(table));
        var rows = new double[r];
        var columns = new double[c];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                rows[i] += table[i, j];
                columns[j] += table[i, j];
            }
        }

        if (rows.Contains(0) || columns.Contains(0))
        {
            throw new ArgumentException("A row or column total is zero, so its expected counts are zero: drop that row or column.", nameof(table));
        }

        return (rows, columns);
    }

    private static void RequireCounts(IEnumerable<double> counts, string name)
    {
        if (counts.Any(o => !double.IsFinite(o) || o < 0))
        {
            throw new ArgumentException("Counts must be finite and not negative.", name);
        }
    }
}
