using System.Diagnostics.CodeAnalysis;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Verification;

/// <summary>
/// FluentAssertions-style assertions on a dense matrix. Every failure message names the offending
/// position (the worst one when several entries fail) so a failing kata test points at the bug.
/// A null subject fails with a clear message rather than a <see cref="NullReferenceException"/>.
/// </summary>
/// <remarks>
/// Derives from FluentAssertions' object assertions, so the general checks that <c>Should()</c> offered before
/// this class took it over (<c>NotBeNull</c>, <c>BeSameAs</c>, <c>BeEquivalentTo</c>, …) still work;
/// <see cref="ReferenceTypeAssertions{TSubject, TAssertions}.Subject"/> is the original array or MathNet matrix.
/// </remarks>
public sealed class MatrixAssertions : ObjectAssertions<object?, MatrixAssertions>
{
    private const string Context = "Expected {context:matrix} ";
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Creates assertions on a two-dimensional array; normally reached through <c>Should()</c>.</summary>
    /// <param name="subject">The matrix under test, or null.</param>
    public MatrixAssertions(double[,]? subject)
        : base(subject) => Entries = subject;

    /// <summary>Creates assertions on a MathNet matrix; normally reached through <c>Should()</c>.</summary>
    /// <param name="subject">The matrix under test, or null.</param>
    public MatrixAssertions(Matrix<double>? subject)
        : base(subject) => Entries = subject?.ToArray();

    /// <summary>The entries of the matrix under test (for a MathNet matrix, a copy), or null.</summary>
    public double[,]? Entries { get; }

    /// <summary>Names the subject in failure messages when the caller's variable name cannot be determined.</summary>
    protected override string Identifier => "matrix";

    /// <summary>Asserts that the matrix has <paramref name="rows"/> rows and <paramref name="columns"/> columns.</summary>
    /// <param name="rows">The expected number of rows.</param>
    /// <param name="columns">The expected number of columns.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> HaveShape(int rows, int columns, string because = "", params object[] becauseArgs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        var expectation = $"to have shape {Describe.Shape(rows, columns)}";
        if (IsPresent(expectation, because, becauseArgs) && (Entries.GetLength(0) != rows || Entries.GetLength(1) != columns))
        {
            Fail(expectation, $"it is {Describe.Shape(Entries)}", because, becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    /// <summary>
    /// Asserts that the matrix has the same shape as <paramref name="expected"/> and every entry is within the
    /// tolerance of the corresponding expected entry; on failure names the worst entry <c>[i, j]</c> and how many
    /// entries are out of tolerance.
    /// </summary>
    /// <param name="expected">The reference matrix.</param>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeApproximately(
        double[,] expected, Tolerance? tolerance = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var within = tolerance ?? Tolerance.Default;
        var expectation = $"to be approximately equal to the expected matrix (within {within})";
        if (!IsPresent(expectation, because, becauseArgs))
        {
            return new AndConstraint<MatrixAssertions>(this);
        }

        var (rows, columns) = (Entries.GetLength(0), Entries.GetLength(1));
        if (rows != expected.GetLength(0) || columns != expected.GetLength(1))
        {
            Fail(expectation, $"it is {Describe.Shape(Entries)} where {Describe.Shape(expected)} was expected (shape mismatch)", because, becauseArgs);
            return new AndConstraint<MatrixAssertions>(this);
        }

        var worst = new WorstMismatch();
        var (wi, wj) = (-1, -1);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (worst.Consider(Entries[i, j], expected[i, j], within))
                {
                    (wi, wj) = (i, j);
                }
            }
        }

        if (worst.Count > 0)
        {
            Fail(
                expectation,
                $"entry [{wi}, {wj}] is {Describe.Number(worst.Actual)} where {Describe.Number(worst.Expected)} was expected " +
                $"(off by {Describe.Brief(worst.Difference)}, allowed {Describe.Brief(worst.Allowed)}); " +
                $"{Describe.OutOf(worst.Count, rows * columns, "entry", "entries")} out of tolerance",
                because,
                becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    /// <summary>
    /// Asserts that the matrix approximately equals a MathNet matrix; see the <c>double[,]</c> overload.
    /// </summary>
    /// <param name="expected">The reference matrix.</param>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeApproximately(
        Matrix<double> expected, Tolerance? tolerance = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return BeApproximately(expected.ToArray(), tolerance, because, becauseArgs);
    }

    /// <summary>
    /// Asserts that the matrix is square and each entry is within the tolerance of its mirror image
    /// (<c>a[i, j]</c> against <c>a[j, i]</c>); on failure names the worst mirrored pair.
    /// </summary>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeSymmetric(Tolerance? tolerance = null, string because = "", params object[] becauseArgs)
    {
        var within = tolerance ?? Tolerance.Default;
        var expectation = $"to be symmetric (within {within})";
        if (IsPresent(expectation, because, becauseArgs) && IsSquare(expectation, because, becauseArgs))
        {
            CheckSymmetry(Entries, within, expectation, string.Empty, because, becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    /// <summary>
    /// Asserts that the columns are orthonormal, that is <c>QᵀQ = I</c> within the tolerance. On failure names the
    /// worst entry of <c>QᵀQ − I</c>: a column whose squared norm is not 1, or two columns whose dot product is not 0.
    /// A matrix with more columns than rows fails, since its columns cannot be independent.
    /// </summary>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> HaveOrthonormalColumns(Tolerance? tolerance = null, string because = "", params object[] becauseArgs)
    {
        var within = tolerance ?? Tolerance.Default;
        var expectation = $"to have orthonormal columns (Q^T Q = I within {within})";
        if (!IsPresent(expectation, because, becauseArgs))
        {
            return new AndConstraint<MatrixAssertions>(this);
        }

        if (Entries.GetLength(1) > Entries.GetLength(0))
        {
            Fail(
                expectation,
                $"it is {Describe.Shape(Entries)}: {Entries.GetLength(1)} columns cannot be orthonormal in {Entries.GetLength(0)} dimensions",
                because,
                becauseArgs);
            return new AndConstraint<MatrixAssertions>(this);
        }

        CheckOrthonormalColumns(Entries, within, expectation, because, becauseArgs);
        return new AndConstraint<MatrixAssertions>(this);
    }

    /// <summary>
    /// Asserts that the matrix is orthogonal: square with orthonormal columns (<c>QᵀQ = I</c> within the tolerance).
    /// </summary>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeOrthogonal(Tolerance? tolerance = null, string because = "", params object[] becauseArgs)
    {
        var within = tolerance ?? Tolerance.Default;
        var expectation = $"to be orthogonal (square with Q^T Q = I within {within})";
        if (IsPresent(expectation, because, becauseArgs) && IsSquare(expectation, because, becauseArgs))
        {
            CheckOrthonormalColumns(Entries, within, expectation, because, becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    /// <summary>
    /// Asserts that every entry below the main diagonal is zero within the tolerance (any shape is allowed).
    /// A zero has no magnitude of its own, so the relative part of the tolerance is taken relative to the
    /// largest absolute entry of the matrix: allowed = Absolute + Relative · max |a[i, j]|.
    /// </summary>
    /// <param name="tolerance">How close counts as zero; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeUpperTriangular(Tolerance? tolerance = null, string because = "", params object[] becauseArgs) =>
        BeTriangular(upper: true, tolerance ?? Tolerance.Default, because, becauseArgs);

    /// <summary>
    /// Asserts that every entry above the main diagonal is zero within the tolerance (any shape is allowed);
    /// the relative part of the tolerance is taken relative to the largest absolute entry of the matrix.
    /// </summary>
    /// <param name="tolerance">How close counts as zero; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BeLowerTriangular(Tolerance? tolerance = null, string because = "", params object[] becauseArgs) =>
        BeTriangular(upper: false, tolerance ?? Tolerance.Default, because, becauseArgs);

    /// <summary>
    /// Asserts that the matrix is symmetric (within <see cref="Tolerance.Default"/>) and that all its eigenvalues,
    /// computed by MathNet's symmetric eigen-solver, are positive; on failure gives the smallest eigenvalue.
    /// "Positive" means above the rounding level <c>n · ε · |λmax|</c>: a smaller eigenvalue is indistinguishable from
    /// zero in double precision, so a numerically singular matrix (for example a large Hilbert matrix) is rejected.
    /// </summary>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MatrixAssertions> BePositiveDefinite(string because = "", params object[] becauseArgs)
    {
        const string Expectation = "to be positive definite";
        if (!IsPresent(Expectation, because, becauseArgs)
            || !IsSquare(Expectation, because, becauseArgs)
            || !CheckFinite(Entries, Expectation, because, becauseArgs)
            || !CheckSymmetry(Entries, Tolerance.Default, Expectation, "it is not symmetric: ", because, becauseArgs))
        {
            return new AndConstraint<MatrixAssertions>(this);
        }

        if (Entries.Length == 0)
        {
            return new AndConstraint<MatrixAssertions>(this);
        }

        var eigenvalues = Oracle.SymmetricEigenvaluesUnchecked(Entries);
        var smallest = eigenvalues[0];
        var largest = eigenvalues[^1];

        // An eigenvalue within rounding noise of zero (n·ε·|λmax|) cannot be told apart from 0 or a tiny negative.
        var noise = eigenvalues.Length * MachineEpsilon * Math.Abs(largest);
        if (!(smallest > noise))
        {
            Fail(
                Expectation,
                $"its smallest eigenvalue is {Describe.Number(smallest)} " +
                $"(eigenvalues range from {Describe.Number(smallest)} to {Describe.Number(largest)}; " +
                $"{Describe.OutOf(eigenvalues.Count(e => !(e > noise)), eigenvalues.Length, "eigenvalue", "eigenvalues")} " +
                $"not above the rounding level {Describe.Brief(noise)})",
                because,
                becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    [CustomAssertion]
    private AndConstraint<MatrixAssertions> BeTriangular(bool upper, Tolerance within, string because, object[] becauseArgs)
    {
        var side = upper ? "below" : "above";
        var expectation = $"to be {(upper ? "upper" : "lower")} triangular (entries {side} the diagonal zero within {within}, " +
                          "relative part taken from the largest entry)";
        if (!IsPresent(expectation, because, becauseArgs))
        {
            return new AndConstraint<MatrixAssertions>(this);
        }

        var (rows, columns) = (Entries.GetLength(0), Entries.GetLength(1));
        var scale = 0.0;
        foreach (var value in Entries)
        {
            if (double.IsFinite(value))
            {
                scale = Math.Max(scale, Math.Abs(value));
            }
        }

        var allowed = within.Absolute + (within.Relative * scale);
        var worst = new WorstMismatch();
        var (wi, wj) = (-1, -1);
        var considered = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (upper ? i <= j : i >= j)
                {
                    continue;
                }

                considered++;
                if (worst.ConsiderZero(Entries[i, j], allowed))
                {
                    (wi, wj) = (i, j);
                }
            }
        }

        if (worst.Count > 0)
        {
            Fail(
                expectation,
                $"entry [{wi}, {wj}] {side} the diagonal is {Describe.Number(worst.Actual)} " +
                $"(allowed {Describe.Brief(allowed)}, largest entry {Describe.Brief(scale)}); " +
                $"{Describe.OutOf(worst.Count, considered, $"entry {side} the diagonal", $"entries {side} the diagonal")} not zero",
                because,
                becauseArgs);
        }

        return new AndConstraint<MatrixAssertions>(this);
    }

    [CustomAssertion]
    private static bool CheckSymmetry(double[,] matrix, Tolerance within, string expectation, string prefix, string because, object[] becauseArgs)
    {
        var n = matrix.GetLength(0);
        var worst = new WorstMismatch();
        var (wi, wj) = (-1, -1);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (worst.Consider(matrix[i, j], matrix[j, i], within))
                {
                    (wi, wj) = (i, j);
                }
            }
        }

        if (worst.Count == 0)
        {
            return true;
        }

        Fail(
            expectation,
            $"{prefix}entry [{wi}, {wj}] is {Describe.Number(worst.Actual)} while its mirror [{wj}, {wi}] is {Describe.Number(worst.Expected)} " +
            $"(off by {Describe.Brief(worst.Difference)}, allowed {Describe.Brief(worst.Allowed)}); " +
            $"{Describe.OutOf(worst.Count, n * (n - 1) / 2, "mirrored pair", "mirrored pairs")} out of tolerance",
            because,
            becauseArgs);
        return false;
    }

    [CustomAssertion]
    private static void CheckOrthonormalColumns(double[,] q, Tolerance within, string expectation, string because, object[] becauseArgs)
    {
        var (rows, columns) = (q.GetLength(0), q.GetLength(1));
        var worst = new WorstMismatch();
        var (wi, wj) = (-1, -1);
        for (var i = 0; i < columns; i++)
        {
            for (var j = i; j < columns; j++)
            {
                var dot = 0.0;
                for (var k = 0; k < rows; k++)
                {
                    dot += q[k, i] * q[k, j];
                }

                if (worst.Consider(dot, i == j ? 1 : 0, within))
                {
                    (wi, wj) = (i, j);
                }
            }
        }

        if (worst.Count == 0)
        {
            return;
        }

        var offender = wi == wj
            ? $"column {wi} has squared norm {Describe.Number(worst.Actual)}, expected 1"
            : $"columns {wi} and {wj} have dot product {Describe.Number(worst.Actual)}, expected 0";
        Fail(
            expectation,
            $"{offender} (off by {Describe.Brief(worst.Difference)}, allowed {Describe.Brief(worst.Allowed)}); " +
            $"{Describe.OutOf(worst.Count, columns * (columns + 1) / 2, "entry of Q^T Q on or above the diagonal", "entries of Q^T Q on or above the diagonal")} out of tolerance",
            because,
            becauseArgs);
    }

    [CustomAssertion]
    private static bool CheckFinite(double[,] matrix, string expectation, string because, object[] becauseArgs)
    {
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            for (var j = 0; j < matrix.GetLength(1); j++)
            {
                if (!double.IsFinite(matrix[i, j]))
                {
                    Fail(expectation, $"entry [{i}, {j}] is {Describe.Number(matrix[i, j])}", because, becauseArgs);
                    return false;
                }
            }
        }

        return true;
    }

    [CustomAssertion]
    [MemberNotNullWhen(true, nameof(Entries))]
    private bool IsPresent(string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Entries is not null)
            .FailWith(Context + expectation + "{reason}, but found <null>.");

    [CustomAssertion]
    private bool IsSquare(string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Entries is not null && Entries.GetLength(0) == Entries.GetLength(1))
            .FailWith(Context + expectation + $"{{reason}}, but it is {(Entries is null ? "null" : Describe.Shape(Entries))}, which is not square.");

    [CustomAssertion]
    private static void Fail(string expectation, string failure, string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(Context + expectation + "{reason}, but " + failure + ".");
}
