using System.Numerics;
using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Difference quotients and their error orders, the best step, and the complex step. Wrong implementations these
/// tests catch: (1) the central difference divided by h instead of 2h (twice the derivative); (2) the backward
/// difference written (f(x − h) − f(x))/h (the sign flips); (3) BestStep keeping the largest error, or a grid that
/// stops at 1e-8 (it misses nothing for forward, but is checked on the central rule too); (4) the complex step
/// returning the real part, or dividing by 2h.
/// </summary>
public class NumericalDifferentiationTests
{
    private static double Square(double x) => x * x;

    [Test, Order(1)]
    // f(x) = x² at x = 3, h = 0.1: f(3.1) = 9.61, f(2.9) = 8.41. Forward (9.61 − 9)/0.1 = 6.1, backward (9 − 8.41)/0.1 = 5.9,
    // central (9.61 − 8.41)/0.2 = 6 = f′(3): the central difference is exact for quadratics (up to rounding).
    public void Difference_quotients_of_x_squared_by_hand()
    {
        NumericalDifferentiation.Forward(Square, 3, 0.1).Should().BeApproximately(6.1, Tolerance.Tight);
        NumericalDifferentiation.Backward(Square, 3, 0.1).Should().BeApproximately(5.9, Tolerance.Tight);
        NumericalDifferentiation.Central(Square, 3, 0.1).Should().BeApproximately(6, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Taylor: forward error = +h·f″/2 + O(h²), backward = −h·f″/2 + O(h²), central = h²·f‴/6 + O(h⁴). Halving h from 1e-2
    // halves the one-sided errors (ratio 2 ± 5 %) and quarters the central one (4 ± 5 %); rounding (ε/h ≈ 1e-13) is
    // negligible against errors of 1e-3 … 1e-6 at these steps. Seeded x in [−1, 1] for sin and exp.
    public void One_sided_errors_are_first_order_and_the_central_error_second_order([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var x = random.Uniform(-1, 1);
        foreach (var (f, d) in (IEnumerable<(Func<double, double>, double)>)[(Math.Exp, Math.Exp(x)), (Math.Sin, Math.Cos(x))])
        {
            double Error(Func<Func<double, double>, double, double, double> rule, double h) => rule(f, x, h) - d;

            (Error(NumericalDifferentiation.Forward, 1e-2) / Error(NumericalDifferentiation.Forward, 5e-3)).Should().BeInRange(1.9, 2.1);
            (Error(NumericalDifferentiation.Backward, 1e-2) / Error(NumericalDifferentiation.Backward, 5e-3)).Should().BeInRange(1.9, 2.1);
            (Error(NumericalDifferentiation.Central, 1e-2) / Error(NumericalDifferentiation.Central, 5e-3)).Should().BeInRange(3.8, 4.2);
        }

        // The leading terms themselves, for exp (f″ = f‴ = eˣ): forward ≈ +h·eˣ/2, backward ≈ −h·eˣ/2, central ≈ h²·eˣ/6.
        var e = Math.Exp(x);
        (NumericalDifferentiation.Forward(Math.Exp, x, 1e-3) - e).Should().BeApproximately(1e-3 * e / 2, Tolerance.RelativeOnly(1e-3));
        (NumericalDifferentiation.Backward(Math.Exp, x, 1e-3) - e).Should().BeApproximately(-1e-3 * e / 2, Tolerance.RelativeOnly(1e-3));
        (NumericalDifferentiation.Central(Math.Exp, x, 1e-3) - e).Should().BeApproximately(1e-6 * e / 6, Tolerance.RelativeOnly(1e-3));
    }

    [Test, Order(3)]
    // Total error ≈ truncation + rounding: forward h·|f″|/2 + 2ε|f|/h, smallest near h = 2√(ε|f|/|f″|) ≈ 3e-8 for exp and
    // sin; central h²|f‴|/6 + ε|f|/h, smallest near h = (3ε|f|/|f‴|)^{1/3} ≈ 9e-6. The rounding part is noisy, so the
    // measured best step of the grid lands within a factor of about 10 of the prediction (measured on x in [0.5, 3]:
    // forward 2e-10 … 6e-8, central 3e-6 … 1e-5); the tests accept [1e-10, 1e-7] and [1e-7, 1e-4]. x stays in
    // [0.2, 1.2], away from π/2, where sin‴ = −cos vanishes and the central rule's best step grows towards ε^{1/5}.
    public void The_best_step_is_near_the_square_root_and_the_cube_root_of_epsilon([Range(1, 5)] int seed)
    {
        var x = new SeededRandom(seed).Uniform(0.2, 1.2);
        foreach (var (f, d) in (IEnumerable<(Func<double, double>, double)>)[(Math.Exp, Math.Exp(x)), (Math.Sin, Math.Cos(x))])
        {
            NumericalDifferentiation.BestStep(NumericalDifferentiation.Forward, f, x, d).Should().BeInRange(1e-10, 1e-7);
            NumericalDifferentiation.BestStep(NumericalDifferentiation.Central, f, x, d).Should().BeInRange(1e-7, 1e-4);
        }
    }

    [Test, Order(4)]
    // The grid is 10^(−k/4), k = 0 … 64. For a straight line every rule is exact at h = 1 already (error 0), and the
    // larger step wins the tie; a rule that ignores h entirely is best everywhere, so 1 again. A rule that is exact only
    // below 1e-12 (a step function in h) makes the answer the first grid point below it, 10^(−49/4) ≈ 5.6e-13.
    public void Best_step_scans_the_whole_grid_and_prefers_the_larger_step_on_ties()
    {
        NumericalDifferentiation.BestStep(NumericalDifferentiation.Central, x => (3 * x) + 1, 2, 3).Should().Be(1);
        NumericalDifferentiation.BestStep((_, _, h) => h < 1e-12 ? 5 : 4, x => x, 0, 5).Should().BeApproximately(Math.Pow(10, -49 / 4.0), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Complex step: f(x + ih) = f(x) + ih·f′(x) − h²f″(x)/2 − ih³f‴(x)/6 + …, so Im f(x + ih)/h = f′(x) − h²f‴(x)/6: at
    // h = 1e-20 the truncation is 1e-40 and nothing cancels. For f = eᶻ·sin z, f′ = eˣ(sin x + cos x) to 4e-16 relative,
    // where any difference quotient at h = 1e-20 returns 0 (x + 1e-20 rounds to x).
    public void The_complex_step_is_exact_to_machine_precision_at_h_1e_20([Range(1, 5)] int seed)
    {
        var x = new SeededRandom(seed).Uniform(-2, 2);
        var exact = Math.Exp(x) * (Math.Sin(x) + Math.Cos(x));

        NumericalDifferentiation.ComplexStep(z => Complex.Exp(z) * Complex.Sin(z), x).Should().BeApproximately(exact, new Tolerance(1e-16, 4e-16));
        NumericalDifferentiation.ComplexStep(z => Complex.Exp(z) * Complex.Sin(z), x, 1e-200).Should().BeApproximately(exact, new Tolerance(1e-16, 4e-16));
        NumericalDifferentiation.Central(t => Math.Exp(t) * Math.Sin(t), x, 1e-20).Should().Be(0);
        // z³ at x = 2: Im (2 + ih)³/h = 12 − h² = 12 for h = 1e-3 to 1e-6 relative; and f′ = 3x² = 12.
        NumericalDifferentiation.ComplexStep(z => z * z * z, 2, 1e-3).Should().BeApproximately(12, Tolerance.RelativeOnly(1e-6));
    }

    [Test, Order(6)]
    // A step must be a positive, finite number; the point must be finite; the function must exist.
    public void Bad_steps_points_and_functions_are_rejected()
    {
        FluentActions.Invoking(() => NumericalDifferentiation.Forward(Square, 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => NumericalDifferentiation.Backward(Square, 1, -1e-3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => NumericalDifferentiation.Central(Square, 1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => NumericalDifferentiation.Central(Square, double.PositiveInfinity, 1e-3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NumericalDifferentiation.ComplexStep(z => z, 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => NumericalDifferentiation.ComplexStep(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NumericalDifferentiation.Forward(null!, 1, 1e-3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NumericalDifferentiation.BestStep(NumericalDifferentiation.Forward, Square, double.NaN, 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NumericalDifferentiation.BestStep(null!, Square, 1, 2)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(7)]
    // BestStep's grid and tie rule, seen with rules whose error is known. A rule whose error is h itself improves down
    // to the last step of the grid, 10^(−64/4) = 1e-16; a rule with the same error at every step ties everywhere and the
    // larger step, 1, wins. A rule that reads f still needs one (null is rejected up front), and a non-finite exact
    // derivative is rejected like a non-finite point.
    public void Best_step_searches_down_to_1e_16_and_prefers_the_larger_step_on_a_tie()
    {
        NumericalDifferentiation.BestStep((_, _, h) => h, Square, 1, 0).Should().BeApproximately(1e-16, Tolerance.RelativeOnly(1e-12));
        NumericalDifferentiation.BestStep((_, _, _) => 1, Square, 1, 0).Should().Be(1);
        FluentActions.Invoking(() => NumericalDifferentiation.BestStep((g, x, h) => (g(x + h) - g(x)) / h, null!, 1, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NumericalDifferentiation.BestStep(NumericalDifferentiation.Forward, Square, 1, double.NaN))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
    }
}
