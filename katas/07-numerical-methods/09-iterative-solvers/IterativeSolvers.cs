namespace MathForML.NumericalMethods;

/// <summary>
/// Iterative solvers for A·x = b that only multiply by A: Jacobi and Gauss–Seidel (for diagonally dominant A) and
/// the conjugate gradient method (for symmetric positive definite A).
/// </summary>
/// <remarks>
/// All three start from x₀ = 0 and stop as soon as the relative residual ‖b − A·xₖ‖₂/‖b‖₂ is at most
/// <c>tolerance</c>; if <c>residuals</c> is not null, the relative residual of x₀ (which is 1) and of every iterate
/// is appended to it. b = 0 returns the zero vector at once. Errors: null → <see cref="ArgumentNullException"/>; A not
/// square or empty ("square"), b of the wrong length ("length"), non-finite entries ("finite") →
/// <see cref="ArgumentException"/>; tolerance ≤ 0 ("positive") or maxIterations &lt; 1 → <see cref="ArgumentOutOfRangeException"/>;
/// no convergence within maxIterations → <see cref="InvalidOperationException"/> ("converge").
/// Lesson: katas/07-numerical-methods/09-iterative-solvers/README.md
/// </remarks>
public static class IterativeSolvers
{
    /// <summary>
    /// Jacobi: every entry of xₖ₊₁ from the previous iterate, xᵢ ← (bᵢ − Σ_{j≠i} aᵢⱼxⱼ)/aᵢᵢ. On [[4, 1], [1, 3]]·x = (1, 2)
    /// the first iterate is (1/4, 2/3).
    /// </summary>
    /// <param name="a">A square matrix with a non-zero diagonal.</param>
    /// <param name="b">The right-hand side.</param>
    /// <param name="tolerance">The relative residual at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of sweeps, at least 1.</param>
    /// <param name="residuals">If not null, receives the relative residual of x₀ and of every iterate.</param>
    /// <returns>The approximate solution.</returns>
    /// <exception cref="ArgumentException">Also: a zero diagonal entry ("diagonal").</exception>
    public static double[] Jacobi(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 10_000, IList<double>? residuals = null)
    {
        // TODO: a sweep that reads only the old iterate; then the residual.
        throw new NotImplementedException("TODO IterativeSolvers.Jacobi: return the solution reached by Jacobi sweeps.");
    }

    /// <summary>
    /// Gauss–Seidel: like Jacobi, but each new entry is used at once in the same sweep (i = 0, 1, …, n − 1). On
    /// [[4, 1], [1, 3]]·x = (1, 2) the first iterate is (1/4, 7/12).
    /// </summary>
    /// <param name="a">A square matrix with a non-zero diagonal.</param>
    /// <param name="b">The right-hand side.</param>
    /// <param name="tolerance">The relative residual at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of sweeps, at least 1.</param>
    /// <param name="residuals">If not null, receives the relative residual of x₀ and of every iterate.</param>
    /// <returns>The approximate solution.</returns>
    /// <exception cref="ArgumentException">Also: a zero diagonal entry ("diagonal").</exception>
    public static double[] GaussSeidel(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 10_000, IList<double>? residuals = null)
    {
        // TODO: a sweep that overwrites x in place.
        throw new NotImplementedException("TODO IterativeSolvers.GaussSeidel: return the solution reached by Gauss–Seidel sweeps.");
    }

    /// <summary>
    /// The conjugate gradient method for symmetric positive definite A. In exact arithmetic it solves an n × n system in at
    /// most n iterations, and in few iterations when the eigenvalues of A form few clusters.
    /// </summary>
    /// <param name="a">A symmetric positive definite matrix (symmetric to 1e-12 relative to its largest entry).</param>
    /// <param name="b">The right-hand side.</param>
    /// <param name="tolerance">The relative residual at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of iterations, at least 1.</param>
    /// <param name="residuals">If not null, receives the relative residual of x₀ and of every iterate.</param>
    /// <returns>The approximate solution.</returns>
    /// <exception cref="ArgumentException">Also: A not symmetric ("symmetric"), or a direction p with pᵀA·p ≤ 0 ("positive definite").</exception>
    public static double[] ConjugateGradient(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 1_000, IList<double>? residuals = null)
    {
        // TODO: residual r, direction p; step α = rᵀr/pᵀAp; new direction p = r + β·p with β = r_newᵀr_new/rᵀr.
        throw new NotImplementedException("TODO IterativeSolvers.ConjugateGradient: return the solution reached by conjugate gradients.");
    }
}
