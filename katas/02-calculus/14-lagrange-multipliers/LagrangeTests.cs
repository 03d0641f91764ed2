using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Equality-constrained quadratic programs through the KKT system. Seeded problems are checked against the two
/// conditions that define the answer (feasibility Ax = b, stationarity Qx + c + Aᵀλ = 0), against MathNet's solve of
/// the same system, and against the definition of a minimum: no feasible point does better.
/// Sign convention throughout: L(x, λ) = ½xᵀQx + cᵀx + λᵀ(Ax − b).
/// </summary>
public class LagrangeTests
{
    [Test, Order(1)]
    // Q = 2I, A = [1 1]: K = [Q Aᵀ; A 0] = [2 0 1; 0 2 1; 1 1 0].
    public void Kkt_matrix_worked_example() =>
        Lagrange.KktMatrix(new double[,] { { 2, 0 }, { 0, 2 } }, new double[,] { { 1, 1 } })
            .Should().BeApproximately(new double[,] { { 2, 0, 1 }, { 0, 2, 1 }, { 1, 1, 0 } }, Tolerance.AbsoluteOnly(0));

    [Test, Order(2)]
    // K is symmetric with blocks Q (top-left), Aᵀ (top-right), A (bottom-left) and 0 (bottom-right).
    public void Kkt_matrix_has_the_four_blocks([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var m = data.Random.NextInt(1, n);
        var (q, a) = (data.Spd(n), data.Matrix(m, n));

        var k = Oracle.ToMatrix(Lagrange.KktMatrix(q, a));

        k.RowCount.Should().Be(n + m);
        k.ColumnCount.Should().Be(n + m);
        k.SubMatrix(0, n, 0, n).ToArray().Should().BeApproximately(q, Tolerance.AbsoluteOnly(0));
        k.SubMatrix(n, m, 0, n).ToArray().Should().BeApproximately(a, Tolerance.AbsoluteOnly(0));
        k.SubMatrix(0, n, n, m).ToArray().Should().BeApproximately(Oracle.ToMatrix(a).Transpose().ToArray(), Tolerance.AbsoluteOnly(0));
        k.SubMatrix(n, m, n, m).ToArray().Should().BeApproximately(new double[m, m], Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(3)]
    // Minimise x² + y² (Q = 2I, c = 0) on the line x + y = 1: by symmetry x = y = ½, and stationarity
    // Qx + Aᵀλ = 0 reads 2·½ + λ = 0, so λ = −1.
    public void Closest_point_to_the_origin_on_a_line()
    {
        var solution = Lagrange.Solve(new double[,] { { 2, 0 }, { 0, 2 } }, [0, 0], new double[,] { { 1, 1 } }, [1]);

        solution.X.Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        solution.Lambda.Should().BeApproximately([-1], Tolerance.Tight);
    }

    [Test, Order(4)]
    // Minimise ½‖x − p‖² (Q = I, c = −p) on the plane aᵀx = β: the orthogonal projection
    // x = p − ((aᵀp − β)/‖a‖²)·a, and λ = (aᵀp − β)/‖a‖² (from x − p + λa = 0).
    public void Projection_onto_a_plane([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var (p, normal, beta) = (data.Vector(n, -3, 3), data.Vector(n, -2, 2), data.Random.Uniform(-2, 2));
        var (pv, av) = (Oracle.ToVector(p), Oracle.ToVector(normal));
        var shift = (av.DotProduct(pv) - beta) / av.DotProduct(av);
        var a = new double[1, n];
        for (var j = 0; j < n; j++)
        {
            a[0, j] = normal[j];
        }

        var solution = Lagrange.Solve(Identity(n), p.Select(pi => -pi).ToArray(), a, [beta]);

        solution.X.Should().BeApproximately((pv - (shift * av)).ToArray(), Tolerance.Default);
        solution.Lambda.Should().BeApproximately([shift], Tolerance.Default);
    }

    [Test, Order(5)]
    // The two KKT conditions on random problems: feasibility Ax = b and stationarity Qx + c + Aᵀλ = 0.
    public void Solution_is_feasible_and_stationary([Range(1, 5)] int seed)
    {
        var (q, c, a, b) = RandomProblem(seed);

        var solution = Lagrange.Solve(q, c, a, b);

        var (qm, am, x, lambda) = (Oracle.ToMatrix(q), Oracle.ToMatrix(a), Oracle.ToVector(solution.X), Oracle.ToVector(solution.Lambda));
        (am * x).ToArray().Should().BeApproximately(b, Tolerance.Default);
        ((qm * x) + Oracle.ToVector(c) + (am.Transpose() * lambda)).ToArray().Should().BeApproximately(new double[c.Length], Tolerance.Default);
    }

    [Test, Order(6)]
    // MathNet's LU solve of the same KKT system, assembled here block by block, is the reference.
    public void Solution_agrees_with_the_library([Range(1, 5)] int seed)
    {
        var (q, c, a, b) = RandomProblem(seed);
        var (n, m) = (c.Length, b.Length);
        var k = Matrix<double>.Build.Dense(n + m, n + m);
        k.SetSubMatrix(0, 0, Oracle.ToMatrix(q));
        k.SetSubMatrix(n, 0, Oracle.ToMatrix(a));
        k.SetSubMatrix(0, n, Oracle.ToMatrix(a).Transpose());
        var expected = Oracle.Solve(k.ToArray(), c.Select(ci => -ci).Concat(b).ToArray());

        var solution = Lagrange.Solve(q, c, a, b);

        solution.X.Should().BeApproximately(expected[..n], Tolerance.Default);
        solution.Lambda.Should().BeApproximately(expected[n..], Tolerance.Default);
    }

    [Test, Order(7)]
    // Every feasible point is x* + Nd with the columns of N spanning the null space of A. For Q positive definite,
    // f(x* + Nd) = f(x*) + ½(Nd)ᵀQ(Nd) ≥ f(x*): no feasible point beats the solution.
    public void Solution_beats_random_feasible_points([Range(1, 5)] int seed)
    {
        var (q, c, a, b) = RandomProblem(seed);
        var data = new TestData(seed + 100);
        var nullSpace = Oracle.ToMatrix(a).Kernel();

        var best = Oracle.ToVector(Lagrange.Solve(q, c, a, b).X);

        for (var trial = 0; trial < 20; trial++)
        {
            var other = best.Clone();
            foreach (var direction in nullSpace)
            {
                other += data.Random.Uniform(-1, 1) * direction;
            }

            (Oracle.ToMatrix(a) * other).ToArray().Should().BeApproximately(b, Tolerance.Default, "test point {0} must be feasible", trial);
            Objective(q, c, other).Should().BeGreaterThanOrEqualTo(Objective(q, c, best), "feasible test point {0} must not beat the solution", trial);
        }
    }

    [Test, Order(8)]
    // With the convention L = f + λᵀ(Ax − b), the optimal value f*(b) changes at rate ∂f*/∂b = −λ
    // (the "shadow price" of each constraint), checked by central differences of f* as b moves.
    public void Multipliers_measure_the_sensitivity_of_the_optimum([Range(1, 3)] int seed)
    {
        var (q, c, a, b) = RandomProblem(seed);

        GradientCheck.Compare(
                rhs => Objective(q, c, Oracle.ToVector(Lagrange.Solve(q, c, a, rhs).X)),
                rhs => Lagrange.Solve(q, c, a, rhs).Lambda.Select(l => -l).ToArray(),
                b)
            .Should().Agree(1e-6);
    }

    [Test, Order(9)]
    // Q = [0 0; 0 2] is singular, but on the line x = 1 only y varies and f = y² + x has a unique minimum:
    // x = (1, 0), and stationarity 0 + 1 + λ = 0 gives λ = −1. K = [0 0 1; 0 2 0; 1 0 0] starts with a zero pivot,
    // so elimination only works with row swaps.
    public void A_zero_pivot_needs_row_swaps()
    {
        var solution = Lagrange.Solve(new double[,] { { 0, 0 }, { 0, 2 } }, [1, 0], new double[,] { { 1, 0 } }, [1]);

        solution.X.Should().BeApproximately([1, 0], Tolerance.Tight);
        solution.Lambda.Should().BeApproximately([-1], Tolerance.Tight);
    }

    [Test, Order(10)]
    // No constraints (A is 0 × n): the KKT system is just Qx = −c, the unconstrained minimum, and there are no multipliers.
    public void Without_constraints_it_is_the_unconstrained_minimum([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 6);
        var (q, c) = (data.Spd(n), data.Vector(n, -3, 3));

        var solution = Lagrange.Solve(q, c, new double[0, n], []);

        solution.X.Should().BeApproximately(Oracle.Solve(q, c.Select(ci => -ci).ToArray()), Tolerance.Default);
        solution.Lambda.Should().BeEmpty();
    }

    [Test, Order(11)]
    // x + y = 1 and 2x + 2y = 2 are the same constraint twice: A has rank 1 < 2 and λ is not unique (K is singular).
    // In three variables, rows (1, 2, 3) and (2, 4, 6) likewise.
    public void Dependent_constraints_are_reported_as_singular()
    {
        FluentActions.Invoking(() => Lagrange.Solve(Identity(2), [0, 0], new double[,] { { 1, 1 }, { 2, 2 } }, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Lagrange.Solve(Identity(3), [1, 0, 0], new double[,] { { 1, 2, 3 }, { 2, 4, 6 } }, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Lagrange.Solve(new double[2, 2], [1, 1], new double[,] { { 1, 1 } }, [1]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(12)]
    // "Zero" pivots are rarely exactly zero. Q = [1000.1 3000.3; 3000.3 9000.9] is singular (row 2 = 3 × row 1), but
    // in floating point elimination leaves a pivot of about 5e-13 instead of 0. Only a threshold relative to the
    // entries (N·ε·max|Kᵢⱼ| ≈ 4e-12) recognises it; a zero Q is singular too.
    public void Rounding_level_pivots_count_as_singular()
    {
        FluentActions.Invoking(() => Lagrange.Solve(new double[,] { { 1000.1, 3000.3 }, { 3000.3, 9000.9 } }, [1, 1], new double[0, 2], []))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Lagrange.Solve(new double[1, 1], [1], new double[0, 1], []))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(13)]
    // Symmetry is checked relative to the size of Q: an asymmetry of 1e-7 in entries of size 1e4 is rounding noise
    // (allowed: 1e-10 · 1e4 = 1e-6), and the solution still satisfies the constraint.
    public void Nearly_symmetric_Q_is_accepted()
    {
        var solution = Lagrange.Solve(new double[,] { { 1e4, 1 + 1e-7 }, { 1, 1e4 } }, [0, 0], new double[,] { { 1, 1 } }, [2]);

        solution.X.Should().BeApproximately([1, 1], Tolerance.Default);
    }

    [Test, Order(14)]
    // Every decision is relative to the size of the problem, so scaling Q, A and b by 2⁻⁶⁶ ≈ 1.4·10⁻²⁰ or 2⁶⁶ ≈ 7.4·10¹⁹
    // (powers of two: elimination sees exactly the same digits) changes none. The line problem of
    // Closest_point_to_the_origin_on_a_line at 2⁻⁶⁶ has pivots near 10⁻²⁰ but the same x = (½, ½) and λ = −1; the
    // singular Q of Rounding_level_pivots_count_as_singular at 2⁶⁶ leaves a pivot of about 3·10⁷ and is still singular;
    // and at 2⁻⁶⁶ an asymmetry as large as the entries themselves is still an asymmetry.
    public void Scaling_the_whole_problem_changes_no_decision()
    {
        var (small, large) = (Math.ScaleB(1, -66), Math.ScaleB(1, 66));

        var solution = Lagrange.Solve(new double[,] { { 2 * small, 0 }, { 0, 2 * small } }, [0, 0], new double[,] { { small, small } }, [small]);
        solution.X.Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        solution.Lambda.Should().BeApproximately([-1], Tolerance.Tight);

        FluentActions.Invoking(() => Lagrange.Solve(
                new double[,] { { 1000.1 * large, 3000.3 * large }, { 3000.3 * large, 9000.9 * large } }, [1, 1], new double[0, 2], []))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Lagrange.KktMatrix(new double[,] { { small, 2 * small }, { 0, small } }, new double[0, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*symmetric*");
    }

    [Test, Order(15)]
    // Each block must fit: Q square and symmetric, c and A with n entries/columns, b with one entry per row of A,
    // no more constraints than variables.
    public void Shape_problems_are_named()
    {
        var q = Identity(2);
        var a = new double[,] { { 1, 1 } };
        Rejects(new double[2, 3], [0, 0], a, [1], "*square*");
        Rejects(new double[0, 0], [], new double[0, 0], [], "*empty*");
        Rejects(new double[,] { { 1, 2 }, { 0, 1 } }, [0, 0], a, [1], "*symmetric*");
        Rejects(q, [0, 0, 0], a, [1], "*length*");
        Rejects(q, [0, 0], new double[,] { { 1, 1, 1 } }, [1], "*columns*");
        Rejects(q, [0, 0], a, [1, 2], "*rows*");
        Rejects(q, [0, 0], new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } }, [1, 1, 2], "*more constraints*");
        FluentActions.Invoking(() => Lagrange.KktMatrix(q, new double[,] { { 1 } })).Should().Throw<ArgumentException>().WithMessage("*columns*");
    }

    [Test, Order(16)]
    public void Null_input_is_rejected()
    {
        var q = Identity(2);
        var a = new double[,] { { 1, 1 } };
        FluentActions.Invoking(() => Lagrange.Solve(null!, [0, 0], a, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Lagrange.Solve(q, null!, a, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Lagrange.Solve(q, [0, 0], null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Lagrange.Solve(q, [0, 0], a, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Lagrange.KktMatrix(null!, a)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Lagrange.KktMatrix(q, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(17)]
    // Solving reads Q, c, A and b; it must not change them.
    public void Inputs_are_left_untouched()
    {
        var (q, c, a, b) = RandomProblem(4);
        var (qCopy, cCopy, aCopy, bCopy) = ((double[,])q.Clone(), (double[])c.Clone(), (double[,])a.Clone(), (double[])b.Clone());

        Lagrange.Solve(q, c, a, b);

        q.Should().BeApproximately(qCopy, Tolerance.AbsoluteOnly(0));
        a.Should().BeApproximately(aCopy, Tolerance.AbsoluteOnly(0));
        c.Should().Equal(cCopy);
        b.Should().Equal(bCopy);
    }

    private static void Rejects(double[,] q, double[] c, double[,] a, double[] b, string message) =>
        FluentActions.Invoking(() => Lagrange.Solve(q, c, a, b)).Should().Throw<ArgumentException>().WithMessage(message);

    // A positive definite Q (n from 3 to 6), m from 1 to n − 1 random constraints (independent with probability 1).
    private static (double[,] Q, double[] C, double[,] A, double[] B) RandomProblem(int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(3, 7);
        var m = data.Random.NextInt(1, n);
        return (data.Spd(n), data.Vector(n, -3, 3), data.Matrix(m, n, -2, 2), data.Vector(m, -3, 3));
    }

    // f(x) = ½xᵀQx + cᵀx.
    private static double Objective(double[,] q, double[] c, Vector<double> x) =>
        (0.5 * x.DotProduct(Oracle.ToMatrix(q) * x)) + Oracle.ToVector(c).DotProduct(x);

    private static double[,] Identity(int n) => Matrix<double>.Build.DenseIdentity(n).ToArray();
}
