namespace MathForML.LinearAlgebra;

/// <summary>
/// The factors of PA = LU, where P is a permutation matrix that reorders the rows of A.
/// Row i of PA is row <see cref="Permutation"/>[i] of A; <see cref="Lower"/> is unit lower triangular
/// (ones on the diagonal) and <see cref="Upper"/> is upper triangular. This type is complete: you fill it in
/// <see cref="LuDecomposition.Decompose"/>.
/// </summary>
/// <param name="Lower">L, n×n: lᵢᵢ = 1, lᵢⱼ = 0 for j &gt; i, and below the diagonal the elimination multipliers.</param>
/// <param name="Upper">U, n×n: uᵢⱼ = 0 for i &gt; j.</param>
/// <param name="Permutation">The row order: row i of PA is row Permutation[i] of A (the identity order is 0, 1, …, n − 1).</param>
public sealed record LuFactors(double[,] Lower, double[,] Upper, int[] Permutation)
{
    /// <summary>
    /// The sign of the permutation, det(P): +1 when it is an even number of row swaps, −1 when odd.
    /// A cycle of length k is k − 1 swaps, so the sign is −1 to the power (n − number of cycles).
    /// </summary>
    public int Sign
    {
        get
        {
            var visited = new bool[Permutation.Length];
            var sign = 1;
            for (var start = 0; start < Permutation.Length; start++)
            {
                if (visited[start])
                {
                    continue;
                }
                var length = 0;
                for (var i = start; !visited[i]; i = Permutation[i])
                {
                    visited[i] = true;
                    length++;
                }
                if (length % 2 == 0)
                {
                    sign = -sign;
                }
            }
            return sign;
        }
    }
}
