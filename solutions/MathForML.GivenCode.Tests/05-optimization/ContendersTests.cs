using MathForML.Optimization;
using MathForML.Verification;

namespace MathForML.GivenCode.Tests.Optimization;

/// <summary>
/// The race's contenders: each one runs the topic's optimiser with the settings its documentation promises, records x₀
/// and every iterate, and reports the point it stopped at. Wrong wrappers these tests catch: Nesterov tuned with μ and L
/// swapped, η ≠ 1/L or β ≠ (√κ − 1)/(√κ + 1); an Adam loop that stops one step early or late, accepts ‖∇f‖ = tol only
/// when strictly below, never gives up (or gives up at once), reuses one Adam's moments across runs, or leaves x₀ or
/// an iterate out of the trace; Newton and BFGS wrappers that drop the iterates or return another point; wrong names.
/// </summary>
public class ContendersTests
{
    [Test]
    // The gradient-descent contender is GradientDescent.Minimize(∇f, x₀, η, tol, max, trace): the same iterates, the same
    // end point. On ½(x₁² + 10x₂²) with η = 0.1 = 1/L it reaches ‖∇f‖ ≤ 1e-6 well inside 1000 steps.
    public void Gradient_descent_runs_the_kata_method_with_its_learning_rate()
    {
        var problem = BenchmarkProblems.Quadratic(10);
        var trace = new List<double[]>();
        var expectedTrace = new List<double[]>();

        var contender = Contenders.GradientDescent(0.1);
        var x = contender.Minimize(problem, 1e-6, 1000, trace);

        contender.Name.Should().Be("gradient descent");
        x.Should().Equal(GradientDescent.Minimize(problem.Gradient, problem.Start, 0.1, 1e-6, 1000, expectedTrace));
        trace.Should().BeEquivalentTo(expectedTrace, o => o.WithStrictOrdering());
        trace.Count.Should().BeGreaterThan(10);
    }

    [Test]
    // Tuned Nesterov for curvatures in [μ, L] = [4, 100]: √κ = 5, so η = 1/L = 0.01 and β = (5 − 1)/(5 + 1) = ⅔; the
    // contender's iterates are exactly those of Momentum.Nesterov with these settings.
    public void Nesterov_is_tuned_with_step_one_over_L_and_momentum_from_the_root_of_kappa()
    {
        var problem = BenchmarkProblems.Quadratic(25);
        var trace = new List<double[]>();
        var expectedTrace = new List<double[]>();

        var contender = Contenders.Nesterov(4, 100);
        var x = contender.Minimize(problem, 1e-6, 5000, trace);

        contender.Name.Should().Be("Nesterov");
        x.Should().Equal(Momentum.Nesterov(problem.Gradient, problem.Start, 0.01, 2.0 / 3, 1e-6, 5000, expectedTrace));
        trace.Should().BeEquivalentTo(expectedTrace, o => o.WithStrictOrdering());
    }

    [Test]
    // The Adam contender records x₀, then xₖ₊₁ = Adam.Step(xₖ, ∇f(xₖ)) of one fresh Adam(η) (default β₁, β₂, ε), and stops
    // at the FIRST iterate with ‖∇f‖ ≤ tol, which it returns. Checked against an Adam stepped along the recorded trace.
    public void Adam_steps_a_fresh_optimiser_until_the_first_iterate_within_the_tolerance()
    {
        var problem = BenchmarkProblems.Quadratic(4);
        var trace = new List<double[]>();
        const double tolerance = 1e-3;

        var contender = Contenders.Adam(0.05);
        var x = contender.Minimize(problem, tolerance, 10_000, trace);

        contender.Name.Should().Be("Adam");
        problem.Start.Should().Equal(1, 1);
        trace[0].Should().Equal(1, 1);
        x.Should().Equal(trace[^1]);
        var reference = new Adam(0.05);
        for (var k = 0; k + 1 < trace.Count; k++)
        {
            var g = problem.Gradient(trace[k]);
            Oracle.Norm(g).Should().BeGreaterThan(tolerance, "iterate {0} is not yet within the tolerance", k);
            trace[k + 1].Should().Equal(reference.Step(trace[k], g), "step {0}", k);
        }

        Oracle.Norm(problem.Gradient(x)).Should().BeLessThanOrEqualTo(tolerance);
        trace.Count.Should().BeGreaterThan(5);
    }

    [Test]
    // Each run creates its own Adam: a second run of the same contender starts from zero moments and repeats the first.
    public void Adam_runs_are_independent()
    {
        var problem = BenchmarkProblems.Quadratic(4);
        var contender = Contenders.Adam(0.05);
        var (first, second) = (new List<double[]>(), new List<double[]>());

        contender.Minimize(problem, 1e-3, 10_000, first);
        contender.Minimize(problem, 1e-3, 10_000, second);

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
    }

    [Test]
    // A run that needs K steps converges with a budget of K and gives up with K − 1: InvalidOperationException
    // ("did not converge"), having recorded x₀ … x_{K−1}.
    public void Adam_gives_up_when_the_budget_is_one_step_short()
    {
        var problem = BenchmarkProblems.Quadratic(4);
        var contender = Contenders.Adam(0.05);
        var full = new List<double[]>();
        contender.Minimize(problem, 1e-3, 10_000, full);
        var steps = full.Count - 1;

        var exact = new List<double[]>();
        contender.Minimize(problem, 1e-3, steps, exact).Should().Equal(full[^1]);
        var starved = new List<double[]>();
        FluentActions.Invoking(() => contender.Minimize(problem, 1e-3, steps - 1, starved))
            .Should().Throw<InvalidOperationException>().WithMessage($"*did not converge in {steps - 1}*");
        starved.Should().HaveCount(steps);
    }

    [Test]
    // The stopping rule is ‖∇f‖₂ ≤ tol, equality included, on the Euclidean norm: on the plane f = 3x₁ + 4x₂, ∇f = (3, 4)
    // everywhere and ‖∇f‖₂ = 5 exactly. With tol = 5 the start is returned at once, with no step; with tol = 4.5 the plane
    // never gets flatter (though each entry, and the largest, is below 4.5): the run gives up at the cap.
    public void Adam_stops_on_the_Euclidean_gradient_norm_equality_included()
    {
        var slope = new BenchmarkProblem("slope", p => (3 * p[0]) + (4 * p[1]), _ => [3, 4], _ => new double[2, 2], [2, -1]);
        var trace = new List<double[]>();

        Contenders.Adam(0.1).Minimize(slope, 5, 50, trace).Should().Equal(2, -1);
        trace.Should().HaveCount(1);
        trace[0].Should().Equal(2, -1);

        FluentActions.Invoking(() => Contenders.Adam(0.1).Minimize(slope, 4.5, 50, new List<double[]>()))
            .Should().Throw<InvalidOperationException>().WithMessage("*did not converge*");
    }

    [Test]
    // Newton and BFGS return their minimiser and copy every iterate of SecondOrderResult into the trace, x₀ first.
    public void Newton_and_BFGS_report_their_minimiser_and_every_iterate()
    {
        var problem = BenchmarkProblems.Rosenbrock();
        var newton = SecondOrderMethods.Newton(problem.Gradient, problem.Hessian, problem.Start, 1e-8, 100);
        var bfgs = SecondOrderMethods.Bfgs(problem.Value, problem.Gradient, problem.Start, 1e-8, 100);

        foreach (var (contender, name, expected) in new[] { (Contenders.Newton(), "Newton", newton), (Contenders.Bfgs(), "BFGS", bfgs) })
        {
            var trace = new List<double[]>();
            var x = contender.Minimize(problem, 1e-8, 100, trace);

            contender.Name.Should().Be(name);
            x.Should().Equal(expected.Minimizer, name);
            trace.Should().BeEquivalentTo(expected.Iterates, o => o.WithStrictOrdering(), name);
            trace[0].Should().Equal(-1.2, 1);
            trace.Count.Should().BeGreaterThan(2, name);
        }
    }

}
