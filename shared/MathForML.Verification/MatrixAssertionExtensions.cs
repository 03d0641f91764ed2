using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Verification;

/// <summary>
/// Entry points for matrix assertions: <c>matrix.Should()</c> on a <c>double[,]</c> or a MathNet
/// <see cref="Matrix{T}"/> returns <see cref="MatrixAssertions"/>, which adds matrix checks to FluentAssertions'
/// generic object assertions.
/// </summary>
public static class MatrixAssertionExtensions
{
    /// <summary>Starts an assertion on a two-dimensional array treated as a matrix (rows × columns).</summary>
    /// <param name="actual">The matrix under test; null is reported as an assertion failure.</param>
    /// <returns>The matrix assertions.</returns>
    public static MatrixAssertions Should(this double[,]? actual) => new(actual);

    /// <summary>Starts an assertion on a MathNet matrix (its entries are copied into a <c>double[,]</c>).</summary>
    /// <param name="actual">The matrix under test; null is reported as an assertion failure.</param>
    /// <returns>The matrix assertions.</returns>
    public static MatrixAssertions Should(this Matrix<double>? actual) => new(actual);
}
