using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>Limits from samples near a point: removable singularities, jumps, and continuous functions.</summary>
public class LimitsTests
{
    // A step: 0 left of 0, 1 from 0 on. Its one-sided limits at 0 are 0 and 1.
    private static readonly Func<double, double> Step = x => x < 0 ? 0 : 1;

    [Test, Order(1)]
    // sin(x)/x is 0/0 = NaN at 0, yet sin x ≈ x − x³/6 near 0 gives sin(x)/x ≈ 1 − x²/6 → 1 from both sides.
    public void The_limit_of_sin_x_over_x_at_zero_is_one()
    {
        Func<double, double> f = x => Math.Sin(x) / x;

        Limits.FromLeft(f, 0).Should().BeApproximately(1, Tolerance.Default);
        Limits.FromRight(f, 0).Should().BeApproximately(1, Tolerance.Default);
    }

    [Test, Order(2)]
    // 1 − cos x ≈ x²/2 − x⁴/24, so (1 − cos x)/x² ≈ ½ − x²/24 → ½. Very close to 0, 1 − cos x cancels to
    // nothing (cos(10⁻⁸) is exactly 1.0 in double), so a single tiny step cannot work: extrapolate instead.
    public void The_limit_of_one_minus_cos_over_x_squared_is_one_half() =>
        Limits.Estimate(x => (1 - Math.Cos(x)) / (x * x), 0).Should().BeApproximately(0.5, Tolerance.Default);

    [Test, Order(3)]
    // (1 + x)^{1/x} = e^{ln(1 + x)/x} and ln(1 + x)/x ≈ 1 − x/2 → 1, so the limit is e ≈ 2.718281828.
    // The error e·x/2 shrinks only linearly: x = 10⁻⁶ is still 1.4·10⁻⁶ off, far outside the tolerance.
    public void The_limit_of_one_plus_x_to_the_one_over_x_is_e() =>
        Limits.Estimate(x => Math.Pow(1 + x, 1 / x), 0).Should().BeApproximately(Math.E, Tolerance.Default);

    [Test, Order(4)]
    // sin(30x)/x ≈ 30 − 4500x² changes on the scale 1/30, smaller than a first step of 0.1: the samples need many
    // halvings before the extrapolation settles on 30. A short table of four or five rows stops far too early.
    public void A_fast_changing_function_needs_enough_halvings() =>
        Limits.Estimate(x => Math.Sin(30 * x) / x, 0).Should().BeApproximately(30, Tolerance.Default);

    [Test, Order(5)]
    // (x² − 1)/(x − 1) = x + 1 away from x = 1, so the hole at 1 is filled by the value 2.
    public void A_removable_singularity_is_filled_by_its_limit() =>
        Limits.Estimate(x => ((x * x) - 1) / (x - 1), 1).Should().BeApproximately(2, Tolerance.Default);

    [Test, Order(6)]
    // (ln x − ln a)/(x − a) → ln′(a) = 1/a: the difference quotient of ln, here at a = 10¹², where x = a itself is 0/0.
    // Far from 0 the steps must scale with |a| (10⁻⁴·|a| = 10⁸ to start): at steps near 0.1, ln x and ln a agree in 13 of
    // their 16 digits, so the quotient is mostly rounding, and a + h even equals a once h drops below 6·10⁻⁵ (the
    // spacing of doubles near 10¹² is 1.2·10⁻⁴). The limit, 10⁻¹², is below any absolute tolerance: compared relatively.
    public void Far_from_zero_the_steps_scale_with_the_point()
    {
        const double a = 1e12;
        Func<double, double> quotient = x => (Math.Log(x) - Math.Log(a)) / (x - a);

        Limits.FromLeft(quotient, a).Should().BeApproximately(1 / a, Tolerance.RelativeOnly(1e-6));
        Limits.FromRight(quotient, a).Should().BeApproximately(1 / a, Tolerance.RelativeOnly(1e-6));
    }

    [Test, Order(7)]
    // A limit is about points near a, never a itself: f here fails the test if it is ever called at a.
    public void The_function_is_never_evaluated_at_the_point_itself()
    {
        const double a = 0.5;
        Func<double, double> f = x => x == a ? throw new AssertionException("f was evaluated at a itself.") : Math.Exp(x);

        Limits.Estimate(f, a).Should().BeApproximately(Math.Exp(a), Tolerance.Default);
    }

    [Test, Order(8)]
    // A polynomial is continuous: lim_{x→a} p(x) = p(a) from both sides, at any a.
    public void The_limit_of_a_polynomial_is_its_value([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var coefficients = data.Vector(data.Random.NextInt(1, 7), -3, 3);
        var a = data.Random.Uniform(-3, 3);
        double P(double x) => coefficients.Select((c, k) => c * Math.Pow(x, k)).Sum();

        Limits.FromLeft(P, a).Should().BeApproximately(P(a), Tolerance.Default);
        Limits.FromRight(P, a).Should().BeApproximately(P(a), Tolerance.Default);
        Limits.Estimate(P, a).Should().BeApproximately(P(a), Tolerance.Default);
    }

    [Test, Order(9)]
    // The step is 0 for every x < 0 and 1 for every x > 0: L⁻ = 0 and L⁺ = 1. Swapping the sides swaps them.
    public void A_step_has_different_one_sided_limits()
    {
        Limits.FromLeft(Step, 0).Should().BeApproximately(0, Tolerance.Tight);
        Limits.FromRight(Step, 0).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(10)]
    // |x|/x is −1 for x < 0 and +1 for x > 0 (and 0/0 = NaN at 0): L⁻ = −1, L⁺ = +1.
    public void The_sign_function_approaches_minus_one_and_plus_one()
    {
        Func<double, double> sign = x => Math.Abs(x) / x;

        Limits.FromLeft(sign, 0).Should().BeApproximately(-1, Tolerance.Tight);
        Limits.FromRight(sign, 0).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(11)]
    // L⁻ ≠ L⁺: the step and |x|/x have jumps at 0; the step is continuous at 2, where both sides give 1.
    public void A_jump_is_detected_where_the_one_sided_limits_differ()
    {
        Limits.HasJumpAt(Step, 0).Should().BeTrue();
        Limits.HasJumpAt(x => Math.Abs(x) / x, 0).Should().BeTrue();
        Limits.HasJumpAt(Step, 2).Should().BeFalse();
    }

    [Test, Order(12)]
    // With a jump there is no single number L that f approaches, so the two-sided limit does not exist.
    public void The_two_sided_limit_of_a_jump_does_not_exist()
    {
        FluentActions.Invoking(() => Limits.Estimate(Step, 0)).Should().Throw<ArgumentException>().WithMessage("*does not exist*");
        FluentActions.Invoking(() => Limits.Estimate(x => Math.Abs(x) / x, 0)).Should().Throw<ArgumentException>().WithMessage("*jump*");
    }

    [Test, Order(13)]
    // Continuous functions have no jump anywhere: exp, sin and cos at random points, and a steep line
    // 500x + 1 (it changes by 5·10⁻⁶ over a step of 10⁻⁸, but its one-sided limits are both exactly 1).
    public void Continuous_functions_have_no_jump([Range(1, 5)] int seed)
    {
        var a = new TestData(seed).Random.Uniform(-5, 5);

        Limits.HasJumpAt(Math.Exp, a).Should().BeFalse();
        Limits.HasJumpAt(x => Math.Sin(x) + Math.Cos(3 * x), a).Should().BeFalse();
        Limits.HasJumpAt(x => (500 * x) + 1, 0).Should().BeFalse();
        Limits.Estimate(Math.Exp, a).Should().BeApproximately(Math.Exp(a), Tolerance.Default);
    }

    [Test, Order(14)]
    // A jump of 10⁻³ counts as a jump for the default tolerance 10⁻⁶, but not when 10⁻² is tolerated.
    public void The_tolerance_decides_how_small_a_jump_still_counts()
    {
        Func<double, double> f = x => x < 0 ? Math.Sin(x) : Math.Sin(x) + 1e-3;

        Limits.HasJumpAt(f, 0).Should().BeTrue();
        Limits.HasJumpAt(f, 0, tolerance: 1e-2).Should().BeFalse();
    }

    [Test, Order(15)]
    // The threshold is tolerance · max(1, |L⁻|, |L⁺|): a step from 10⁸ to 10⁸ + 1 is a change of 10⁻⁸ relative
    // to the values (no jump at tolerance 10⁻⁶), while a step from 10⁸ to 1.01·10⁸ is 1 % (a jump).
    public void The_jump_threshold_scales_with_the_size_of_the_limits()
    {
        Limits.HasJumpAt(x => x < 0 ? 1e8 : 1e8 + 1, 0).Should().BeFalse();
        Limits.HasJumpAt(x => x < 0 ? 1e8 : 1.01e8, 0).Should().BeTrue();
    }

    [Test, Order(16)]
    // Tolerance 0 asks for exact agreement: the step's one-sided limits at 2 are both exactly 1, so there is no jump.
    // The threshold uses the larger limit: from 10 to 18 the gap 8 is within 0.5·max(1, 10, 18) = 9 (it would not be
    // within 0.5·10 = 5), in either direction; from 10 to 25 the gap 15 exceeds 0.5·25 = 12.5.
    public void The_threshold_is_tolerance_times_the_larger_limit()
    {
        Limits.HasJumpAt(Step, 2, tolerance: 0).Should().BeFalse();
        Limits.HasJumpAt(x => x < 0 ? 10 : 18, 0, tolerance: 0.5).Should().BeFalse();
        Limits.HasJumpAt(x => x < 0 ? 18 : 10, 0, tolerance: 0.5).Should().BeFalse();
        Limits.HasJumpAt(x => x < 0 ? 10 : 25, 0, tolerance: 0.5).Should().BeTrue();
    }

    [Test, Order(17)]
    // √h is not a series in whole powers of h, so extrapolation gains little here — but the samples still head for
    // the right limit, √x → 0 from the right, to about three digits.
    public void A_slowly_converging_limit_is_still_approached() =>
        Limits.FromRight(Math.Sqrt, 0).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-3));

    [Test, Order(18)]
    // The point must be a number: a limit "at NaN" or "at ∞" is not what these methods estimate (even for f ≡ 1).
    public void A_point_that_is_not_finite_is_rejected()
    {
        FluentActions.Invoking(() => Limits.FromLeft(_ => 1, double.NaN)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Limits.FromRight(_ => 1, double.PositiveInfinity)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Limits.Estimate(_ => 1, double.NegativeInfinity)).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(19)]
    // √x is NaN left of 0 and √(−x) is NaN right of 0: there is nothing to take a limit of on that side.
    public void A_function_undefined_on_one_side_has_no_limit_from_that_side()
    {
        FluentActions.Invoking(() => Limits.FromLeft(Math.Sqrt, 0)).Should().Throw<ArgumentException>().WithMessage("*finite*").WithMessage("*left*");
        FluentActions.Invoking(() => Limits.FromRight(x => Math.Sqrt(-x), 0)).Should().Throw<ArgumentException>().WithMessage("*finite*").WithMessage("*right*");
        FluentActions.Invoking(() => Limits.Estimate(Math.Sqrt, 0)).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(20)]
    public void Missing_functions_and_negative_tolerances_are_rejected()
    {
        FluentActions.Invoking(() => Limits.FromLeft(null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Limits.Estimate(null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Limits.HasJumpAt(Math.Exp, 0, tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Limits.HasJumpAt(Math.Exp, 0, tolerance: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
