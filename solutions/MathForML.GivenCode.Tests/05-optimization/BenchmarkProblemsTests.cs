using MathForML.Optimization;
using MathForML.Verification;

namespace MathForML.GivenCode.Tests.Optimization;

/// <summary>
/// The optimiser race's benchmark problems: each one's f, ∇f and ∇²f agree with each other (finite differences) and
/// with the formula at hand-checked points, it starts where the lesson says, and bad settings are named. Wrong problems
/// these tests catch: a gradient or Hessian entry with a wrong sign or factor, a κ in the wrong coordinate, an
/// unstable or wrongly signed logistic loss (its log(1 + e^(−t)) split wrongly, the labels not mapped to ±1, the mean
/// taken as a sum), a missing λ in the gradient or Hessian, a problem that keeps a reference to the caller's features,
/// and unchecked arguments.
/// </summary>
public class BenchmarkProblemsTests
{
    [Test]
    // f = ½(x₁² + κx₂²): f(1, 1) = ½(1 + κ), ∇f = (x₁, κx₂), ∇²f = diag(1, κ); the start is (1, 1), f(0) = 0.
    public void The_quadratic_has_curvatures_one_and_kappa([Values(1, 2.5, 100)] double kappa)
    {
        var problem = BenchmarkProblems.Quadratic(kappa);

        problem.Start.Should().Equal(1, 1);
        problem.Value([1, 1]).Should().BeApproximately(0.5 * (1 + kappa), Tolerance.Tight);
        problem.Value([3, -2]).Should().BeApproximately(0.5 * (9 + (4 * kappa)), Tolerance.Tight);
        problem.Value([0, 0]).Should().Be(0);
        problem.Gradient([3, -2]).Should().BeApproximately([3, -2 * kappa], Tolerance.Tight);
        problem.Hessian([3, -2]).Should().BeApproximately(new[,] { { 1, 0 }, { 0, kappa } }, Tolerance.Tight);
        GradientCheck.Compare(problem.Value, problem.Gradient, [0.7, -1.3]).Should().Agree();
    }

    [Test]
    // The name shows κ with at most two decimals: it labels a row of the table.
    public void The_quadratic_is_named_by_its_condition_number()
    {
        BenchmarkProblems.Quadratic(100).Name.Should().Be("quadratic κ = 100");
        BenchmarkProblems.Quadratic(2.5).Name.Should().Be("quadratic κ = 2.5");
    }

    [Test]
    // κ = L/μ ≥ 1 by definition; κ = 1 (a round bowl) is allowed, anything below, NaN or ∞ is not.
    public void The_quadratic_rejects_a_condition_number_below_one_or_not_finite(
        [Values(0.99, 0, -5, double.NaN, double.PositiveInfinity)] double kappa)
    {
        FluentActions.Invoking(() => BenchmarkProblems.Quadratic(kappa)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("conditionNumber").WithMessage("*finite and at least 1*");
    }

    [Test]
    // f = (1 − x₁)² + 100(x₂ − x₁²)²: f(−1.2, 1) = 0.04 + 100·0.44² = 24.2, ∇f(−1.2, 1) = (−215.6, −88),
    // ∇²f(−1.2, 1) = [[2 − 400x₂ + 1200x₁², −400x₁], [−400x₁, 200]] = [[1330, 480], [480, 200]]; the minimum f(1, 1) = 0.
    public void Rosenbrock_matches_the_hand_computed_values_at_the_classic_start()
    {
        var problem = BenchmarkProblems.Rosenbrock();

        problem.Name.Should().Be("Rosenbrock");
        problem.Start.Should().Equal(-1.2, 1);
        problem.Value([-1.2, 1]).Should().BeApproximately(24.2, Tolerance.Tight);
        problem.Value([1, 1]).Should().Be(0);
        problem.Gradient([1, 1]).Should().Equal(0, 0);
        problem.Gradient([-1.2, 1]).Should().BeApproximately([-215.6, -88], Tolerance.Tight);
        problem.Hessian([-1.2, 1]).Should().BeApproximately(new double[,] { { 1330, 480 }, { 480, 200 } }, Tolerance.Tight);
    }

    [Test]
    // ∇f agrees with central differences of f, and ∇²f with central differences of ∇f, at seeded points.
    public void Rosenbrocks_gradient_and_Hessian_are_the_derivatives_of_f([Range(1, 3)] int seed)
    {
        var problem = BenchmarkProblems.Rosenbrock();
        var x = new TestData(seed).Vector(2, -2, 2);

        GradientCheck.Compare(problem.Value, problem.Gradient, x).Should().Agree();
        problem.Hessian(x).Should().BeApproximately(GradientCheck.NumericalJacobian(problem.Gradient, x), Tolerance.Loose);
    }

    [Test]
    // At w = 0 every margin is 0, so f(0) = (1/m) Σ log 2 = log 2 whatever the data, and the start is w = 0 in d dimensions.
    // Elsewhere f is (1/m) Σ log(1 + exp(−yᵢxᵢᵀw)) + (λ/2)‖w‖², computed here by the textbook formula (safe for these
    // moderate margins). Labels 1 and 0 mean yᵢ = +1 and −1.
    public void The_logistic_loss_is_the_mean_log_loss_plus_the_ridge_term([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(10, 2, 3);
        const double lambda = 0.3;
        var problem = BenchmarkProblems.Logistic(set.Features, set.Labels, lambda);
        var w = data.Vector(3, -1, 1);

        problem.Name.Should().Be("logistic");
        problem.Start.Should().Equal(0, 0, 0);
        problem.Value(new double[3]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        problem.Value(w).Should().BeApproximately(TextbookLogisticLoss(set.Features, set.Labels, lambda, w), Tolerance.Default, "seed {0}", seed);
    }

    [Test]
    // ∇f agrees with central differences of f, and ∇²f = (1/m) Σ σᵢ(1 − σᵢ)xᵢxᵢᵀ + λI with central differences of ∇f,
    // at points where the margins take both signs (σ is used on both sides of 0).
    public void The_logistic_gradient_and_Hessian_are_the_derivatives_of_f([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(10, 2, 3);
        var problem = BenchmarkProblems.Logistic(set.Features, set.Labels, 0.2);

        foreach (var w in new[] { new double[3], data.Vector(3, -2, 2), data.Vector(3, -2, 2) })
        {
            GradientCheck.Compare(problem.Value, problem.Gradient, w).Should().Agree();
            problem.Hessian(w).Should().BeApproximately(GradientCheck.NumericalJacobian(problem.Gradient, w), Tolerance.Loose);
        }
    }

    [Test]
    // One point x = (1) with label 1 and λ = 0.5, at w = −1000: the margin is t = −1000, so f = log(1 + e¹⁰⁰⁰) + ½·0.5·10⁶
    // = 1000 + 250 000 (to rounding), ∇f = −σ(1000)·1 + 0.5·(−1000) = −501 and ∇²f = σ(1)(1 − σ)... = 0 + λ = 0.5. At w = +1000
    // f = log(1 + e⁻¹⁰⁰⁰) + 250 000 = 250 000 and ∇f = 500. A naive log(1 + exp(−t)) would overflow to ∞ at the first point.
    public void The_logistic_loss_is_stable_for_huge_margins()
    {
        var problem = BenchmarkProblems.Logistic(new double[,] { { 1 } }, [1], 0.5);

        problem.Value([-1000]).Should().BeApproximately(251_000, Tolerance.Tight);
        problem.Value([1000]).Should().BeApproximately(250_000, Tolerance.Tight);
        problem.Gradient([-1000]).Should().BeApproximately([-501], Tolerance.Tight);
        problem.Gradient([1000]).Should().BeApproximately([500], Tolerance.Tight);
        problem.Hessian([-1000]).Should().BeApproximately(new[,] { { 0.5 } }, Tolerance.Tight);
        problem.Hessian([1000]).Should().BeApproximately(new[,] { { 0.5 } }, Tolerance.Tight);
    }

    [Test]
    // Two points x = ±1 with labels 1 and 0 and λ = 1, at w = 0: both margins are 0, σ = ½, so
    // ∇f = (1/2)(−½·1 + ½·(−1)) + 0 = −½ and ∇²f = (1/2)(¼ + ¼) + 1 = 1.25.
    public void The_logistic_derivatives_at_the_start_match_a_hand_computed_example()
    {
        var problem = BenchmarkProblems.Logistic(new double[,] { { 1 }, { -1 } }, [1, 0], 1);

        problem.Gradient([0]).Should().BeApproximately([-0.5], Tolerance.Tight);
        problem.Hessian([0]).Should().BeApproximately(new[,] { { 1.25 } }, Tolerance.Tight);
        problem.Value([2]).Should().BeApproximately((0.5 * (Math.Log(1 + Math.Exp(-2)) + Math.Log(1 + Math.Exp(-2)))) + 2, Tolerance.Tight);
    }

    [Test]
    // The problem copies the features: changing the caller's array afterwards does not change f.
    public void The_logistic_problem_keeps_its_own_copy_of_the_features()
    {
        var features = new double[,] { { 1 }, { -1 } };
        var problem = BenchmarkProblems.Logistic(features, [1, 0], 1);
        var before = problem.Value([2]);

        features[0, 0] = 50;

        problem.Value([2]).Should().Be(before);
    }

    [Test]
    // Logistic needs m ≥ 1 rows of d ≥ 1 features, one label 0 or 1 per row, and λ > 0 finite.
    public void The_logistic_problem_names_bad_arguments()
    {
        var x = new double[,] { { 1, 2 }, { 3, 4 } };
        FluentActions.Invoking(() => BenchmarkProblems.Logistic(null!, [0, 1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("features");
        FluentActions.Invoking(() => BenchmarkProblems.Logistic(x, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        foreach (var (features, labels) in new (double[,], int[])[]
                 {
                     (new double[0, 2], []), (new double[2, 0], [0, 1]), (x, [0]), (x, [0, 1, 1]), (x, [0, 2]), (x, [-1, 1]),
                 })
        {
            FluentActions.Invoking(() => BenchmarkProblems.Logistic(features, labels, 1)).Should().Throw<ArgumentException>()
                .WithParameterName("labels").WithMessage("*0/1 label per row*", "{0} × {1} features, labels {2}", features.GetLength(0), features.GetLength(1), labels);
        }

        foreach (var l2 in new[] { 0, -1, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => BenchmarkProblems.Logistic(x, [0, 1], l2)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("l2").WithMessage("*positive and finite*", "λ = {0}", l2);
        }
    }

    private static double TextbookLogisticLoss(double[,] x, int[] labels, double lambda, double[] w)
    {
        var m = labels.Length;
        var sum = 0.0;
        for (var i = 0; i < m; i++)
        {
            var y = labels[i] == 1 ? 1.0 : -1.0;
            var z = Enumerable.Range(0, w.Length).Sum(j => x[i, j] * w[j]);
            sum += Math.Log(1 + Math.Exp(-y * z));
        }

        return (sum / m) + (lambda / 2 * w.Sum(v => v * v));
    }
}
