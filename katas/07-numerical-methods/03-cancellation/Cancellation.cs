namespace MathForML.NumericalMethods;

/// <summary>
/// Formulas that subtract nearly equal numbers, and their stable rewrites: the roots of a quadratic, log(1 + x) and
/// eˣ − 1 for small x, and the sample variance computed in one pass (naive) or two.
/// </summary>
/// <remarks>Lesson: katas/07-numerical-methods/03-cancellation/README.md</remarks>
public static class Cancellation
{
    /// <summary>
    /// The two real roots of a·x² + b·x + c = 0, each with a relative error of a few ε even when one root is tiny
    /// compared with the other, and without overflow for coefficients as large as 1e200 or as small as 1e-200.
    /// x² − 3x + 2 has the roots (1, 2).
    /// </summary>
    /// <param name="a">The x² coefficient, finite and not zero.</param>
    /// <param name="b">The x coefficient, finite.</param>
    /// <param name="c">The constant, finite.</param>
    /// <returns>The roots, the smaller first (equal for a double root).</returns>
    /// <exception cref="ArgumentException">
    /// A coefficient is not finite ("finite"), a is zero ("zero"), or the roots are not real ("real").
    /// </exception>
    public static (double Smaller, double Larger) QuadraticRoots(double a, double b, double c)
    {
        // TODO: compute the larger-magnitude root without cancellation, the other from the product of the roots, c/a.
        throw new NotImplementedException("TODO Cancellation.QuadraticRoots: return the two real roots, computed without cancellation.");
    }

    /// <summary>log(1 + x), accurate to a few ε relative also for |x| below ε (where 1 + x rounds to 1).</summary>
    /// <param name="x">A value greater than or equal to −1 (log1p(−1) = −∞, log1p(+∞) = +∞).</param>
    /// <returns>log(1 + x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN or below −1 ("-1").</exception>
    public static double Log1p(double x)
    {
        // TODO: u = 1 + x rounds; correct the logarithm of u by how far u − 1 is from x.
        throw new NotImplementedException("TODO Cancellation.Log1p: return log(1 + x) without losing the digits of small x.");
    }

    /// <summary>eˣ − 1, accurate to a few ε relative also for tiny |x| (expm1(−∞) = −1, expm1(+∞) = +∞).</summary>
    /// <param name="x">Any value except NaN.</param>
    /// <returns>eˣ − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double Expm1(double x)
    {
        // TODO: u = eˣ rounds; correct u − 1 by how far log u is from x.
        throw new NotImplementedException("TODO Cancellation.Expm1: return eˣ − 1 without losing the digits of small x.");
    }

    /// <summary>
    /// The sample variance by the one-pass textbook formula (Σxᵢ² − (Σxᵢ)²/n)/(n − 1): cheap, and wrong when the mean is
    /// large compared with the spread. Plain loops, no compensation — this is the formula to be measured.
    /// </summary>
    /// <param name="values">At least two finite values.</param>
    /// <returns>The naive estimate (it can even be negative).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two values ("two") or a non-finite value ("finite").</exception>
    public static double NaiveVariance(double[] values)
    {
        // TODO: one loop for Σx and Σx², then the formula.
        throw new NotImplementedException("TODO Cancellation.NaiveVariance: return (Σx² − (Σx)²/n)/(n − 1).");
    }

    /// <summary>The sample variance Σ(xᵢ − x̄)²/(n − 1) in two passes: first the mean x̄, then the squared deviations.</summary>
    /// <param name="values">At least two finite values.</param>
    /// <returns>The variance, never negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two values ("two") or a non-finite value ("finite").</exception>
    public static double TwoPassVariance(double[] values)
    {
        // TODO: the mean first; then sum the squares of the deviations from it.
        throw new NotImplementedException("TODO Cancellation.TwoPassVariance: return Σ(xᵢ − x̄)²/(n − 1) from two passes.");
    }
}
