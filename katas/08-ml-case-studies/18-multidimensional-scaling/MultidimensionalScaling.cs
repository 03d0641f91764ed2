namespace MathForML.CaseStudies;

/// <summary>
/// Classical multidimensional scaling: from the squared pairwise distances of n points alone, recover coordinates —
/// double-centre the distances into the Gram matrix B of the centred points, then embed with B's leading eigenvectors.
/// </summary>
/// <remarks>
/// A squared-distance matrix must be non-empty ("empty"), square ("not square"), symmetric to within 1e-9 relative to its
/// largest entry ("symmetric"), with finite non-negative entries ("negative") and a zero diagonal ("diagonal"); all
/// are <see cref="ArgumentException"/>s; null arguments throw <see cref="ArgumentNullException"/>.
/// Lesson: katas/08-ml-case-studies/18-multidimensional-scaling/README.md
/// </remarks>
public static class MultidimensionalScaling
{
    /// <summary>The squared Euclidean distances D²[i, j] = ‖xᵢ − xⱼ‖² between the rows of <paramref name="points"/>.</summary>
    /// <param name="points">n × d points, at least one row and column ("empty").</param>
    /// <returns>D², n × n.</returns>
    public static double[,] SquaredDistances(double[,] points)
    {
        // TODO: sum the squared coordinate differences for every pair.
        throw new NotImplementedException("TODO MultidimensionalScaling.SquaredDistances: return ‖xᵢ − xⱼ‖² for every pair.");
    }

    /// <summary>
    /// Double centring B = −½·J·D²·J with the centring matrix J = I − (1/n)·11ᵀ: B[i, j] = −½(D²ᵢⱼ − rᵢ − rⱼ + g), where rᵢ
    /// is the mean of row i and g the mean of all entries. For Euclidean distances B is the Gram matrix of the centred points.
    /// </summary>
    /// <param name="squaredDistances">D², validated as in the remarks.</param>
    /// <returns>B, n × n, symmetric with rows summing to 0.</returns>
    public static double[,] DoubleCenter(double[,] squaredDistances)
    {
        // TODO: row means, the grand mean, then the formula entry by entry.
        throw new NotImplementedException("TODO MultidimensionalScaling.DoubleCenter: return −½·J·D²·J.");
    }

    /// <summary>
    /// The classical MDS embedding in k dimensions: with the eigenvalues λ₁ ≥ λ₂ ≥ … of B (MathNet's symmetric
    /// eigen-decomposition) and unit eigenvectors v₁, v₂, …, column c of the result is √max(λ_c, 0)·v_c (negative
    /// eigenvalues, from non-Euclidean distances, count as 0).
    /// </summary>
    /// <param name="squaredDistances">D², validated as in the remarks.</param>
    /// <param name="dimensions">k, 1 … n (<see cref="ArgumentOutOfRangeException"/> otherwise).</param>
    /// <returns>n × k coordinates, centred (each column sums to 0), unique up to rotation and reflection.</returns>
    public static double[,] Embed(double[,] squaredDistances, int dimensions)
    {
        // TODO: double-centre, decompose, keep the k largest eigenpairs, scale each eigenvector.
        throw new NotImplementedException("TODO MultidimensionalScaling.Embed: return the n × k coordinates √λ·v.");
    }
}
