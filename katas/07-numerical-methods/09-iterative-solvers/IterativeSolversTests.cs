using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Jacobi, Gauss–Seidel and conjugate gradients: their first iterates by hand, convergence on the systems they are
/// made for, their residual histories, and CG's n-step and clustered-eigenvalue behaviour. Wrong implementations these
/// tests catch: (1) a "Jacobi" that updates in place (that is Gauss–Seidel: its first iterate differs); (2) a
/// Gauss–Seidel that reads only old values (that is Jacobi); (3) CG with β = r_newᵀr_new/pᵀAp or without the new
/// direction (steepest descent: far more than n iterations); (4) a residual history that records absolute instead of
/// relative residuals (the first entry must be 1).
/// </summary>
public class IterativeSolversTests
{
    private static readonly double[,] Small = { { 4, 1 }, { 1, 3 } };

    [Test, Order(1)]
    // [[4, 1], [1, 3]]·x = (1, 2) has x = (1/11, 7/11). From 0, Jacobi: x₁ = (1/4, 2/3), x₂ = ((1 − 2/3)/4, (2 − 1/4)/3) =
    // (1/12, 7/12). Gauss–Seidel: x₁ = (1/4, (2 − 1/4)/3) = (1/4, 7/12). One sweep with maxIterations = 1 and a loose
    // tolerance returns x₁. CG solves the 2 × 2 system in 2 iterations (residual history 1, r₁, r₂ ≤ 1e-10).
    public void First_iterates_on_a_two_by_two_system_by_hand()
    {
        double[] b = [1, 2];
        IterativeSolvers.Jacobi(Small, b, tolerance: 0.9, maxIterations: 1).Should().BeApproximately([0.25, 2.0 / 3], Tolerance.Tight);
        IterativeSolvers.Jacobi(Small, b, tolerance: 0.2, maxIterations: 2).Should().BeApproximately([1.0 / 12, 7.0 / 12], Tolerance.Tight);
        IterativeSolvers.GaussSeidel(Small, b, tolerance: 0.9, maxIterations: 1).Should().BeApproximately([0.25, 7.0 / 12], Tolerance.Tight);

        var history = new List<double>();
        IterativeSolvers.ConjugateGradient(Small, b, residuals: history).Should().BeApproximately([1.0 / 11, 7.0 / 11], Tolerance.Tight);
        history.Should().HaveCount(3);
        history[0].Should().Be(1);
    }

    [Test, Order(2)]
    // Seeded strictly diagonally dominant 30 × 30 systems (|aᵢᵢ| > Σⱼ≠ᵢ|aᵢⱼ|): both sweeps contract the error in the max
    // norm, so they converge to MathNet's solution (1e-8, for a residual tolerance of 1e-10 and κ ≈ 3); the residual
    // history starts at 1, ends at or below the tolerance, and shrinks at least fivefold every five sweeps here.
    // Gauss–Seidel, which uses new values at once, needs fewer sweeps than Jacobi.
    public void Jacobi_and_Gauss_Seidel_converge_on_diagonally_dominant_systems([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = DiagonallyDominant(data, 30);
        var b = data.Vector(30);
        var expected = Oracle.Solve(a, b);
        var (jacobi, gaussSeidel) = (new List<double>(), new List<double>());

        IterativeSolvers.Jacobi(a, b, residuals: jacobi).Should().BeApproximately(expected, Tolerance.AbsoluteOnly(1e-8));
        IterativeSolvers.GaussSeidel(a, b, residuals: gaussSeidel).Should().BeApproximately(expected, Tolerance.AbsoluteOnly(1e-8));

        foreach (var history in (List<double>[])[jacobi, gaussSeidel])
        {
            history[0].Should().Be(1);
            history[^1].Should().BeLessThanOrEqualTo(1e-10);
            for (var k = 5; k < history.Count; k++)
            {
                history[k].Should().BeLessThan(history[k - 5] / 5, $"sweep {k}");
            }
        }

        gaussSeidel.Count.Should().BeLessThan(jacobi.Count);
    }

    [Test, Order(3)]
    // CG on seeded SPD systems of size n = 40: in exact arithmetic the residual is 0 after at most n steps; in floating
    // point on these well-conditioned matrices it reaches 1e-10 within n iterations (history of at most n + 1 entries),
    // and the answer matches MathNet's to 1e-8.
    public void Conjugate_gradients_solve_an_n_by_n_SPD_system_in_at_most_n_iterations([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Spd(40);
        var b = data.Vector(40);
        var history = new List<double>();

        IterativeSolvers.ConjugateGradient(a, b, residuals: history).Should().BeApproximately(Oracle.Solve(a, b), new Tolerance(1e-8, 1e-8));
        history.Count.Should().BeLessThanOrEqualTo(41);
        history[^1].Should().BeLessThanOrEqualTo(1e-10);
    }

    [Test, Order(4)]
    // A = Q·diag(λ)·Qᵀ (Q seeded orthogonal, n = 60). With λ in three tight clusters around 1, 10 and 100 (spread 1e-6), CG
    // behaves as if A had 3 eigenvalues: converged in ≤ 8 iterations. With λ spread evenly over [1, 100] (same κ) it
    // needs more than 20. Jacobi would need hundreds on either (it does not see eigenvalues, only the diagonal).
    public void Conjugate_gradients_are_fast_when_eigenvalues_cluster([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var q = data.Orthogonal(60);
        var b = data.Vector(60);
        double[] centres = [1, 10, 100];
        var clustered = WithEigenvalues(q, [.. Enumerable.Range(0, 60).Select(i => centres[i % 3] * (1 + (1e-6 * data.Random.Uniform(-1, 1))))]);
        var spread = WithEigenvalues(q, [.. Enumerable.Range(0, 60).Select(i => 1 + (99.0 * i / 59))]);
        var (fast, slow) = (new List<double>(), new List<double>());

        IterativeSolvers.ConjugateGradient(clustered, b, residuals: fast);
        IterativeSolvers.ConjugateGradient(spread, b, residuals: slow);

        (fast.Count - 1).Should().BeLessThanOrEqualTo(8);
        (slow.Count - 1).Should().BeGreaterThan(20);
    }

    [Test, Order(5)]
    // Where the methods do not apply: [[1, 2], [2, 1]] is not diagonally dominant and Jacobi's error doubles each sweep
    // (iteration matrix eigenvalues ±2); [[1, 0], [0, −1]] is symmetric but indefinite (pᵀAp ≤ 0 appears); [[2, 1], [0, 2]]
    // is not symmetric; a zero diagonal cannot be divided by.
    public void Systems_outside_each_method_are_reported()
    {
        FluentActions.Invoking(() => IterativeSolvers.Jacobi(new double[,] { { 1, 2 }, { 2, 1 } }, [1, 1], maxIterations: 100))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(new double[,] { { 1, 0 }, { 0, -1 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(new double[,] { { 2, 1 }, { 0, 2 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => IterativeSolvers.GaussSeidel(new double[,] { { 0, 1 }, { 1, 0 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*diagonal*");
        IterativeSolvers.ConjugateGradient(Small, [0, 0]).Should().Equal(0, 0);
    }

    [Test, Order(6)]
    // Shapes and settings.
    public void Bad_shapes_and_settings_are_rejected()
    {
        FluentActions.Invoking(() => IterativeSolvers.Jacobi(new double[2, 3], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => IterativeSolvers.GaussSeidel(Small, [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(Small, [1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(Small, [1, 1], tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => IterativeSolvers.Jacobi(Small, [1, 1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => IterativeSolvers.Jacobi(null!, [1, 1])).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(7)]
    // maxIterations is a budget: given exactly the number of steps each method takes on the 2 × 2 system (its residual
    // history has one entry more, for x₀) it returns the same solution, and given one step fewer it reports "converge".
    public void Each_method_takes_at_most_max_iterations_steps()
    {
        double[] b = [1, 2];
        (string Name, Func<int, IList<double>?, double[]> Solve)[] methods =
        [
            ("Jacobi", (k, history) => IterativeSolvers.Jacobi(Small, b, maxIterations: k, residuals: history)),
            ("Gauss–Seidel", (k, history) => IterativeSolvers.GaussSeidel(Small, b, maxIterations: k, residuals: history)),
            ("conjugate gradients", (k, history) => IterativeSolvers.ConjugateGradient(Small, b, maxIterations: k, residuals: history)),
        ];
        foreach (var (name, solve) in methods)
        {
            var history = new List<double>();
            var x = solve(1000, history);
            var steps = history.Count - 1;

            solve(steps, null).Should().Equal(x, "{0} converges in {1} steps", name, steps);
            FluentActions.Invoking(() => solve(steps - 1, null))
                .Should().Throw<InvalidOperationException>().WithMessage("*converge*", "{0} needs {1} steps", name, steps);
        }
    }

    [Test, Order(8)]
    // CG's first step on [[4, 1], [1, 3]]·x = (1, 2) by hand: r₀ = p₀ = b, A·p₀ = (6, 7), α = r₀ᵀr₀/p₀ᵀA·p₀ = 5/20, so
    // x₁ = (1/4, 1/2) and r₁ = b − α·A·p₀ = (−1/2, 1/4), whose relative residual is ‖r₁‖/‖b‖ = (√5/4)/√5 = 1/4. The stopping
    // test is "at most": given as tolerance the very residual a method records after its first step, it stops there,
    // even with maxIterations = 1, and returns x₁ (Jacobi (1/4, 2/3), Gauss–Seidel (1/4, 7/12), CG (1/4, 1/2)).
    public void A_relative_residual_equal_to_the_tolerance_stops_the_iteration()
    {
        double[] b = [1, 2];
        (string Name, Func<double, int, IList<double>?, double[]> Solve, double[] First)[] methods =
        [
            ("Jacobi", (t, k, history) => IterativeSolvers.Jacobi(Small, b, t, k, history), [0.25, 2.0 / 3]),
            ("Gauss–Seidel", (t, k, history) => IterativeSolvers.GaussSeidel(Small, b, t, k, history), [0.25, 7.0 / 12]),
            ("conjugate gradients", (t, k, history) => IterativeSolvers.ConjugateGradient(Small, b, t, k, history), [0.25, 0.5]),
        ];
        foreach (var (name, solve, first) in methods)
        {
            var history = new List<double>();
            solve(1e-10, 1000, history);

            solve(history[1], 1, null).Should().BeApproximately(first, Tolerance.Tight, "{0} stops at a residual equal to the tolerance", name);
            if (name == "conjugate gradients")
            {
                history[1].Should().BeApproximately(0.25, Tolerance.Tight, "‖r₁‖/‖b‖ = (√5/4)/√5");
            }
        }
    }

    [Test, Order(9)]
    // CG's symmetry test is relative to the largest entry (1e-12 of it): 10⁴ against its floating-point successor (a
    // difference of 1.8e-12) is symmetric, while 10⁻⁶·[[4, 1], [1.001, 3]] is not, although its asymmetry is only 10⁻⁹.
    // The zero matrix is symmetric, and not positive definite (pᵀA·p = 0).
    public void Symmetry_is_judged_relative_to_the_largest_entry()
    {
        var nearlySymmetric = new double[,] { { 4e4, 1e4 }, { Math.BitIncrement(1e4), 3e4 } };
        IterativeSolvers.ConjugateGradient(nearlySymmetric, [1, 2]).Should().BeApproximately(Oracle.Solve(nearlySymmetric, [1, 2]), Tolerance.Default);
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(new double[,] { { 4e-6, 1e-6 }, { 1.001e-6, 3e-6 } }, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(new double[2, 2], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*positive definite*");
    }

    [Test, Order(10)]
    // b = 0 returns x = 0 at once for the sweeps too (its relative residual 0/0 is undefined); a null b, a non-finite
    // entry of A and a non-positive tolerance are rejected by every method.
    public void Zero_right_hand_sides_null_vectors_and_bad_entries()
    {
        IterativeSolvers.Jacobi(Small, [0, 0]).Should().Equal(0, 0);
        IterativeSolvers.GaussSeidel(Small, [0, 0]).Should().Equal(0, 0);
        FluentActions.Invoking(() => IterativeSolvers.GaussSeidel(Small, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => IterativeSolvers.ConjugateGradient(new double[,] { { 4, double.NaN }, { double.NaN, 3 } }, [1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => IterativeSolvers.GaussSeidel(Small, [1, 1], tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }

    /// <summary>Random off-diagonal entries in [−1, 1] and a diagonal 1.5 times the absolute row sum.</summary>
    private static double[,] DiagonallyDominant(TestData data, int n)
    {
        var a = data.Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            a[i, i] = 0;
            var sum = Enumerable.Range(0, n).Sum(j => Math.Abs(a[i, j]));
            a[i, i] = 1.5 * sum;
        }

        return a;
    }

    /// <summary>Q·diag(λ)·Qᵀ, symmetrised exactly.</summary>
    private static double[,] WithEigenvalues(double[,] q, double[] lambda)
    {
        var n = lambda.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += q[i, k] * lambda[k] * q[j, k];
                }

                (a[i, j], a[j, i]) = (sum, sum);
            }
        }

        return a;
    }
}
