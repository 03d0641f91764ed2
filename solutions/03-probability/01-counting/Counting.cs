namespace MathForML.Probability;

/// <summary>
/// Counting arrangements: n!, the permutations n!/(n − k)! and the combinations C(n, k) = n!/(k!(n − k)!), directly
/// while they fit in a double and as logarithms (through ln Γ) when they do not.
/// </summary>
/// <remarks>Lesson: katas/03-probability/01-counting/README.md</remarks>
public static class Counting
{
    /// <summary>
    /// n! = 1·2·…·n as a double, computed directly (0! = 1). Exact up to 22!, correctly rounded far beyond, and +∞ from
    /// 171! on, because 171! ≈ 1.24·10³⁰⁹ exceeds the largest double (about 1.8·10³⁰⁸).
    /// </summary>
    /// <param name="n">A non-negative integer.</param>
    /// <returns>n!, or +∞ when it overflows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative ("negative").</exception>
    public static double Factorial(int n)
    {
        RequireNonNegative(n, nameof(n));
        var product = 1.0;
        for (var i = 2; i <= n && !double.IsInfinity(product); i++)
        {
            product *= i;
        }

        return product;
    }

    /// <summary>
    /// The number of ordered arrangements of k items chosen from n: P(n, k) = n·(n − 1)·…·(n − k + 1) = n!/(n − k)!.
    /// P(n, 0) = 1, and P(n, k) = 0 when k &gt; n (there is no way to pick more items than there are).
    /// </summary>
    /// <param name="n">The number of items, non-negative.</param>
    /// <param name="k">The number chosen, non-negative.</param>
    /// <returns>P(n, k) as a double (+∞ if it overflows).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="k"/> is negative ("negative").</exception>
    public static double Permutations(int n, int k)
    {
        RequireNonNegative(n, nameof(n));
        RequireNonNegative(k, nameof(k));
        if (k > n)
        {
            return 0;
        }

        // k factors, from n down to n − k + 1: no factorial is ever formed, so nothing overflows early.
        var product = 1.0;
        for (var i = 0; i < k; i++)
        {
            product *= n - i;
        }

        return product;
    }

    /// <summary>
    /// The number of unordered selections of k items from n: C(n, k) = n!/(k!(n − k)!), with C(n, 0) = C(n, n) = 1 and
    /// C(n, k) = 0 when k &gt; n. Exact while the result is below 2⁵³ (C(52, 5) = 2 598 960 exactly) and finite whenever
    /// the result itself fits in a double — even where n! does not (C(200, 2) = 19 900).
    /// </summary>
    /// <param name="n">The number of items, non-negative.</param>
    /// <param name="k">The number chosen, non-negative.</param>
    /// <returns>C(n, k) as a double.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="k"/> is negative ("negative").</exception>
    public static double Combinations(int n, int k)
    {
        RequireNonNegative(n, nameof(n));
        RequireNonNegative(k, nameof(k));
        if (k > n)
        {
            return 0;
        }

        // C(n, k) = C(n, n − k): use the shorter product. After step i the running value is C(n − k + i, i), an
        // integer, so multiplying first and dividing second keeps it exact while it stays below 2⁵³.
        k = Math.Min(k, n - k);
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>
    /// The natural logarithm of the gamma function, ln Γ(x), for x &gt; 0 (Γ(n + 1) = n!). Accurate to about 1e-15
    /// relative (1e-15 absolute near x = 1 and x = 2, where ln Γ is 0) from x = 1e-12 to 1e12 and beyond.
    /// </summary>
    /// <param name="x">A positive, finite argument.</param>
    /// <returns>ln Γ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not positive and finite ("positive").</exception>
    public static double LogGamma(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ(x) is computed for positive, finite x only.");
        }

        if (x < 0.5)
        {
            // Reflection Γ(x)Γ(1 − x) = π / sin(πx): the Lanczos sum is accurate for arguments ≥ ½ only.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        // Lanczos' approximation with g = 7 and nine coefficients:
        // Γ(z + 1) ≈ √(2π) (z + g + ½)^(z + ½) e^−(z + g + ½) · (c₀ + Σᵢ cᵢ/(z + i)), taken in logarithms.
        var z = x - 1;
        var series = LanczosCoefficients[0];
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            series += LanczosCoefficients[i] / (z + i);
        }

        var t = z + LanczosG + 0.5;
        return HalfLogTwoPi + ((z + 0.5) * Math.Log(t)) - t + Math.Log(series);
    }

    /// <summary>ln n! = ln Γ(n + 1), finite for every int n (ln(10⁶)! ≈ 1.28·10⁷); ln 0! = ln 1! = 0 exactly.</summary>
    /// <param name="n">A non-negative integer.</param>
    /// <returns>ln n!.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative ("negative").</exception>
    public static double LogFactorial(int n)
    {
        RequireNonNegative(n, nameof(n));
        return n < 2 ? 0 : LogGamma(n + 1.0);
    }

    /// <summary>
    /// ln C(n, k) = ln n! − ln k! − ln (n − k)!, finite for every n (ln C(10⁶, 5·10⁵) ≈ 693 140); −∞ when k &gt; n
    /// (zero ways), 0 when k is 0 or n.
    /// </summary>
    /// <param name="n">The number of items, non-negative.</param>
    /// <param name="k">The number chosen, non-negative.</param>
    /// <returns>ln C(n, k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> or <paramref name="k"/> is negative ("negative").</exception>
    public static double LogCombinations(int n, int k)
    {
        RequireNonNegative(n, nameof(n));
        RequireNonNegative(k, nameof(k));
        if (k > n)
        {
            return double.NegativeInfinity;
        }

        return LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);
    }

    /// <summary>½ ln(2π).</summary>
    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>Lanczos' shift g.</summary>
    private const double LanczosG = 7;

    /// <summary>The Lanczos coefficients for g = 7, n = 9 (the widely published set).</summary>
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static void RequireNonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Counts are never negative; this one is.");
        }
    }
}
