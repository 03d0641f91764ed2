namespace MathForML.Calculus;

/// <summary>
/// The second-derivative test. At a critical point (f′ = 0, or ∇f = 0), f(x + h) ≈ f(x) + ½ hᵀHh, so the signs of the
/// Hessian's eigenvalues decide: all positive — minimum; all negative — maximum; some of each — saddle; otherwise
/// (a zero eigenvalue with no sign disagreement) the quadratic term is flat in some direction and higher-order terms
/// decide, so the test is inconclusive.
/// </summary>
/// <remarks>
/// "Zero" is decided with a tolerance that is absolute for small curvatures and relative for large ones:
/// a second derivative or an eigenvalue λ counts as zero when |λ| ≤ tolerance · max(1, largest |λ|). So a 1 × 1
/// Hessian [h] is classified exactly as <see cref="Classify1D"/>(h), and multiplying a Hessian by a large factor
/// does not change its kind.
/// Lesson: katas/02-calculus/10-critical-points/README.md
/// </remarks>
public static class CriticalPoints
{
    /// <summary>
    /// The one-variable test at a critical point: f″ &gt; 0 is a minimum, f″ &lt; 0 a maximum, and f″ = 0 (within
    /// |f″| ≤ tolerance) is inconclusive: x³ (an inflection), x⁴ (a minimum) and −x⁴ (a maximum) all have f″(0) = 0.
    /// </summary>
    /// <param name="secondDerivative">f″ at the critical point, finite.</param>
    /// <param name="tolerance">The largest |f″| treated as zero, non-negative.</param>
    /// <returns>The kind of critical point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="secondDerivative"/> is NaN or infinite ("finite" in the message), or <paramref name="tolerance"/>
    /// is negative or NaN.
    /// </exception>
    public static CriticalPointKind Classify1D(double secondDerivative, double tolerance = 1e-10)
    {
        // TODO: compare |f″| with the tolerance first, then look at the sign.
        throw new NotImplementedException("TODO CriticalPoints.Classify1D: return the kind given by the sign of f″.");
    }

    /// <summary>
    /// The eigenvalues of a symmetric matrix, in ascending order, computed from scratch (no library) by the cyclic
    /// Jacobi method: sweeps of plane rotations, each zeroing one off-diagonal pair, until the off-diagonal part is
    /// negligible — its Frobenius norm ≤ n·ε·‖A‖_F, with ε = 2⁻⁵² the machine epsilon. Matrices with entries like
    /// 1e200 or 1e-200 must work (no overflow or underflow).
    /// </summary>
    /// <param name="symmetric">A square matrix, symmetric within 1e-10 · max|aᵢⱼ| (the mean of aᵢⱼ and aⱼᵢ is used); not modified.</param>
    /// <param name="maxSweeps">The largest number of sweeps over all pairs, at least 1 (a handful is usual).</param>
    /// <returns>The n eigenvalues, smallest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symmetric"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The matrix is empty ("empty"), not square ("square"), not symmetric ("symmetric") or has a NaN or infinite entry ("finite").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSweeps"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The off-diagonal part is still too large after <paramref name="maxSweeps"/> sweeps ("converge").</exception>
    public static double[] SymmetricEigenvalues(double[,] symmetric, int maxSweeps = 100)
    {
        // TODO: validate, copy and scale; sweep over all pairs p < q rotating a_pq to 0 until the off-diagonal norm is tiny.
        throw new NotImplementedException("TODO CriticalPoints.SymmetricEigenvalues: return the eigenvalues in ascending order (Jacobi rotations).");
    }

    /// <summary>
    /// The second-derivative test in n variables from the signs of the Hessian's eigenvalues (see the class remarks for
    /// what counts as zero): some positive and some negative — <see cref="CriticalPointKind.Saddle"/> (even if another is
    /// zero); otherwise any zero — <see cref="CriticalPointKind.Inconclusive"/>; otherwise all positive —
    /// <see cref="CriticalPointKind.Minimum"/>; all negative — <see cref="CriticalPointKind.Maximum"/>.
    /// Hessians estimated by finite differences are only nearly symmetric: the matrix must be symmetric within
    /// tolerance · max(1, max|hᵢⱼ|), and its symmetric part ½(H + Hᵀ) is used.
    /// </summary>
    /// <param name="hessian">The n × n Hessian at the critical point; not modified.</param>
    /// <param name="tolerance">The relative threshold for zero eigenvalues and for symmetry, non-negative.</param>
    /// <returns>The kind of critical point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The matrix is empty ("empty"), not square ("square"), not symmetric within the tolerance ("symmetric") or has a
    /// NaN or infinite entry ("finite").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    public static CriticalPointKind ClassifyByHessian(double[,] hessian, double tolerance = 1e-10)
    {
        // TODO: symmetrise, compute the eigenvalues with SymmetricEigenvalues, then count positive, negative and zero ones.
        throw new NotImplementedException("TODO CriticalPoints.ClassifyByHessian: return the kind given by the signs of the eigenvalues.");
    }
}
