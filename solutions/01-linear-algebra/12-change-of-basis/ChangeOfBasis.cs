namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: coordinates in a basis and the matrix that converts between two bases.</summary>
public static class ChangeOfBasis
{
    /// <summary>The coordinates c of v in the basis: Σᵢ cᵢbᵢ = v, i.e. the solution of Bc = v with the bᵢ as the columns of B.</summary>
    /// <param name="basis">n linearly independent vectors of length n.</param>
    /// <param name="v">A vector of length n.</param>
    /// <returns>The coordinates, one per basis vector.</returns>
    public static double[] Coordinates(double[][] basis, double[] v)
    {
        // Solve rejects a null v or one of the wrong length.
        return GaussianElimination.Solve(BasisMatrix(basis, nameof(basis)), v);
    }

    /// <summary>The vector with the given coordinates: v = Σᵢ cᵢbᵢ = Bc.</summary>
    /// <param name="basis">n linearly independent vectors of length n.</param>
    /// <param name="coordinates">n coordinates, one per basis vector.</param>
    /// <returns>The vector v.</returns>
    public static double[] FromCoordinates(double[][] basis, double[] coordinates)
    {
        var b = BasisMatrix(basis, nameof(basis));
        var n = b.GetLength(0);
        SystemsGuard.RequireLength(coordinates, n, nameof(coordinates));
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                v[i] += b[i, j] * coordinates[j];
            }
        }
        return v;
    }

    /// <summary>
    /// M with [v]_to = M·[v]_from for every v. Column j of M is the coordinates of from[j] in the "to" basis, so
    /// M = T⁻¹F (F and T hold the bases as columns); it is computed by factoring T once and solving n systems.
    /// </summary>
    /// <param name="from">The basis the coordinates are given in.</param>
    /// <param name="to">The basis the coordinates are wanted in, of the same dimension.</param>
    /// <returns>The n×n change-of-basis matrix.</returns>
    public static double[,] ChangeOfBasisMatrix(double[][] from, double[][] to)
    {
        var f = BasisMatrix(from, nameof(from));
        var t = BasisMatrix(to, nameof(to));
        var n = f.GetLength(0);
        if (t.GetLength(0) != n)
        {
            throw new ArgumentException($"Both bases must have the same dimension, but 'from' spans ℝ^{n} and 'to' spans ℝ^{t.GetLength(0)}.", nameof(to));
        }

        var lu = LuDecomposition.Decompose(t);
        var m = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var column = LuDecomposition.Solve(lu, from[j]);
            for (var i = 0; i < n; i++)
            {
                m[i, j] = column[i];
            }
        }
        return m;
    }

    // The basis vectors as the columns of an n×n matrix, after checking that they really are a basis of ℝⁿ:
    // exactly n vectors, each of length n, linearly independent.
    private static double[,] BasisMatrix(double[][] basis, string name)
    {
        ArgumentNullException.ThrowIfNull(basis, name);
        if (basis.Length == 0)
        {
            throw new ArgumentException("An empty set is not a basis of any ℝⁿ with n ≥ 1.", name);
        }
        foreach (var vector in basis)
        {
            ArgumentNullException.ThrowIfNull(vector, name);
            if (vector.Length != basis.Length)
            {
                throw new ArgumentException($"A basis of ℝⁿ has n vectors of length n; got {basis.Length} vectors and one of length {vector.Length}.", name);
            }
        }
        if (!RankAndBasis.AreLinearlyIndependent(basis))
        {
            throw new ArgumentException("The vectors are linearly dependent, so they are not a basis.", name);
        }
        return SystemsGuard.Columns(basis, name);
    }
}
