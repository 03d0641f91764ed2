using System.Numerics;

namespace MathForML.LinearAlgebra;

/// <summary>
/// The eigenvalues of a 2×2 matrix in closed form: they are the roots of the characteristic polynomial
/// det(A − λI) = λ² − tr(A)·λ + det(A), found with a quadratic formula that is careful about rounding.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/16-eigen-2x2/README.md</remarks>
public static class Eigen2x2
{
    /// <summary>
    /// Both eigenvalues of A = [[a, b], [c, d]]: λ = m ± √D with m = tr/2 = (a + d)/2 and discriminant
    /// D = m² − det = ((a − d)/2)² + bc.
    /// <list type="bullet">
    /// <item>D ≥ 0: two real roots, larger first, imaginary parts 0.</item>
    /// <item>D &lt; 0: the complex pair m ± i√(−D); the one with positive imaginary part first.</item>
    /// </list>
    /// Each root to full relative precision: a tiny eigenvalue next to a huge one (where the textbook m − √D cancels)
    /// and two nearly equal ones (where m² − det cancels) included. Any scale: for c·A with c = 1e200 or 1e-200 the
    /// roots are c·λ, with nothing overflowing or underflowing; the zero matrix has the eigenvalue 0 twice.
    /// </summary>
    /// <param name="a">A 2×2 matrix.</param>
    /// <returns>(First, Second): real ones with First ≥ Second, a complex pair with First.Imaginary &gt; 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not 2×2 ("2x2").</exception>
    public static (Complex First, Complex Second) Eigenvalues(double[,] a)
    {
        // TODO: scale by the largest entry, compute m = (a + d)/2 and D = ((a − d)/2)² + bc, then branch on the sign of D.
        throw new NotImplementedException("TODO Eigen2x2.Eigenvalues: return the two roots of λ² − tr·λ + det = 0, larger (or positive imaginary) first.");
    }
}
