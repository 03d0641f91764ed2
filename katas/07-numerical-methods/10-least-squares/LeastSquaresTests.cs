using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Five least-squares solvers measured by the log relative error (LRE, correct digits) of every coefficient against
/// the certified NIST StRD values. Wrong implementations these tests catch: (1) Householder without the sign choice
/// α = −sign(r_kk)·‖x‖ (v = x − α·e₁ cancels when x is nearly along e₁); (2) classical instead of modified
/// Gram–Schmidt (projections computed from the ORIGINAL columns: orthogonality is lost on Longley); (3) refinement
/// with a plainly computed residual, or adding the correction with the wrong sign; (4) a forgotten unscaling of the
/// coefficients after column scaling.
/// </summary>
public class LeastSquaresTests
{
    private static readonly Func<double[,], double[], double[]>[] Solvers =
        [LeastSquares.NormalEquations, LeastSquares.ModifiedGramSchmidt, LeastSquares.Householder, LeastSquares.RefinedHouseholder, LeastSquares.Svd];

    [Test, Order(1)]
    // The line through (0, 1), (1, 2), (2, 4): x̄ = 1, ȳ = 7/3, slope Σ(x − x̄)(y − ȳ)/Σ(x − x̄)² = (4/3 + 0 + 5/3)/2 = 3/2,
    // intercept 7/3 − 3/2 = 5/6. Every method gets it to 1e-13.
    public void A_line_through_three_points_by_hand()
    {
        var a = new double[,] { { 1, 0 }, { 1, 1 }, { 1, 2 } };
        foreach (var solve in Solvers)
        {
            solve(a, [1, 2, 4]).Should().BeApproximately([5.0 / 6, 1.5], new Tolerance(1e-13, 1e-13));
        }
    }

    [Test, Order(2)]
    // Seeded 30 × 5 problems, well conditioned: every method matches MathNet's QR solve to 1e-10, and the residual is
    // orthogonal to the columns, Aᵀ(y − A·x) ≈ 0 (the normal equations hold). Columns with scales 1e-12 … 1e12 change
    // nothing for the scaled QR methods.
    public void Well_conditioned_problems_agree_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(30, 5);
        var y = data.Vector(30);
        var expected = Oracle.LeastSquares(a, y);
        foreach (var solve in Solvers)
        {
            solve(a, y).Should().BeApproximately(expected, Tolerance.Default);
        }

        double[] scales = [1e-12, 1e-6, 1, 1e6, 1e12];
        var scaled = new double[30, 5];
        for (var i = 0; i < 30; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                scaled[i, j] = a[i, j] * scales[j];
            }
        }

        foreach (var solve in (Func<double[,], double[], double[]>[])[LeastSquares.ModifiedGramSchmidt, LeastSquares.Householder, LeastSquares.RefinedHouseholder, LeastSquares.Svd])
        {
            solve(scaled, y).Select((x, j) => x * scales[j]).ToArray().Should().BeApproximately(expected, Tolerance.Default);
        }
    }

    [Test, Order(3)]
    // NIST StRD, min LRE over the coefficients (measured: Norris 13.33, Longley 12.79, Filip 7.94). The bar:
    // Householder QR with column scaling keeps ≥ 11 digits on Norris and Longley and ≥ 7 on Filip, whose degree-10
    // Vandermonde matrix has κ ≈ 10¹⁵ after scaling — about 7.6 digits is what double input allows.
    public void Householder_QR_meets_the_certified_values()
    {
        MinimumLre(Solve(LeastSquares.Householder, "Norris"), "Norris").Should().BeGreaterThanOrEqualTo(11);
        MinimumLre(Solve(LeastSquares.Householder, "Longley"), "Longley").Should().BeGreaterThanOrEqualTo(11);
        MinimumLre(Solve(LeastSquares.Householder, "Filip"), "Filip").Should().BeGreaterThanOrEqualTo(7);
    }

    [Test, Order(4)]
    // Forming AᵀA squares κ: on Filip (κ(A)² ≈ 10³⁰ ≫ 1/ε) the normal equations keep no correct digit at all (measured
    // 0.00) where QR keeps 7.9. Longley's entries are nearly integers, so AᵀA is formed almost exactly, yet the
    // normal equations still lose more than 4 of QR's digits there (measured 7.40 against 12.79).
    public void The_normal_equations_lose_everything_on_Filip_and_half_on_Longley()
    {
        MinimumLre(Solve(LeastSquares.NormalEquations, "Filip"), "Filip").Should().BeLessThan(1);
        var longley = MinimumLre(Solve(LeastSquares.NormalEquations, "Longley"), "Longley");
        longley.Should().BeLessThan(MinimumLre(Solve(LeastSquares.Householder, "Longley"), "Longley") - 4);
        MinimumLre(Solve(LeastSquares.NormalEquations, "Norris"), "Norris").Should().BeGreaterThanOrEqualTo(11, "Norris is well conditioned");
    }

    [Test, Order(5)]
    // One refinement step with an error-free residual (FMA products, TwoSum sums) is at least as accurate as MathNet's
    // QR solve (Oracle.LeastSquares) on every data set, and never worse than the unrefined Householder solution
    // (measured: Norris 14.08 vs MathNet 12.47, Longley 13.03 vs 11.20, Filip 8.77 vs 7.94).
    public void Refined_QR_is_at_least_as_accurate_as_MathNet([Values("Norris", "Longley", "Filip")] string name)
    {
        var data = CertifiedData.Regression(name);
        var refined = MinimumLre(Solve(LeastSquares.RefinedHouseholder, name), name);

        refined.Should().BeGreaterThanOrEqualTo(MinimumLre(Oracle.LeastSquares(Design(data), data.Response), name));
        refined.Should().BeGreaterThanOrEqualTo(MinimumLre(Solve(LeastSquares.Householder, name), name));
    }

    [Test, Order(6)]
    // Modified Gram–Schmidt with y carried along as an extra column, and the SVD of the scaled matrix, are backward
    // stable too (measured: MGS 12.47, 13.87, 7.89; SVD 12.32, 11.59, 7.56 on Norris, Longley, Filip).
    public void Gram_Schmidt_and_the_SVD_keep_the_digits_QR_keeps([Values("Norris", "Longley", "Filip")] string name)
    {
        var digits = name == "Filip" ? 7 : 11;
        MinimumLre(Solve(LeastSquares.ModifiedGramSchmidt, name), name).Should().BeGreaterThanOrEqualTo(digits);
        MinimumLre(Solve(LeastSquares.Svd, name), name).Should().BeGreaterThanOrEqualTo(digits);
    }

    [Test, Order(7)]
    // Shapes without a least-squares problem, and a zero column (the coefficient of a zero column is undetermined).
    public void Bad_shapes_and_rank_deficiency_are_rejected()
    {
        foreach (var solve in Solvers)
        {
            FluentActions.Invoking(() => solve(new double[0, 0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
            FluentActions.Invoking(() => solve(new double[2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*rows*");
            FluentActions.Invoking(() => solve(new double[,] { { 1 }, { 2 } }, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
            FluentActions.Invoking(() => solve(new double[,] { { 1 }, { double.NaN } }, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*finite*");
            FluentActions.Invoking(() => solve(new double[,] { { 1, 0 }, { 2, 0 }, { 3, 0 } }, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*rank*");
            FluentActions.Invoking(() => solve(null!, [1])).Should().Throw<ArgumentNullException>();
            FluentActions.Invoking(() => solve(new double[,] { { 1 } }, null!)).Should().Throw<ArgumentNullException>();
        }
    }

    [Test, Order(8)]
    // A first column almost along e₁, (1, 1e-9, 1e-9): the reflector v = x − α·e₁ needs α = −sign(x₁)·‖x‖ = −1; with
    // α = +‖x‖ its first entry is 1 − √(1 + 2·10⁻¹⁸) = 0 in floating point, the reflection is wrong, and the solution of
    // this well-conditioned (κ ≈ 4) consistent system y = A·(1, −1) loses all its digits. Every method must return
    // (1, −1) to 1e-12.
    public void A_column_nearly_along_the_first_axis_needs_the_right_reflection_sign()
    {
        var a = new double[,] { { 1, 2 }, { 1e-9, 1 }, { 1e-9, 3 } };
        double[] y = [1 - 2, 1e-9 - 1, 1e-9 - 3];
        foreach (var solve in Solvers)
        {
            solve(a, y).Should().BeApproximately([1, -1], Tolerance.AbsoluteOnly(1e-12));
        }
    }

    [Test, Order(9)]
    // A square system is a least-squares problem too (m = n, residual 0): [[2, 1], [1, 3]]·x = (3, 5) has x = (4/5, 7/5).
    // Orthogonal columns (1, 1, 1) and (1, −1, 0) make AᵀA = diag(3, 2): the pivot search must keep the non-zero
    // diagonal entry, not swap in the zero below it; y = (3, 1, 2) = 2·(1, 1, 1) + (1, −1, 0) has x = (2, 1).
    public void Square_systems_and_orthogonal_columns()
    {
        foreach (var solve in Solvers)
        {
            solve(new double[,] { { 2, 1 }, { 1, 3 } }, [3, 5]).Should().BeApproximately([0.8, 1.4], Tolerance.Tight, "for {0}", solve.Method.Name);
            solve(new double[,] { { 1, 1 }, { 1, -1 }, { 1, 0 } }, [3, 1, 2]).Should().BeApproximately([2, 1], Tolerance.Tight, "for {0}", solve.Method.Name);
        }
    }

    [Test, Order(10)]
    // Exactly dependent columns, neither of them zero: (1, 0, 0) and (3, 0, 0). Every factorisation meets an exact zero
    // (a Gram–Schmidt norm, a Householder column below the diagonal, a singular value, an elimination pivot) and reports
    // the rank deficiency instead of dividing by it. A non-finite entry of y is rejected like one of A.
    public void Dependent_columns_and_non_finite_responses_are_rejected()
    {
        foreach (var solve in Solvers)
        {
            FluentActions.Invoking(() => solve(new double[,] { { 1, 3 }, { 0, 0 }, { 0, 0 } }, [1, 2, 3]))
                .Should().Throw<InvalidOperationException>().WithMessage("*rank*", "for {0}", solve.Method.Name);
            FluentActions.Invoking(() => solve(new double[,] { { 1 }, { 2 } }, [1, double.NaN]))
                .Should().Throw<ArgumentException>().WithMessage("*finite*", "for {0}", solve.Method.Name);
        }
    }

    [Test, Order(11)]
    // Column scaling keeps entries of size 10²⁰⁰ and 10⁻²⁰⁰ in range, zeros among them or not (their squares would
    // overflow or underflow): A = [10²⁰⁰·(1, 0, 2, 1), 10⁻²⁰⁰·(1, 2, 0, 5)] and y = (2, 2, 2, 6) = A·(10⁻²⁰⁰, 10²⁰⁰). The
    // QR and SVD methods return x to 1e-12 relative; the normal equations, which form AᵀA unscaled, cannot.
    public void Column_scaling_handles_huge_and_tiny_columns()
    {
        double[] first = [1, 0, 2, 1], second = [1, 2, 0, 5];
        var a = new double[4, 2];
        for (var i = 0; i < 4; i++)
        {
            (a[i, 0], a[i, 1]) = (1e200 * first[i], 1e-200 * second[i]);
        }

        foreach (var solve in Solvers.Skip(1))
        {
            solve(a, [2, 2, 2, 6]).Should().BeApproximately([1e-200, 1e200], Tolerance.RelativeOnly(1e-12), "for {0}", solve.Method.Name);
        }
    }

    private static double[] Solve(Func<double[,], double[], double[]> solve, string name)
    {
        var data = CertifiedData.Regression(name);
        return solve(Design(data), data.Response);
    }

    private static double MinimumLre(double[] x, string name) => MinimumLre(x, CertifiedData.Regression(name).Coefficients);

    /// <summary>The fewest correct digits among the coefficients.</summary>
    private static double MinimumLre(double[] x, double[] certified) =>
        x.Zip(certified, CertifiedData.LogRelativeError).Min();

    /// <summary>The design matrix: 1, x, …, x¹⁰ for Filip; a column of ones and the predictors for the others.</summary>
    private static double[,] Design(RegressionCertified data)
    {
        var (m, p) = (data.Predictors.GetLength(0), data.Predictors.GetLength(1));
        if (data.Name == "Filip")
        {
            return TestData.Vandermonde([.. Enumerable.Range(0, m).Select(i => data.Predictors[i, 0])], 10);
        }

        var a = new double[m, p + 1];
        for (var i = 0; i < m; i++)
        {
            a[i, 0] = 1;
            for (var j = 0; j < p; j++)
            {
                a[i, j + 1] = data.Predictors[i, j];
            }
        }

        return a;
    }
}
