using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Triangular solves first, then elimination with partial pivoting. The random systems come from
/// <see cref="TestData.WithConditionNumber"/>, so how hard each one is is known in advance.
/// </summary>
public class GaussianEliminationTests
{
    [Test, Order(1)]
    // [2 1 −1; 0 3 2; 0 0 4]·x = (3, 7, 8), bottom row first:
    // x₂ = 8/4 = 2, x₁ = (7 − 2·2)/3 = 1, x₀ = (3 − 1·1 + 1·2)/2 = 2.
    public void Back_substitution_solves_the_last_unknown_first()
    {
        var upper = new double[,] { { 2, 1, -1 }, { 0, 3, 2 }, { 0, 0, 4 } };

        GaussianElimination.BackSubstitution(upper, [3, 7, 8]).Should().BeApproximately([2, 1, 2], Tolerance.Tight);
    }

    [Test, Order(2)]
    // Ux = b with a random well-scaled upper triangular U: multiplying back gives b. Entries below the diagonal
    // are filled with junk, because back substitution must only read the upper triangle (Solve relies on that).
    public void Back_substitution_solves_random_upper_triangular_systems_reading_only_the_upper_triangle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 12);
        var upper = RandomTriangular(data, n, isUpper: true);
        var b = data.Vector(n);
        var withJunk = (double[,])upper.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                withJunk[i, j] = data.Random.Uniform(-100, 100);
            }
        }

        var x = GaussianElimination.BackSubstitution(withJunk, b);

        (Oracle.ToMatrix(upper) * Oracle.ToVector(x)).Should().BeApproximately(b, Tolerance.Default);
    }

    [Test, Order(3)]
    // [2 0 0; 1 3 0; −1 2 4]·x = (4, 5, 7), top row first:
    // x₀ = 4/2 = 2, x₁ = (5 − 1·2)/3 = 1, x₂ = (7 + 1·2 − 2·1)/4 = 7/4.
    public void Forward_substitution_solves_the_first_unknown_first()
    {
        var lower = new double[,] { { 2, 0, 0 }, { 1, 3, 0 }, { -1, 2, 4 } };

        GaussianElimination.ForwardSubstitution(lower, [4, 5, 7]).Should().BeApproximately([2, 1, 1.75], Tolerance.Tight);
    }

    [Test, Order(4)]
    // Lx = b with a random lower triangular L (junk above the diagonal, which must not be read): Lx gives back b.
    public void Forward_substitution_solves_random_lower_triangular_systems_reading_only_the_lower_triangle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 12);
        var lower = RandomTriangular(data, n, isUpper: false);
        var b = data.Vector(n);
        var withJunk = (double[,])lower.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                withJunk[i, j] = data.Random.Uniform(-100, 100);
            }
        }

        var x = GaussianElimination.ForwardSubstitution(withJunk, b);

        (Oracle.ToMatrix(lower) * Oracle.ToVector(x)).Should().BeApproximately(b, Tolerance.Default);
    }

    [Test, Order(5)]
    // 2x + y = 5 and x − y = 1: adding the equations gives 3x = 6, so x = 2 and y = 1.
    // 2x + y − z = 8, −3x − y + 2z = −11, −2x + y + 2z = −3 has the solution (2, 3, −1).
    public void Solve_finds_the_solution_of_small_worked_systems()
    {
        GaussianElimination.Solve(new double[,] { { 2, 1 }, { 1, -1 } }, [5, 1]).Should().BeApproximately([2, 1], Tolerance.Tight);
        GaussianElimination.Solve(new double[,] { { 2, 1, -1 }, { -3, -1, 2 }, { -2, 1, 2 } }, [8, -11, -3])
            .Should().BeApproximately([2, 3, -1], Tolerance.Tight);
    }

    [Test, Order(6)]
    // [0 1; 1 1]·(x, y) = (2, 3): the first pivot is 0, so rows must be swapped before eliminating.
    // y = 2, then x + 2 = 3 gives x = 1.
    public void Solve_swaps_rows_when_the_leading_entry_is_zero() =>
        GaussianElimination.Solve(new double[,] { { 0, 1 }, { 1, 1 } }, [2, 3]).Should().BeApproximately([1, 2], Tolerance.Tight);

    [Test, Order(7)]
    // [1e-20 1; 1 1]·x = (1, 2) has x ≈ (1, 1). Without pivoting the multiplier is 1e20, 1 − 1e20 rounds to −1e20,
    // and back substitution gives x₀ = (1 − 1)/1e-20 = 0: every digit lost. Swapping in the larger pivot 1 keeps them all.
    public void Partial_pivoting_keeps_full_accuracy_when_a_pivot_is_tiny() =>
        GaussianElimination.Solve(new double[,] { { 1e-20, 1 }, { 1, 1 } }, [1, 2]).Should().BeApproximately([1, 1], Tolerance.Tight);

    [Test, Order(8)]
    // Partial pivoting compares sizes |aᵢₖ|, not signed values. In [0 1; −1 1]·x = (2, 1) the best pivot of column 0 is
    // −1 (then x₁ = 2 and −x₀ + 2 = 1, so x₀ = 1); the larger SIGNED entry is 0, and dividing by it is impossible.
    // In [1e-20 1; −1 1]·x = (1, 0), x₀ = x₁ = 1/(1 + 1e-20) ≈ 1; the signed choice keeps 1e-20 as the pivot, which is
    // negligible next to 1 (so the matrix looks singular) — and dividing by it anyway would give x₀ = 0.
    public void Partial_pivoting_picks_the_largest_absolute_value_even_when_it_is_negative()
    {
        GaussianElimination.Solve(new double[,] { { 0, 1 }, { -1, 1 } }, [2, 1]).Should().BeApproximately([1, 2], Tolerance.Tight);
        GaussianElimination.Solve(new double[,] { { 1e-20, 1 }, { -1, 1 } }, [1, 0]).Should().BeApproximately([1, 1], Tolerance.Tight);
    }

    [Test, Order(9)]
    // Against MathNet's LU solver on random systems with condition number 1000: the answers agree to about κ·ε.
    public void Solve_agrees_with_the_oracle_on_random_well_conditioned_systems([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 20);
        var a = data.WithConditionNumber(n, 1e3);
        var b = data.Vector(n, -10, 10);

        GaussianElimination.Solve(a, b).Should().BeApproximately(Oracle.Solve(a, b), Tolerance.Default);
    }

    [Test, Order(10)]
    // Backward stability: ‖Ax − b‖ / (‖A‖‖x‖) stays at rounding level (here ≤ 1e-14) even when κ(A) = 1e10 and x itself
    // may be wrong in its 6th digit. Pivoted elimination solves a nearby system exactly; the rest is the problem's fault.
    public void Solve_leaves_a_rounding_level_residual_even_on_ill_conditioned_systems([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(5, 30);
        var a = data.WithConditionNumber(n, 1e10);
        var b = data.Vector(n);

        var x = GaussianElimination.Solve(a, b);

        RelativeResidual(a, x, b).Should().BeLessThan(1e-14);
    }

    [Test, Order(11)]
    // Row operations are scale-free: cA·x = cb has the same solution as Ax = b. A fixed threshold such as
    // "|pivot| < 1e-10 means singular" would wrongly reject this perfectly good system at c = 1e-12 or 1e-20, and
    // at c = 1e±200 nothing may overflow or underflow (a product of the pivots, for instance, would).
    public void Solve_works_at_any_scale([Values(1e-200, 1e-20, 1e-12, 1e12, 1e200)] double scale, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var a = data.WithConditionNumber(n, 10);
        var b = data.Vector(n);
        var scaled = (double[,])a.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scaled[i, j] *= scale;
            }
        }

        GaussianElimination.Solve(scaled, b.Select(x => x * scale).ToArray()).Should().BeApproximately(Oracle.Solve(a, b), Tolerance.Default);
    }

    [Test, Order(12)]
    // Row 2 of [1 2; 2 4] is twice row 1: elimination leaves a zero pivot, and Ax = b has no unique solution.
    public void Solve_rejects_an_exactly_singular_matrix()
    {
        FluentActions.Invoking(() => GaussianElimination.Solve(new double[,] { { 1, 2 }, { 2, 4 } }, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.Solve(new double[3, 3], [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(13)]
    // Column 3 = column 1 + column 2 in the first matrix, but 0.1, 0.3, 0.7 … are not exact in binary, so elimination
    // leaves a last pivot of about −4e-17 instead of 0. In [1 2 3; 4 5 6; 7 8 9] (column 3 = 2·column 2 − column 1)
    // the multipliers 1/7, 4/7 are not exact either: last pivot 1.1e-16, or −8.1e-10 when every entry is ×10⁶.
    // Testing "pivot == 0" misses them and returns a "solution" of size 1e16; compare with n·ε·max|aᵢⱼ| instead.
    public void Solve_rejects_a_matrix_that_is_singular_up_to_rounding()
    {
        var decimals = new double[,] { { 0.2, 0.1, 0.3 }, { 0.7, 0.3, 1.0 }, { 0.1, 0.6, 0.7 } };
        var counting = new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        var countingMillions = new double[,] { { 1e6, 2e6, 3e6 }, { 4e6, 5e6, 6e6 }, { 7e6, 8e6, 9e6 } };

        foreach (var (name, a) in new[] { ("decimals", decimals), ("counting", counting), ("countingMillions", countingMillions) })
        {
            FluentActions.Invoking(() => GaussianElimination.Solve(a, [1, 1, 1]))
                .Should().Throw<ArgumentException>("the {0} matrix is singular", name).WithMessage("*singular*");
        }
    }

    [Test, Order(14)]
    // A triangular matrix is singular exactly when a diagonal entry is zero: that unknown cannot be divided out.
    // A diagonal entry of 1e-17 next to entries of size 1 is zero to working precision (below n·ε·max|tᵢⱼ| ≈ 9e-16).
    public void Triangular_solves_reject_a_zero_or_rounding_level_diagonal_entry()
    {
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[,] { { 1, 2 }, { 0, 0 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[,] { { 0, 0 }, { 2, 1 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[,] { { 1, 2 }, { 0, 1e-17 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[,] { { 1e-17, 0 }, { 2, 1 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        // The rule is relative: scaled by 1e20 the same matrices are just as singular, although 1e3 is far above any
        // fixed threshold such as 1e-10 (n·ε·max|tᵢⱼ| ≈ 8.9e4 here).
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[,] { { 1e20, 2e20 }, { 0, 1e3 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[,] { { 1e3, 0 }, { 2e20, 1e20 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        // The scale includes the diagonal itself: diag(1, 1e-17) is singular to working precision too.
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[,] { { 1, 0 }, { 0, 1e-17 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[,] { { 1e-17, 0 }, { 0, 1 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        // All zeros: the threshold is 0 too, and 0 ≤ 0 must still count as singular.
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[2, 2], [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[2, 2], [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(15)]
    // The threshold is relative: a triangular matrix whose entries are all about 1e-20 is perfectly well conditioned.
    // [1e-20 1e-20; 0 2e-20]·x = (3e-20, 4e-20) gives x₁ = 2 and x₀ = 3 − 2 = 1.
    public void Triangular_solves_work_at_any_scale()
    {
        GaussianElimination.BackSubstitution(new double[,] { { 1e-20, 1e-20 }, { 0, 2e-20 } }, [3e-20, 4e-20])
            .Should().BeApproximately([1, 2], Tolerance.Tight);
        GaussianElimination.ForwardSubstitution(new double[,] { { 2e-20, 0 }, { 1e-20, 1e-20 } }, [4e-20, 3e-20])
            .Should().BeApproximately([2, 1], Tolerance.Tight);
    }

    [Test, Order(16)]
    // The triangle that is not read does not count for the scale either: 1e20 below the diagonal of [1 1; 1e20 2] is
    // ignored, so the diagonal (1, 2) is perfectly usable. (U = [1 1; 0 2], Ux = (3, 4): x₁ = 2, x₀ = 3 − 2 = 1.)
    public void Triangular_solves_ignore_the_other_triangle_entirely()
    {
        GaussianElimination.BackSubstitution(new double[,] { { 1, 1 }, { 1e20, 2 } }, [3, 4]).Should().BeApproximately([1, 2], Tolerance.Tight);
        GaussianElimination.ForwardSubstitution(new double[,] { { 2, 1e20 }, { 1, 1 } }, [4, 3]).Should().BeApproximately([2, 1], Tolerance.Tight);
    }

    [Test, Order(17)]
    // Only a square system can have a unique solution, and b needs one entry per equation (row).
    public void Shapes_that_do_not_fit_are_rejected()
    {
        FluentActions.Invoking(() => GaussianElimination.Solve(new double[2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(new double[3, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*square*");
        var identity = new double[,] { { 1, 0 }, { 0, 1 } };
        FluentActions.Invoking(() => GaussianElimination.Solve(identity, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(identity, [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(identity, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => GaussianElimination.Solve(new double[0, 0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(18)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => GaussianElimination.Solve(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianElimination.Solve(new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianElimination.BackSubstitution(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianElimination.ForwardSubstitution(new double[,] { { 1 } }, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(19)]
    // Elimination overwrites its working arrays, so it must work on copies: the caller's A and b stay as they were.
    public void Solve_leaves_its_inputs_untouched()
    {
        var a = new double[,] { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 9 } };
        double[] b = [1, 2, 3];

        GaussianElimination.Solve(a, b);

        a.Should().BeApproximately(new double[,] { { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 9 } }, Tolerance.AbsoluteOnly(0));
        b.Should().Equal(1, 2, 3);
    }

    // A random triangular matrix with diagonal entries of size 1 to 2 (either sign), so it is well conditioned.
    private static double[,] RandomTriangular(TestData data, int n, bool isUpper)
    {
        var t = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    t[i, j] = data.Random.Uniform(1, 2) * (data.Random.NextInt(2) == 0 ? -1 : 1);
                }
                else if (isUpper ? j > i : j < i)
                {
                    t[i, j] = data.Random.Uniform(-1, 1) / n;
                }
            }
        }
        return t;
    }

    private static double RelativeResidual(double[,] a, double[] x, double[] b)
    {
        var matrix = Oracle.ToMatrix(a);
        var solution = Vector<double>.Build.DenseOfArray(x);
        return (matrix * solution - Oracle.ToVector(b)).L2Norm() / (matrix.L2Norm() * solution.L2Norm());
    }
}
