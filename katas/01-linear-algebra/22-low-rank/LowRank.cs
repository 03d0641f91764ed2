namespace MathForML.LinearAlgebra;

/// <summary>
/// Low-rank approximation. By the Eckart–Young theorem, the closest matrix of rank at most k to A — in the
/// Frobenius norm and in the spectral norm — keeps the k largest singular triplets of A = UΣVᵀ and drops the rest.
/// Builds on <see cref="Svd.Decompose"/> from the previous kata.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/22-low-rank/README.md</remarks>
public static class LowRank
{
    /// <summary>
    /// A_k = σ₁u₁v₁ᵀ + … + σₖuₖvₖᵀ, the k largest singular triplets from <see cref="Svd.Decompose"/>; in C# (indices
    /// from 0), result[a, b] = Σ_{i&lt;k} σ[i]·U[a, i]·V[b, i]. rank = 0 gives the zero matrix; rank = min(m, n)
    /// gives A back.
    /// </summary>
    /// <param name="a">An m×n matrix (m, n ≥ 1). It is not modified.</param>
    /// <param name="rank">The rank k to keep, 0 ≤ k ≤ min(m, n).</param>
    /// <returns>A_k, a new m×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative or larger than min(m, n).</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty").</exception>
    public static double[,] Approximate(double[,] a, int rank)
    {
        // TODO: check the rank, decompose with Svd.Decompose, and add up the first `rank` outer products σᵢuᵢvᵢᵀ.
        throw new NotImplementedException("TODO LowRank.Approximate: return the sum of the top `rank` singular triplets.");
    }

    /// <summary>
    /// The error of the best rank-k approximation: ‖A − A_k‖_F = √(σₖ₊₁² + … + σᵣ²), the length of the dropped part
    /// of the spectrum — in C#, of the values from index k on (0 when nothing is dropped). Values near 1e±200 must
    /// neither overflow nor underflow.
    /// </summary>
    /// <param name="singularValues">σ₁ ≥ σ₂ ≥ … ≥ 0, as returned by an SVD.</param>
    /// <param name="rank">The number k of values kept, 0 ≤ k ≤ singularValues.Length.</param>
    /// <returns>√(σₖ₊₁² + … + σᵣ²).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="singularValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative or larger than the number of values.</exception>
    /// <exception cref="ArgumentException">A value is negative ("negative") or the values are not in descending order ("descending").</exception>
    public static double FrobeniusError(double[] singularValues, int rank)
    {
        // TODO: validate, then return the scaled square root of the sum of the squares from index `rank` on.
        throw new NotImplementedException("TODO LowRank.FrobeniusError: return √(Σ_{i≥rank} σᵢ²).");
    }
}
