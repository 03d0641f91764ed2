namespace MathForML.Optimization;

/// <summary>
/// Convexity checks — Jensen's inequality on sample points, positive semidefiniteness of a Hessian — and the Euclidean
/// projections P(x) = argmin over z in C of ‖z − x‖₂ onto a ball, a box and the probability simplex.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/09-convexity/README.md</remarks>
public static class Convexity
{
    /// <summary>
    /// Tests Jensen's inequality f(θa + (1 − θ)b) ≤ θf(a) + (1 − θ)f(b) for every pair a = points[i], b = points[j]
    /// with i &lt; j and every θ = k/(steps + 1), k = 1 … steps. A pair and θ violate it when the gap
    /// f(θa + (1 − θ)b) − (θf(a) + (1 − θ)f(b)) exceeds tolerance·max(1, |θf(a) + (1 − θ)f(b)|).
    /// </summary>
    /// <param name="f">The function to test; it receives copies.</param>
    /// <param name="points">At least two points of the same length n ≥ 1, finite.</param>
    /// <param name="steps">How many values of θ per pair, at least 1.</param>
    /// <param name="tolerance">The relative slack for rounding, non-negative.</param>
    /// <returns>
    /// The violation with the LARGEST gap (A = points[i], B = points[j], i &lt; j; of equal gaps the first in the order
    /// of i, then j, then k), or null if there is none.
    /// </returns>
    /// <exception cref="ArgumentNullException">f, points or a point is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two points ("two"); a point is empty ("empty"); lengths differ ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">steps &lt; 1; a tolerance that is negative or not finite, or a non-finite entry ("finite").</exception>
    /// <remarks>Lesson: katas/05-optimization/09-convexity/README.md</remarks>
    public static JensenViolation? FindJensenViolation(Func<double[], double> f, IReadOnlyList<double[]> points, int steps = 9, double tolerance = 1e-12)
    {
        // TODO: three nested loops: i, j > i, k.
        throw new NotImplementedException("TODO Convexity.FindJensenViolation: return the largest violation of f(θa + (1 − θ)b) ≤ θf(a) + (1 − θ)f(b), or null.");
    }

    /// <summary>
    /// Whether the symmetric matrix h is positive semidefinite: no eigenvalue below −tolerance·max|λᵢ| (a relative test,
    /// so h and 10¹²h get the same answer; the zero matrix is PSD). MathNet may compute the eigenvalues.
    /// </summary>
    /// <param name="h">A square, symmetric matrix with finite entries.</param>
    /// <param name="tolerance">The relative slack, non-negative; also the symmetry tolerance relative to max|hᵢⱼ|.</param>
    /// <returns>True when h is PSD.</returns>
    /// <exception cref="ArgumentNullException">h is null.</exception>
    /// <exception cref="ArgumentException">h is empty ("empty"), not square ("square") or not symmetric ("symmetric").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance that is negative or not finite, or a non-finite entry ("finite").</exception>
    public static bool IsPositiveSemidefinite(double[,] h, double tolerance = 1e-10)
    {
        // TODO: validate, then look at the smallest eigenvalue.
        throw new NotImplementedException("TODO Convexity.IsPositiveSemidefinite: return whether every eigenvalue of h is ≥ 0 (relative tolerance).");
    }

    /// <summary>
    /// The Euclidean projection onto the ball {z : ‖z − c‖₂ ≤ r}. A point inside (or on the sphere) is returned unchanged.
    /// </summary>
    /// <param name="x">The point, n ≥ 1 finite entries; not modified.</param>
    /// <param name="centre">c, n finite entries.</param>
    /// <param name="radius">r, positive and finite.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">x or centre is null.</exception>
    /// <exception cref="ArgumentException">x is empty ("empty"); the lengths differ ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">r ≤ 0 or not finite, or a non-finite entry ("finite").</exception>
    public static double[] ProjectOntoBall(double[] x, double[] centre, double radius)
    {
        // TODO: how far is x from c?
        throw new NotImplementedException("TODO Convexity.ProjectOntoBall: return the nearest point of the ball ‖z − c‖ ≤ r.");
    }

    /// <summary>The Euclidean projection onto the box {z : lᵢ ≤ zᵢ ≤ uᵢ}; bounds may be infinite.</summary>
    /// <param name="x">The point, n ≥ 1 finite entries; not modified.</param>
    /// <param name="lower">l, n entries.</param>
    /// <param name="upper">u, n entries.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">x is empty ("empty"); the lengths differ ("length"); some lᵢ &gt; uᵢ, so the box is empty ("lower", "empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A non-finite entry of x ("finite").</exception>
    public static double[] ProjectOntoBox(double[] x, double[] lower, double[] upper)
    {
        // TODO: one coordinate at a time.
        throw new NotImplementedException("TODO Convexity.ProjectOntoBox: return x clipped to [l, u].");
    }

    /// <summary>
    /// The Euclidean projection onto the probability simplex {p : pᵢ ≥ 0, Σpᵢ = 1}, in O(n log n) time.
    /// </summary>
    /// <param name="x">The point, n ≥ 1 finite entries; not modified.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">x is null.</exception>
    /// <exception cref="ArgumentException">x is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A non-finite entry ("finite").</exception>
    public static double[] ProjectOntoSimplex(double[] x)
    {
        // TODO: sort, find τ, subtract and clip.
        throw new NotImplementedException("TODO Convexity.ProjectOntoSimplex: return the nearest point p ≥ 0 with Σp = 1.");
    }
}
