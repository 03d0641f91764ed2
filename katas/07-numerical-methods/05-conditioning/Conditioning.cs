namespace MathForML.NumericalMethods;

/// <summary>
/// How much a linear system amplifies relative errors: the condition number κ(A) = σmax/σmin, the Hilbert matrices
/// whose κ grows like e^(3.5n), the measured amplification (‖δx‖/‖x‖)/(‖δb‖/‖b‖) ≤ κ(A), and the normal matrix AᵀA,
/// whose condition number is κ(A)². Norms are Euclidean (2-norms).
/// </summary>
/// <remarks>
/// The singular values may come from MathNet.Numerics (<c>Matrix&lt;double&gt;.Build.DenseOfArray(a).Svd(false)</c>);
/// this kata is about what they mean, not how to compute them.
/// Lesson: katas/07-numerical-methods/05-conditioning/README.md
/// </remarks>
public static class Conditioning
{
    /// <summary>κ(A) = σmax/σmin of an m × n matrix with m ≥ n (+∞ when σmin = 0). κ([[2, 0], [0, 0.5]]) = 4.</summary>
    /// <param name="a">A non-empty matrix with at least as many rows as columns, finite entries.</param>
    /// <returns>κ(A) ≥ 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">A is empty ("empty"), wider than tall ("rows"), or not finite ("finite").</exception>
    public static double ConditionNumber(double[,] a)
    {
        // TODO: the ratio of the largest to the smallest singular value.
        throw new NotImplementedException("TODO Conditioning.ConditionNumber: return σmax/σmin.");
    }

    /// <summary>The n × n Hilbert matrix, H[i, j] = 1/(i + j + 1) with C# indices from 0 (1/(i + j − 1) from 1).</summary>
    /// <param name="n">The size, at least 1.</param>
    /// <returns>A new n × n array.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static double[,] Hilbert(int n)
    {
        // TODO: fill the matrix entry by entry.
        throw new NotImplementedException("TODO Conditioning.Hilbert: return the matrix with entries 1/(i + j + 1).");
    }

    /// <summary>
    /// The error amplification (‖δx‖/‖x‖)/(‖δb‖/‖b‖) of the square system A·x = b for the perturbation δb, where
    /// A·δx = δb (solve both systems, e.g. with MathNet's LU; do not subtract two solutions).
    /// </summary>
    /// <param name="a">A square, non-singular matrix.</param>
    /// <param name="b">The right-hand side, one entry per row, not zero.</param>
    /// <param name="deltaB">The perturbation of b, same length, not zero.</param>
    /// <returns>The amplification factor, between 1/κ(A) and κ(A).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A is empty or not square ("square"), a vector has the wrong length ("length"), or b or δb is zero ("zero").</exception>
    public static double Amplification(double[,] a, double[] b, double[] deltaB)
    {
        // TODO: x from A·x = b, δx from A·δx = δb, then the ratio of the two relative sizes.
        throw new NotImplementedException("TODO Conditioning.Amplification: return (‖δx‖/‖x‖)/(‖δb‖/‖b‖).");
    }

    /// <summary>The normal matrix AᵀA of an m × n matrix: n × n, symmetric, (AᵀA)[j, k] = Σᵢ A[i, j]·A[i, k].</summary>
    /// <param name="a">A non-empty matrix.</param>
    /// <returns>A new n × n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">A is empty ("empty").</exception>
    public static double[,] NormalMatrix(double[,] a)
    {
        // TODO: a triple loop; only the upper triangle needs computing.
        throw new NotImplementedException("TODO Conditioning.NormalMatrix: return AᵀA.");
    }
}
