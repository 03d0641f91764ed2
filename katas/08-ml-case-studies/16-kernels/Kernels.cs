namespace MathForML.CaseStudies;

/// <summary>
/// Kernels — similarity functions k(x, y) that are inner products in some feature space: linear, polynomial and
/// Gaussian (RBF); the Gram matrix of a point set; and kernel ridge regression, which fits y with a weighted sum of
/// kernels centred on the training points.
/// </summary>
/// <remarks>
/// Points are rows of an n × d array or <c>double[]</c> vectors of equal length ("length" otherwise); empty inputs are
/// <see cref="ArgumentException"/>s with "empty"; null arguments throw <see cref="ArgumentNullException"/>.
/// Lesson: katas/08-ml-case-studies/16-kernels/README.md
/// </remarks>
public static class Kernels
{
    /// <summary>The linear kernel k(x, y) = x·y = Σᵢ xᵢyᵢ.</summary>
    /// <param name="x">A point.</param>
    /// <param name="y">A point of the same length.</param>
    /// <returns>x·y.</returns>
    public static double Linear(double[] x, double[] y)
    {
        // TODO: the dot product.
        throw new NotImplementedException("TODO Kernels.Linear: return x·y.");
    }

    /// <summary>The polynomial kernel k(x, y) = (x·y + c)^p.</summary>
    /// <param name="x">A point.</param>
    /// <param name="y">A point of the same length.</param>
    /// <param name="degree">p ≥ 1 (<see cref="ArgumentOutOfRangeException"/> otherwise).</param>
    /// <param name="offset">c ≥ 0 (<see cref="ArgumentOutOfRangeException"/> with "non-negative" otherwise).</param>
    /// <returns>(x·y + c)^p.</returns>
    public static double Polynomial(double[] x, double[] y, int degree, double offset)
    {
        // TODO: shift the dot product, raise it to the power.
        throw new NotImplementedException("TODO Kernels.Polynomial: return (x·y + c)^p.");
    }

    /// <summary>
    /// The Gaussian (RBF) kernel k(x, y) = exp(−‖x − y‖²/(2ℓ²)), with ‖x − y‖² summed from the differences xᵢ − yᵢ (so it
    /// stays accurate for nearby points far from the origin).
    /// </summary>
    /// <param name="x">A point.</param>
    /// <param name="y">A point of the same length.</param>
    /// <param name="lengthScale">ℓ &gt; 0 and finite (<see cref="ArgumentOutOfRangeException"/> with "positive" otherwise).</param>
    /// <returns>A value in [0, 1], equal to 1 when x = y.</returns>
    public static double Rbf(double[] x, double[] y, double lengthScale)
    {
        // TODO: the squared distance from the differences, then the Gaussian.
        throw new NotImplementedException("TODO Kernels.Rbf: return exp(−‖x − y‖²/(2ℓ²)).");
    }

    /// <summary>The Gram matrix G[i, j] = k(xᵢ, xⱼ) of the rows of <paramref name="points"/> (n × n, symmetric).</summary>
    /// <param name="points">The points, n × d, at least one row and column.</param>
    /// <param name="kernel">The kernel.</param>
    /// <returns>G.</returns>
    public static double[,] Gram(double[,] points, Func<double[], double[], double> kernel)
    {
        // TODO: one kernel evaluation per pair; use symmetry.
        throw new NotImplementedException("TODO Kernels.Gram: return G[i, j] = k(xᵢ, xⱼ).");
    }

    /// <summary>
    /// Kernel ridge regression's dual weights α = (G + λI)⁻¹y for the training Gram matrix G and targets y (solve the
    /// system with MathNet; it is symmetric positive definite for λ &gt; 0).
    /// </summary>
    /// <param name="gram">G, n × n with n ≥ 1 ("shape" otherwise, "empty" for n = 0).</param>
    /// <param name="targets">y, n entries ("length" otherwise).</param>
    /// <param name="lambda">λ ≥ 0 (<see cref="ArgumentOutOfRangeException"/> with "non-negative" otherwise); λ = 0 gives α = G⁻¹y.</param>
    /// <returns>α, n entries.</returns>
    public static double[] FitRidge(double[,] gram, double[] targets, double lambda)
    {
        // TODO: add λ to the diagonal of a copy of G and solve.
        throw new NotImplementedException("TODO Kernels.FitRidge: return α = (G + λI)⁻¹y.");
    }

    /// <summary>The kernel ridge prediction f(x) = Σᵢ αᵢ k(xᵢ, x) at every row x of <paramref name="queries"/>.</summary>
    /// <param name="training">The training points xᵢ, n × d.</param>
    /// <param name="alpha">α, n entries ("length" otherwise).</param>
    /// <param name="queries">The points to predict at, q × d ("length" if d differs).</param>
    /// <param name="kernel">The kernel used to fit α.</param>
    /// <returns>q predictions.</returns>
    public static double[] PredictRidge(double[,] training, double[] alpha, double[,] queries, Func<double[], double[], double> kernel)
    {
        // TODO: a weighted sum of kernels for each query.
        throw new NotImplementedException("TODO Kernels.PredictRidge: return Σᵢ αᵢ k(xᵢ, x) per query.");
    }
}
