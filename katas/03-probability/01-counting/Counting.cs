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
        // TODO: a running product; check n first.
        throw new NotImplementedException("TODO Counting.Factorial: return n! = 1·2·…·n (+∞ past 170!).");
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
        // TODO: k factors, without forming n!.
        throw new NotImplementedException("TODO Counting.Permutations: return P(n, k) = n!/(n − k)!.");
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
        // TODO: the multiplicative formula of the lesson, never n!/(k!(n − k)!).
        throw new NotImplementedException("TODO Counting.Combinations: return C(n, k) = n!/(k!(n − k)!).");
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
        // TODO: Lanczos' approximation for x ≥ ½, the reflection formula below (lesson, "ln Γ").
        throw new NotImplementedException("TODO Counting.LogGamma: return ln Γ(x) for x > 0.");
    }

    /// <summary>ln n! = ln Γ(n + 1), finite for every int n (ln(10⁶)! ≈ 1.28·10⁷); ln 0! = ln 1! = 0 exactly.</summary>
    /// <param name="n">A non-negative integer.</param>
    /// <returns>ln n!.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative ("negative").</exception>
    public static double LogFactorial(int n)
    {
        // TODO: one call of LogGamma — mind which argument.
        throw new NotImplementedException("TODO Counting.LogFactorial: return ln n! = ln Γ(n + 1).");
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
        // TODO: three log-factorials.
        throw new NotImplementedException("TODO Counting.LogCombinations: return ln C(n, k).");
    }
}
