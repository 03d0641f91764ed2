namespace MathForML.LinearAlgebra;

/// <summary>
/// A basis b₁ … bₙ of ℝⁿ is a set of n linearly independent vectors; every v ∈ ℝⁿ is then c₁b₁ + … + cₙbₙ for
/// exactly one list of coordinates c. Writing the bᵢ as the columns of a matrix B, v = Bc, so finding coordinates
/// means solving the linear system Bc = v. A basis is passed as an array of vectors: <c>basis[i]</c> is bᵢ₊₁ (C# array
/// index i from 0), and coordinate arrays are indexed the same way.
/// This kata builds on <see cref="GaussianElimination"/> (solving), <see cref="LuDecomposition"/> (one factorisation,
/// many solves) and <see cref="RankAndBasis"/> (checking independence).
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/12-change-of-basis/README.md</remarks>
public static class ChangeOfBasis
{
    /// <summary>
    /// The coordinates c of v in the basis: the unique c with Σᵢ cᵢbᵢ = v, i.e. the solution of Bc = v where column i
    /// of B is bᵢ. (Careful: the bᵢ are the COLUMNS of B, not its rows.)
    /// </summary>
    /// <param name="basis">n linearly independent vectors, each of length n.</param>
    /// <param name="v">A vector of length n.</param>
    /// <returns>The coordinates c, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/>, one of its vectors, or <paramref name="v"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The vectors are not a basis of ℝⁿ — none, not n of them, not all of length n, or linearly dependent ("basis");
    /// <paramref name="v"/>'s length is not n ("length").
    /// </exception>
    public static double[] Coordinates(double[][] basis, double[] v)
    {
        // TODO: check the basis, put the vectors in the columns of a matrix, and solve.
        throw new NotImplementedException("TODO ChangeOfBasis.Coordinates: return c with Σᵢ cᵢbᵢ = v.");
    }

    /// <summary>The vector whose coordinates in the basis are c: v = Σᵢ cᵢbᵢ = Bc.</summary>
    /// <param name="basis">n linearly independent vectors, each of length n.</param>
    /// <param name="coordinates">n coordinates, one per basis vector.</param>
    /// <returns>v, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/>, one of its vectors, or <paramref name="coordinates"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The vectors are not a basis of ℝⁿ ("basis"); <paramref name="coordinates"/>' length is not n ("length").
    /// </exception>
    public static double[] FromCoordinates(double[][] basis, double[] coordinates)
    {
        // TODO: a linear combination of the basis vectors.
        throw new NotImplementedException("TODO ChangeOfBasis.FromCoordinates: return Σᵢ cᵢbᵢ.");
    }

    /// <summary>
    /// The n×n matrix M that converts coordinates: [v]_to = M·[v]_from for every v. With F and T holding the two bases
    /// as columns, M = T⁻¹F: array column j of M holds the coordinates of <c>from[j]</c> in the "to" basis.
    /// </summary>
    /// <param name="from">The basis the coordinates are given in.</param>
    /// <param name="to">The basis the coordinates are wanted in.</param>
    /// <returns>M, a new n×n array.</returns>
    /// <exception cref="ArgumentNullException">Either basis, or one of its vectors, is null.</exception>
    /// <exception cref="ArgumentException">
    /// Either set is not a basis ("basis"); the two bases are of different dimensions ("dimension").
    /// </exception>
    public static double[,] ChangeOfBasisMatrix(double[][] from, double[][] to)
    {
        // TODO: column j of M is the coordinates of from[j] in the basis "to".
        throw new NotImplementedException("TODO ChangeOfBasis.ChangeOfBasisMatrix: return M with [v]_to = M·[v]_from.");
    }
}
