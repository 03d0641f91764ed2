namespace MathForML.Calculus;

/// <summary>
/// Limits, numerically. lim_{x→a} f(x) = L says that f(x) gets as close to L as we like when x gets close
/// to a — whatever f does at a itself. sin(x)/x is 0/0 = NaN at 0, yet its limit there is 1. A computer
/// cannot let x "tend" to a, but it can sample f at a ± h for a shrinking sequence of steps h and watch
/// where the samples are heading.
/// </summary>
/// <remarks>
/// f is never evaluated at a itself. The estimates are extrapolated to h = 0 from samples at shrinking distances h
/// from a (the lesson explains Richardson extrapolation); for functions that are smooth on each side of a, the tests
/// expect agreement within 10⁻⁹.
/// Lesson: katas/02-calculus/01-limits/README.md
/// </remarks>
public static class Limits
{
    /// <summary>
    /// The one-sided limit from the left, lim_{x→a⁻} f(x), estimated from samples f(a − h) with h &gt; 0
    /// shrinking (for instance h = 0.1, 0.05, 0.025, …) and extrapolated to h = 0. f is never evaluated at a.
    /// Assume f is smooth just left of a (the tests use analytic functions, steps and removable singularities).
    /// Use steps that are large enough for a − h ≠ a in floating point, e.g. start at max(0.1, 10⁻⁴·|a|).
    /// </summary>
    /// <param name="f">The function; it may be undefined (NaN) at a itself.</param>
    /// <param name="a">The point approached, finite.</param>
    /// <returns>The estimated left limit L⁻.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is NaN or infinite, or f is NaN or infinite at a sample left of a (for example √x left
    /// of 0); the message says "finite" (and, for a bad sample, which side: "left").
    /// </exception>
    public static double FromLeft(Func<double, double> f, double a)
    {
        // TODO: sample f(a − h) for h = h₀, h₀/2, h₀/4, … and extrapolate the samples to h = 0.
        throw new NotImplementedException("TODO Limits.FromLeft: return lim_{x→a⁻} f(x), estimated from samples left of a.");
    }

    /// <summary>
    /// The one-sided limit from the right, lim_{x→a⁺} f(x): the mirror image of <see cref="FromLeft"/>,
    /// with samples f(a + h).
    /// </summary>
    /// <param name="f">The function; it may be undefined (NaN) at a itself.</param>
    /// <param name="a">The point approached, finite.</param>
    /// <returns>The estimated right limit L⁺.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> or a sample right of a is not finite ("finite"; for a bad sample also "right").</exception>
    public static double FromRight(Func<double, double> f, double a)
    {
        // TODO: share one helper with FromLeft; only the side of a (the sign of h) differs.
        throw new NotImplementedException("TODO Limits.FromRight: return lim_{x→a⁺} f(x), estimated from samples right of a.");
    }

    /// <summary>
    /// The two-sided limit lim_{x→a} f(x). It exists only when both one-sided limits agree; then return their
    /// midpoint (L⁻ + L⁺)/2. "Agree" is decided exactly as in <see cref="HasJumpAt"/> with its default tolerance 10⁻⁶.
    /// </summary>
    /// <param name="f">The function; it may be undefined (NaN) at a itself.</param>
    /// <param name="a">The point approached, finite.</param>
    /// <returns>The estimated limit L.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The one-sided limits differ: the message says the limit "does not exist" because f has a "jump" at a
    /// and gives both one-sided values. Also as in <see cref="FromLeft"/> ("finite").
    /// </exception>
    public static double Estimate(Func<double, double> f, double a)
    {
        // TODO: compute both one-sided limits; reject a jump, otherwise return their midpoint.
        throw new NotImplementedException("TODO Limits.Estimate: return lim_{x→a} f(x), or throw if the one-sided limits differ.");
    }

    /// <summary>
    /// Whether f jumps at a: the one-sided limits differ by more than
    /// <paramref name="tolerance"/> · max(1, |L⁻|, |L⁺|). The threshold is absolute for limits of size up to 1
    /// and relative beyond, so it means the same for f and for 10⁸·f.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="a">The point, finite.</param>
    /// <param name="tolerance">The allowed disagreement (non-negative); 10⁻⁶ sits well above the extrapolation error.</param>
    /// <returns><see langword="true"/> when f has a jump discontinuity at a.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    /// <exception cref="ArgumentException">As in <see cref="FromLeft"/> ("finite").</exception>
    public static bool HasJumpAt(Func<double, double> f, double a, double tolerance = 1e-6)
    {
        // TODO: compare |L⁻ − L⁺| with the scaled tolerance.
        throw new NotImplementedException("TODO Limits.HasJumpAt: return whether the one-sided limits at a differ beyond the tolerance.");
    }
}
