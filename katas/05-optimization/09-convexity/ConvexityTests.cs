using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Convexity checks and Euclidean projections. A projection P onto a closed convex set C is characterised by the
/// variational inequality ⟨x − P(x), z − P(x)⟩ ≤ 0 for every z in C; from it follow idempotence (P(P(x)) = P(x)) and
/// non-expansiveness (‖P(x) − P(y)‖ ≤ ‖x − y‖), which the seeded tests check for all three sets. Wrong implementations
/// these tests kill:
/// <list type="bullet">
/// <item>Jensen's inequality with its sign reversed, or with the weights θ and 1 − θ swapped between the chord and the
/// mixture (tests 1 and 2);</item>
/// <item>a PSD check by positive diagonal only ([[1, 2], [2, 1]] has eigenvalue −1), by Cholesky success (which
/// rejects the singular PSD [[1, 1], [1, 1]]), or with an absolute tolerance (wrong at scale 10⁻¹²) (test 3);</item>
/// <item>a ball projection that rescales points already inside onto the sphere, or that ignores the centre (test 5);</item>
/// <item>a simplex projection by clipping negatives and renormalising: (1, 0.5, −1) ↦ (2/3, 1/3, 0) instead of
/// (0.75, 0.25, 0), and it fails the variational inequality (tests 7, 8 and 9);</item>
/// <item>a Jensen slack that is absolute, or shrinks with the chord (tolerance/|chord|, tolerance·min(1, |chord|)), a
/// zero gap counted as a violation when the tolerance is 0, or a later equal gap replacing the first (test 11);</item>
/// <item>a symmetry check that is absolute (or divides by the scale), and a zero tolerance rejected (test 12);</item>
/// <item>a point ON the sphere rescaled onto it (7 + 24i has length 25, but 25·(7/25) = 7.000000000000001), and a
/// degenerate box lᵢ = uᵢ rejected (test 13);</item>
/// <item>bad input not checked in every method, or rejected under the wrong name or without its words (test 14).</item>
/// </list>
/// </summary>
public class ConvexityTests
{
    [Test, Order(1)]
    // f(x) = −x² at the points −1, 0, 1 with θ = ½: the pair (−1, 1) has f(0) = 0 above the chord −1 (gap 1), the pairs
    // (−1, 0) and (0, 1) only 0.25 above theirs (f(∓½) = −¼ against −½). The largest violation is returned.
    public void Jensen_check_returns_the_largest_violation_by_hand()
    {
        double[][] points = [[-1], [0], [1]];

        var violation = Convexity.FindJensenViolation(x => -x[0] * x[0], points, steps: 1);

        violation.Should().NotBeNull();
        violation!.A.Should().Equal(-1);
        violation.B.Should().Equal(1);
        violation.Theta.Should().Be(0.5);
        violation.Gap.Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(2)]
    // On seeded points in ℝ³: convex functions (‖x‖², log Σ exp xᵢ, ‖x‖₁, max xᵢ, an affine function) pass; non-convex
    // ones (−‖x‖², Σ sin xᵢ, Σ (xᵢ⁴ − 4xᵢ²)) fail with a genuine counterexample: re-evaluating f at θA + (1 − θ)B
    // reproduces the reported gap. Eight points, so 28 pairs × 9 values of θ.
    public void Jensen_check_separates_convex_from_non_convex_functions([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var points = Enumerable.Range(0, 8).Select(_ => data.Vector(3, -3, 3)).ToArray();
        var convex = new Func<double[], double>[]
        {
            x => x.Sum(v => v * v),
            x => Math.Log(x.Sum(Math.Exp)),
            x => x.Sum(Math.Abs),
            x => x.Max(),
            x => (2 * x[0]) - x[1] + 0.5,
        };
        var nonConvex = new Func<double[], double>[]
        {
            x => -x.Sum(v => v * v),
            x => x.Sum(Math.Sin),
            x => x.Sum(v => (v * v * v * v) - (4 * v * v)),
        };

        foreach (var f in convex)
        {
            Convexity.FindJensenViolation(f, points).Should().BeNull();
        }

        foreach (var f in nonConvex)
        {
            var v = Convexity.FindJensenViolation(f, points);
            v.Should().NotBeNull();
            v!.Theta.Should().BeInRange(0.1, 0.9);
            var mixture = v.A.Zip(v.B, (a, b) => (v.Theta * a) + ((1 - v.Theta) * b)).ToArray();
            var gap = f(mixture) - ((v.Theta * f(v.A)) + ((1 - v.Theta) * f(v.B)));
            gap.Should().BeApproximately(v.Gap, Tolerance.Default);
            gap.Should().BePositive();
        }
    }

    [Test, Order(3)]
    // PSD means every eigenvalue ≥ 0. [[2, −1], [−1, 2]] (eigenvalues 1, 3) and the singular [[1, 1], [1, 1]] (0, 2) are
    // PSD; [[1, 2], [2, 1]] (−1, 3) is not, although its diagonal is positive; diag(1, −10⁻³) is not. The test is
    // relative: the same matrices scaled by 10⁻¹² and 10¹² get the same verdicts.
    public void Positive_semidefinite_means_no_negative_eigenvalue_at_any_scale()
    {
        double[,] definite = { { 2, -1 }, { -1, 2 } };
        double[,] singular = { { 1, 1 }, { 1, 1 } };
        double[,] indefinite = { { 1, 2 }, { 2, 1 } };
        double[,] barely = { { 1, 0 }, { 0, -1e-3 } };

        foreach (var scale in new[] { 1, 1e-12, 1e12 })
        {
            Convexity.IsPositiveSemidefinite(Scaled(definite, scale)).Should().BeTrue("scale {0}", scale);
            Convexity.IsPositiveSemidefinite(Scaled(singular, scale)).Should().BeTrue("scale {0}", scale);
            Convexity.IsPositiveSemidefinite(Scaled(indefinite, scale)).Should().BeFalse("scale {0}", scale);
            Convexity.IsPositiveSemidefinite(Scaled(barely, scale)).Should().BeFalse("scale {0}", scale);
        }

        Convexity.IsPositiveSemidefinite(new double[3, 3]).Should().BeTrue();
    }

    [Test, Order(4)]
    // Hessians as convexity certificates. Log-sum-exp has Hessian diag(p) − ppᵀ with p = softmax(x): PSD everywhere
    // (singular along (1, …, 1)). A seeded BBᵀ with B 5 × 3 is PSD of rank 3; subtracting 10⁻³I makes it indefinite.
    // Rosenbrock's Hessian [[1200x² − 400y + 2, −400x], [−400x, 200]] is PD at its minimum (1, 1) and indefinite at (0, 1).
    public void Hessian_check_certifies_convexity_on_seeded_points([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(4, -3, 3);
        var max = x.Max();
        var p = x.Select(v => Math.Exp(v - max)).ToArray();
        var total = p.Sum();
        p = [.. p.Select(v => v / total)];
        var logSumExp = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                logSumExp[i, j] = (i == j ? p[i] : 0) - (p[i] * p[j]);
            }
        }

        Convexity.IsPositiveSemidefinite(logSumExp).Should().BeTrue();

        var b = Oracle.ToMatrix(data.Matrix(5, 3));
        var gram = b * b.Transpose();
        gram = (gram + gram.Transpose()) / 2;
        Convexity.IsPositiveSemidefinite(gram.ToArray()).Should().BeTrue();
        Convexity.IsPositiveSemidefinite((gram - (1e-3 * MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(5))).ToArray()).Should().BeFalse();

        Convexity.IsPositiveSemidefinite(RosenbrockHessian(1, 1)).Should().BeTrue();
        Convexity.IsPositiveSemidefinite(RosenbrockHessian(0, 1)).Should().BeFalse();
    }

    [Test, Order(5)]
    // Ball: (3, 4) is 5 from 0, so onto the unit ball it goes to (3, 4)/5 = (0.6, 0.8); onto the ball of radius 1 about
    // (1, 1), the point (1, 3) goes to (1, 2). Points inside (or on the sphere) are returned unchanged, bit for bit.
    // Box [0, 1]³: (−2, 0.5, 7) ↦ (0, 0.5, 1).
    public void Ball_and_box_projections_by_hand()
    {
        Convexity.ProjectOntoBall([3, 4], [0, 0], 1).Should().BeApproximately([0.6, 0.8], Tolerance.Tight);
        Convexity.ProjectOntoBall([1, 3], [1, 1], 1).Should().BeApproximately([1, 2], Tolerance.Tight);
        Convexity.ProjectOntoBall([0.2, -0.1], [0, 0], 1).Should().Equal(0.2, -0.1);
        Convexity.ProjectOntoBall([1.5, 1], [1, 1], 2).Should().Equal(1.5, 1);
        Convexity.ProjectOntoBall([0, 1], [0, 0], 1).Should().Equal(0, 1);
        Convexity.ProjectOntoBall([3e200, 4e200], [0, 0], 1).Should().BeApproximately([0.6, 0.8], Tolerance.Tight);
        Convexity.ProjectOntoBox([-2, 0.5, 7], [0, 0, 0], [1, 1, 1]).Should().Equal(0, 0.5, 1);
        Convexity.ProjectOntoBox([5, -5], [double.NegativeInfinity, -1], [double.PositiveInfinity, 2]).Should().Equal(5, -1);
    }

    [Test, Order(6)]
    // Simplex {p ≥ 0, Σp = 1}: p = max(x − τ, 0) with τ chosen so that Σp = 1. (1, 1) ↦ (½, ½) (τ = ½); (2, 0, 0) ↦
    // (1, 0, 0) (τ = 1); (1, 0.5, −1) ↦ (0.75, 0.25, 0) (τ = 0.25: the two largest entries are kept); (3, 1) ↦ (1, 0);
    // (0, 0, 0) ↦ (⅓, ⅓, ⅓) (τ = −⅓); a point already in the simplex is unchanged.
    public void Simplex_projection_by_hand()
    {
        Convexity.ProjectOntoSimplex([1, 1]).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([2, 0, 0]).Should().BeApproximately([1, 0, 0], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([1, 0.5, -1]).Should().BeApproximately([0.75, 0.25, 0], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([3, 1]).Should().BeApproximately([1, 0], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([0, 0, 0]).Should().BeApproximately([1.0 / 3, 1.0 / 3, 1.0 / 3], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([0.2, 0.3, 0.5]).Should().BeApproximately([0.2, 0.3, 0.5], Tolerance.Tight);
        Convexity.ProjectOntoSimplex([-5]).Should().Equal(1);
    }

    [Test, Order(7)]
    // The three properties of a projection, on seeded points: P(x) lies in the set, P(P(x)) = P(x), and
    // ‖P(x) − P(y)‖ ≤ ‖x − y‖ (plus 1e-12 for rounding). Sizes 1 to 7, points spread well outside each set.
    public void Projections_land_in_the_set_are_idempotent_and_non_expansive([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        foreach (var set in Sets(data))
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var x = data.Vector(set.Dimension, -4, 4);
                var y = data.Vector(set.Dimension, -4, 4);
                var px = set.Project(x);
                var py = set.Project(y);

                set.Contains(px).Should().BeTrue("{0}: P(x) must lie in the set", set.Name);
                set.Project(px).Should().BeApproximately(px, Tolerance.Tight, "{0} is idempotent", set.Name);
                Distance(px, py).Should().BeLessThanOrEqualTo(Distance(x, y) + 1e-12, "{0} is non-expansive", set.Name);
            }
        }
    }

    [Test, Order(8)]
    // The defining property: x − P(x) makes an obtuse angle with every direction z − P(x) into the set,
    // ⟨x − P(x), z − P(x)⟩ ≤ 0, for 20 seeded x and 20 seeded z in the set each. Only the nearest point satisfies it for
    // all z; the clip-and-renormalise "projection" onto the simplex fails it.
    public void Projections_satisfy_the_variational_inequality([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        foreach (var set in Sets(data))
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var x = data.Vector(set.Dimension, -4, 4);
                var px = set.Project(x);
                for (var k = 0; k < 20; k++)
                {
                    var z = set.Sample();
                    set.Contains(z).Should().BeTrue();
                    var inner = x.Select((v, i) => (v - px[i]) * (z[i] - px[i])).Sum();
                    inner.Should().BeLessThanOrEqualTo(1e-12, "{0}, seed {1}", set.Name, seed);
                }
            }
        }
    }

    [Test, Order(9)]
    // Shifting every entry by the same c does not move the simplex projection (τ absorbs c): P(x + c·1) = P(x), for
    // c = ±1000. Clipping and renormalising has no such property. The sums of entries near 1000 lose about 1e-13 each,
    // hence the tolerance 1e-10.
    public void Simplex_projection_ignores_a_common_shift([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(6, -2, 2);
        var p = Convexity.ProjectOntoSimplex(x);

        foreach (var c in new[] { 1000.0, -1000.0 })
        {
            Convexity.ProjectOntoSimplex([.. x.Select(v => v + c)]).Should().BeApproximately(p, Tolerance.AbsoluteOnly(1e-10));
        }
    }

    [Test, Order(10)]
    // Bad input: a radius ≤ 0 (the ball is empty or a point), a box with some lᵢ > uᵢ (empty), empty vectors, lengths
    // that differ, fewer than two Jensen points, a non-square or non-symmetric "Hessian", and null.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1], [0], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1], [0], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1, 2], [0], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0, 1], [1, 0])).Should().Throw<ArgumentException>().WithMessage("*lower*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([], [], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.ProjectOntoSimplex([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.ProjectOntoSimplex([double.NaN, 1])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convexity.ProjectOntoSimplex(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Convexity.FindJensenViolation(x => x[0], [[1.0]])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(x => x[0], [[1.0], [1.0, 2.0]])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(null!, [[1.0], [2.0]])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[,] { { 1, 2 }, { 0, 1 } })).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(11)]
    // The slack is relative: a gap counts when it exceeds tolerance·max(1, |chord|). f = c + 10⁻¹⁰(1 − x²) on the points
    // ±1 has the gap 10⁻¹⁰ at θ = ½ for every c: a violation for c = 0 (the slack is 10⁻¹²·1), rounding for c = 1000
    // (10⁻¹⁰ is 10⁻¹³ of the values, below the slack 10⁻¹²·1000). With tolerance 0 an exactly affine f (gap exactly 0)
    // is still convex. f = −(|x| − ½)² on ±1 with θ = ¼, ½, ¾ has the equal gaps ¼ at θ = ¼ and θ = ¾: the first is kept.
    public void Jensen_slack_is_relative_to_the_chord_and_ties_keep_the_first()
    {
        double[][] points = [[-1], [1]];

        var small = Convexity.FindJensenViolation(x => 1e-10 * (1 - (x[0] * x[0])), points, steps: 1);
        small.Should().NotBeNull();
        small!.Gap.Should().BeApproximately(1e-10, Tolerance.Tight);
        Convexity.FindJensenViolation(x => 1000 + (1e-10 * (1 - (x[0] * x[0]))), points, steps: 1).Should().BeNull();

        Convexity.FindJensenViolation(x => x[0], [[0], [1]], tolerance: 0).Should().BeNull();
        Convexity.FindJensenViolation(x => x[0], [[0], [1]], tolerance: 0, steps: 1).Should().BeNull();

        var tie = Convexity.FindJensenViolation(x => -Math.Pow(Math.Abs(x[0]) - 0.5, 2), points, steps: 3);
        tie.Should().NotBeNull();
        tie!.Theta.Should().Be(0.25);
        tie.Gap.Should().Be(0.25);
    }

    [Test, Order(12)]
    // The symmetry check is relative to max|hᵢⱼ| too: [[2, −1], [−1, 2]]·10¹² with one off-diagonal entry off by 1 is
    // symmetric to 10⁻¹² of its scale, far inside the default 10⁻¹⁰ (and PD); [[2, −1 + 10⁻⁶], [−1, 2]] is not symmetric.
    // A tolerance of 0 is allowed: the exactly symmetric [[2, −1], [−1, 2]] is PSD with no slack at all.
    public void Symmetry_is_checked_relative_to_the_largest_entry()
    {
        Convexity.IsPositiveSemidefinite(new double[,] { { 2e12, -1e12 + 1 }, { -1e12, 2e12 } }).Should().BeTrue();
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[,] { { 2, -1 + 1e-6 }, { -1, 2 } }))
            .Should().Throw<ArgumentException>().WithParameterName("h").WithMessage("*symmetric*");
        Convexity.IsPositiveSemidefinite(new double[,] { { 2, -1 }, { -1, 2 } }, tolerance: 0).Should().BeTrue();
    }

    [Test, Order(13)]
    // On the boundary nothing moves: (7, 24) is exactly 25 from 0 (49 + 576 = 625), so onto the ball of radius 25 it is
    // returned bit for bit — rescaling it would give 25·(7/25) = 7.000000000000001. A box with lᵢ = uᵢ is a single value
    // in that coordinate, not empty.
    public void Points_on_the_boundary_stay_and_a_flat_box_is_allowed()
    {
        Convexity.ProjectOntoBall([7, 24], [0, 0], 25).Should().Equal(7, 24);
        Convexity.ProjectOntoBox([5, -5, 0.5], [1, 2, 0], [1, 2, 1]).Should().Equal(1, 2, 0.5);
    }

    [Test, Order(14)]
    // The rest of the documented bad input, each named by its parameter: null points or a null point, an empty or
    // non-finite point, steps < 1, a tolerance that is negative or not finite ("finite"); a null or empty (0 × 3,
    // 3 × 0) matrix, a non-square one (2 × 3 with asymmetric entries, 3 × 2), a non-finite entry; null or non-finite x and
    // centre, an infinite radius; null or short bounds, an empty box ("empty"); a non-finite simplex entry.
    public void Every_documented_bad_input_is_named()
    {
        Func<double[], double> f = x => x[0];
        FluentActions.Invoking(() => Convexity.FindJensenViolation(f, null!)).Should().Throw<ArgumentNullException>().WithParameterName("points");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(f, [[1.0], null!])).Should().Throw<ArgumentNullException>().WithParameterName("points");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(f, [[], []])).Should().Throw<ArgumentException>().WithParameterName("points").WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(f, [[1.0], [double.NaN]])).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("points").WithMessage("*finite*");
        FluentActions.Invoking(() => Convexity.FindJensenViolation(f, [[1.0], [2.0]], steps: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("steps");

        double[,] identity = { { 1, 0 }, { 0, 1 } };
        foreach (var tolerance in new[] { -1e-12, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => Convexity.FindJensenViolation(f, [[1.0], [2.0]], tolerance: tolerance)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("tolerance").WithMessage("*finite*", "tolerance {0}", tolerance);
            FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(identity, tolerance)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("tolerance").WithMessage("*finite*", "tolerance {0}", tolerance);
        }

        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(null!)).Should().Throw<ArgumentNullException>().WithParameterName("h");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[0, 3])).Should().Throw<ArgumentException>().WithParameterName("h").WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[3, 0])).Should().Throw<ArgumentException>().WithParameterName("h").WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } })).Should().Throw<ArgumentException>()
            .WithParameterName("h").WithMessage("*square*");
        FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[3, 2])).Should().Throw<ArgumentException>().WithParameterName("h").WithMessage("*square*");
        foreach (var entry in new[] { double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => Convexity.IsPositiveSemidefinite(new double[,] { { 1, entry }, { entry, 1 } })).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("h").WithMessage("*finite*", "entry {0}", entry);
        }

        FluentActions.Invoking(() => Convexity.ProjectOntoBall(null!, [0], 1)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1], null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("centre");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([], [], 1)).Should().Throw<ArgumentException>().WithParameterName("x").WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([double.NaN], [0], 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("x").WithMessage("*finite*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1], [double.NaN], 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("centre").WithMessage("*finite*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBall([1], [0], double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("radius").WithMessage("*finite*");

        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], null!, [1, 1])).Should().Throw<ArgumentNullException>().WithParameterName("lower");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0, 0], null!)).Should().Throw<ArgumentNullException>().WithParameterName("upper");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0], [1, 1])).Should().Throw<ArgumentException>().WithParameterName("lower").WithMessage("*length*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0, 0], [1])).Should().Throw<ArgumentException>().WithParameterName("upper").WithMessage("*length*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([0, 0], [0, 1], [1, 0])).Should().Throw<ArgumentException>().WithParameterName("lower").WithMessage("*empty*");
        FluentActions.Invoking(() => Convexity.ProjectOntoBox([double.NaN], [0], [1])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("x").WithMessage("*finite*");

        FluentActions.Invoking(() => Convexity.ProjectOntoSimplex([1, double.PositiveInfinity])).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("x").WithMessage("*finite*");
    }

    /// <summary>A convex set for the property tests: its projection, a membership test and a sampler of its points.</summary>
    private sealed record ConvexSet(string Name, int Dimension, Func<double[], double[]> Project, Func<double[], bool> Contains, Func<double[]> Sample);

    /// <summary>A seeded ball, box and simplex, each of a seeded dimension from 1 to 7.</summary>
    private static IEnumerable<ConvexSet> Sets(TestData data)
    {
        var n = data.Random.NextInt(1, 8);
        var centre = data.Vector(n, -1, 1);
        var radius = data.Random.Uniform(0.5, 2);
        yield return new ConvexSet(
            "ball", n, x => Convexity.ProjectOntoBall(x, centre, radius),
            z => Distance(z, centre) <= radius * (1 + 1e-12),
            () =>
            {
                var direction = data.Vector(n, -1, 1);
                var length = Distance(direction, new double[n]);
                var r = radius * data.Random.NextDouble();
                return [.. direction.Select((d, i) => centre[i] + (r * d / length))];
            });

        var lower = data.Vector(n, -2, 0);
        var upper = lower.Select(l => l + data.Random.Uniform(0, 2)).ToArray();
        yield return new ConvexSet(
            "box", n, x => Convexity.ProjectOntoBox(x, lower, upper),
            z => z.Select((v, i) => v >= lower[i] && v <= upper[i]).All(inside => inside),
            () => [.. lower.Select((l, i) => data.Random.Uniform(l, upper[i]))]);

        yield return new ConvexSet(
            "simplex", n, Convexity.ProjectOntoSimplex,
            z => z.All(v => v >= 0) && Math.Abs(z.Sum() - 1) <= 1e-12,
            () => data.ProbabilityVector(n));
    }

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Select((v, i) => (v - b[i]) * (v - b[i])).Sum());

    private static double[,] RosenbrockHessian(double x, double y) =>
        new double[,] { { (1200 * x * x) - (400 * y) + 2, -400 * x }, { -400 * x, 200 } };

    private static double[,] Scaled(double[,] a, double s)
    {
        var scaled = (double[,])a.Clone();
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                scaled[i, j] *= s;
            }
        }

        return scaled;
    }
}
