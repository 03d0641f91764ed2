namespace MathForML.LinearAlgebra;

/// <summary>
/// Linear algebra as machine learning uses it every day. A data set is a matrix X whose rows are samples and whose
/// columns are features; a linear model predicts all samples at once with one matrix–vector product, ŷ = Xw + b.
/// An embedding table is a matrix whose rows are vectors; similarity search ranks its rows by the angle they make
/// with a query.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/06-linear-models/README.md</remarks>
public static class LinearModels
{
    /// <summary>
    /// Batched predictions of the linear model ŷ = Xw + b: for an m×n feature matrix X (row i is sample i), weights w
    /// of length n and a bias b, returns the m predictions ŷᵢ = b + Σⱼ xᵢⱼwⱼ, one per row, in row order.
    /// </summary>
    /// <param name="features">The m×n matrix X, one sample per row, one feature per column.</param>
    /// <param name="weights">The n weights w, one per feature (column).</param>
    /// <param name="bias">The bias (intercept) b added to every prediction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> or <paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of weights differs from the number of columns ("columns").</exception>
    public static double[] Predict(double[,] features, double[] weights, double bias)
    {
        // TODO: check one weight per column, then ŷᵢ = b + (row i)·w for every row i.
        throw new NotImplementedException("TODO LinearModels.Predict: return ŷ = Xw + b, one prediction per row of X.");
    }

    /// <summary>
    /// The indices (C# row indices, from 0) of the <paramref name="k"/> rows of <paramref name="embeddings"/> with the
    /// highest cosine similarity cos θᵢ = (rowᵢ · q) / (‖rowᵢ‖₂‖q‖₂) to the query q, most similar first; equal
    /// similarities are ordered by the lower row index first. A zero row has no direction: it scores 0, like a row
    /// perpendicular to the query (it is neither similar nor dissimilar). Huge or tiny entries must not overflow or
    /// underflow: a query or a row multiplied by 1e200 or 1e-200 ranks exactly as before.
    /// </summary>
    /// <param name="embeddings">The m×d matrix of embeddings, one per row.</param>
    /// <param name="query">The query vector, d entries, not all zero.</param>
    /// <param name="k">How many indices to return, 1 ≤ k ≤ m.</param>
    /// <exception cref="ArgumentNullException"><paramref name="embeddings"/> or <paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The query's length differs from the number of columns ("columns"), or the query is the zero vector ("zero").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1 or above the number of rows.</exception>
    public static int[] NearestByCosine(double[,] embeddings, double[] query, int k)
    {
        // TODO: score every row by its cosine with the query, then sort the row indices by score, highest first.
        throw new NotImplementedException("TODO LinearModels.NearestByCosine: return the indices of the k rows most cosine-similar to the query.");
    }
}
