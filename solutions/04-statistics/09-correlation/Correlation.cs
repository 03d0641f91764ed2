namespace MathForML.Statistics;

/// <summary>Reference solution: covariance and Pearson's r from centred sums, average ranks, Spearman's ρ.</summary>
public static class Correlation
{
    /// <summary>s_xy = Σ (x − x̄)(y − ȳ)/(n − 1), two passes.</summary>
    public static double Covariance(double[] x, double[] y)
    {
        var (sxy, _, _) = CentredSums(x, y);
        return sxy / (x.Length - 1);
    }

    /// <summary>r = Σ dx·dy / √(Σ dx² · Σ dy²).</summary>
    public static double Pearson(double[] x, double[] y)
    {
        var (sxy, sxx, syy) = CentredSums(x, y);
        if (sxx == 0 || syy == 0)
        {
            var constant = sxx == 0 ? nameof(x) : nameof(y);
            throw new ArgumentException($"{constant} is constant: with zero variance the correlation is undefined.", constant);
        }

        // Two square roots rather than √(sxx·syy): the product could overflow or underflow where each factor does not.
        return Math.Clamp(sxy / Math.Sqrt(sxx) / Math.Sqrt(syy), -1, 1);
    }

    /// <summary>1-based ranks with ties sharing their average rank.</summary>
    public static double[] Ranks(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("Cannot rank an empty sample.", nameof(values));
        }

        RequireNoNaN(values, nameof(values));
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(values.ToArray(), order);
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            // The group of equal values at sorted positions start … end − 1 takes the ranks start + 1 … end: their average.
            var end = start + 1;
            while (end < order.Length && values[order[end]] == values[order[start]])
            {
                end++;
            }

            var average = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = average;
            }

            start = end;
        }

        return ranks;
    }

    /// <summary>ρ = Pearson's r of the ranks.</summary>
    public static double Spearman(double[] x, double[] y)
    {
        RequirePairs(x, y);
        return Pearson(Ranks(x), Ranks(y));
    }

    /// <summary>Σ dx·dy, Σ dx², Σ dy² for the deviations from the means.</summary>
    private static (double Sxy, double Sxx, double Syy) CentredSums(double[] x, double[] y)
    {
        RequirePairs(x, y);
        var (mx, my) = (x.Average(), y.Average());
        var (sxy, sxx, syy) = (0.0, 0.0, 0.0);
        for (var i = 0; i < x.Length; i++)
        {
            // Centre first: with values near 1e9, Σxy − n·x̄·ȳ subtracts two numbers near 1e20 and keeps only rounding noise.
            var (dx, dy) = (x[i] - mx, y[i] - my);
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return (sxy, sxx, syy);
    }

    private static void RequirePairs(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}: paired samples must have the same length.", nameof(y));
        }

        if (x.Length < 2)
        {
            throw new ArgumentException($"A correlation needs at least two pairs, but there are {x.Length}.", nameof(x));
        }

        RequireNoNaN(x, nameof(x));
        RequireNoNaN(y, nameof(y));
    }

    private static void RequireNoNaN(double[] values, string name)
    {
        if (values.Any(double.IsNaN))
        {
            throw new ArgumentException("The sample contains NaN.", name);
        }
    }
}
