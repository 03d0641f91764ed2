namespace MathForML.LinearAlgebra;

/// <summary>
/// Power iteration: multiplying by A again and again, xₖ₊₁ = Axₖ / ‖Axₖ‖, turns almost any start vector towards
/// the eigenvector of the eigenvalue of largest magnitude, because that component grows fastest. The Rayleigh
/// quotient reads off the eigenvalue; deflation removes a found eigenpair so the next one becomes dominant.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/17-power-iteration/README.md</remarks>
public static class PowerIteration
{
    /// <summary>
    /// The Rayleigh quotient r(x) = xᵀAx / xᵀx. For an eigenvector it is the eigenvalue; for a symmetric A and any
    /// x ≠ 0 it lies between the smallest and largest eigenvalue. It does not change when x is scaled, and it must
    /// work for entries near 1e200, where xᵀx computed directly overflows.
    /// </summary>
    /// <param name="a">A square n×n matrix (n ≥ 1).</param>
    /// <param name="x">A non-zero vector of length n.</param>
    /// <returns>r(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is not square or is empty ("square"); the length of <paramref name="x"/> is not n
    /// ("length"); <paramref name="x"/> is the zero vector ("zero").
    /// </exception>
    public static double RayleighQuotient(double[,] a, double[] x)
    {
        // TODO: divide x by its largest |entry|, compute y = Ax, and return (x·y) / (x·x).
        throw new NotImplementedException("TODO PowerIteration.RayleighQuotient: return xᵀAx / xᵀx.");
    }

    /// <summary>
    /// The eigenpair whose eigenvalue has the largest magnitude, by power iteration from a fixed start vector (so the
    /// result is reproducible). For the current unit vector x, λ = xᵀAx; converged when the residual
    /// ‖Ax − λx‖₂ ≤ tolerance·‖A‖_F (relative, so the test works at any scale). Every multiplication by A counts
    /// as one iteration. Returns λ and x with its largest-magnitude entry made positive.
    /// A is not required to be symmetric, but its dominant eigenvalue must be real and strictly largest in
    /// magnitude; otherwise (|λ₁| = |λ₂|, or a complex pair) the iteration never settles.
    /// </summary>
    /// <param name="a">A square n×n matrix (n ≥ 1). It is not modified.</param>
    /// <param name="maxIterations">The most multiplications by A to try, at least 1.</param>
    /// <param name="tolerance">The relative residual to reach, positive.</param>
    /// <returns>The dominant eigenpair.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square ("square") or is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIterations"/> &lt; 1, or <paramref name="tolerance"/> is not positive (or NaN).</exception>
    /// <exception cref="InvalidOperationException">The residual is still too large after <paramref name="maxIterations"/> iterations ("converge").</exception>
    public static Eigenpair Dominant(double[,] a, int maxIterations = 10_000, double tolerance = 1e-12)
    {
        // TODO: pick a start vector, normalise it, and loop: y = Ax, λ = x·y, test ‖y − λx‖, normalise y.
        throw new NotImplementedException("TODO PowerIteration.Dominant: return the eigenpair of largest |λ| by repeated multiplication.");
    }

    /// <summary>
    /// The k eigenpairs of largest |λ| of a symmetric matrix, by decreasing |λ|: <see cref="Dominant"/> k times, with
    /// deflation B ← B − λvvᵀ after each pair, on a copy.
    /// Symmetric means |aᵢⱼ − aⱼᵢ| ≤ 1e-10·max|aᵢⱼ| (room for the rounding of a computed product, nothing more).
    /// </summary>
    /// <param name="symmetric">A symmetric n×n matrix (n ≥ 1). It is not modified.</param>
    /// <param name="k">How many eigenpairs, 1 ≤ k ≤ n.</param>
    /// <param name="maxIterations">Passed to <see cref="Dominant"/> for each pair.</param>
    /// <param name="tolerance">Passed to <see cref="Dominant"/> for each pair.</param>
    /// <returns>k eigenpairs, |λ| decreasing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symmetric"/> is null.</exception>
    /// <exception cref="ArgumentException">Not square or empty ("square"), or not symmetric ("symmetric").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not between 1 and n.</exception>
    /// <exception cref="InvalidOperationException">An eigenpair did not converge ("converge").</exception>
    public static Eigenpair[] Top(double[,] symmetric, int k, int maxIterations = 10_000, double tolerance = 1e-12)
    {
        // TODO: check symmetry and k, copy the matrix, and alternate Dominant with the deflation B ← B − λvvᵀ.
        throw new NotImplementedException("TODO PowerIteration.Top: return the k eigenpairs of largest |λ| by deflation.");
    }
}
