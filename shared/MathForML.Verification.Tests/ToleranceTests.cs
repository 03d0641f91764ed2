namespace MathForML.Verification.Tests;

public class ToleranceTests
{
    [Test]
    public void Values_within_the_absolute_part_are_close()
    {
        Tolerance.AbsoluteOnly(1e-3).IsClose(1.0005, 1).Should().BeTrue();
        Tolerance.AbsoluteOnly(1e-3).IsClose(1.002, 1).Should().BeFalse();
    }

    [Test]
    public void The_relative_part_scales_with_the_larger_magnitude()
    {
        var tolerance = Tolerance.RelativeOnly(1e-6);

        tolerance.IsClose(1e9 + 500, 1e9).Should().BeTrue();
        tolerance.IsClose(1e9 + 2000, 1e9).Should().BeFalse();
        tolerance.IsClose(1 + 2e-6, 1).Should().BeFalse();
    }

    [Test]
    public void Both_parts_add_up()
    {
        // Allowed difference is 0.1 + 0.1 * 2 = 0.3.
        var tolerance = new Tolerance(0.1, 0.1);

        tolerance.AllowedDifference(2, 1.8).Should().BeApproximately(0.3, 1e-15);
        tolerance.IsClose(2, 1.75).Should().BeTrue();
        tolerance.IsClose(2, 1.65).Should().BeFalse();
    }

    [Test]
    public void Closeness_is_symmetric_in_its_arguments()
    {
        var tolerance = Tolerance.RelativeOnly(0.1);

        tolerance.IsClose(1, 1.1).Should().Be(tolerance.IsClose(1.1, 1));
        tolerance.IsClose(1, 1.2).Should().Be(tolerance.IsClose(1.2, 1));
    }

    [Test]
    public void Nan_is_never_close_to_anything()
    {
        var generous = new Tolerance(double.PositiveInfinity, double.PositiveInfinity);

        generous.IsClose(double.NaN, double.NaN).Should().BeFalse();
        generous.IsClose(double.NaN, 0).Should().BeFalse();
        generous.IsClose(0, double.NaN).Should().BeFalse();
        generous.IsClose(double.NaN, double.PositiveInfinity).Should().BeFalse();
    }

    [Test]
    public void Infinities_are_close_only_to_the_same_infinity()
    {
        var generous = new Tolerance(double.PositiveInfinity, double.PositiveInfinity);

        Tolerance.Tight.IsClose(double.PositiveInfinity, double.PositiveInfinity).Should().BeTrue();
        Tolerance.Tight.IsClose(double.NegativeInfinity, double.NegativeInfinity).Should().BeTrue();
        generous.IsClose(double.PositiveInfinity, double.NegativeInfinity).Should().BeFalse();
        generous.IsClose(double.PositiveInfinity, double.MaxValue).Should().BeFalse();
        generous.IsClose(1, double.NegativeInfinity).Should().BeFalse();
    }

    [Test]
    public void A_zero_tolerance_means_exact_equality()
    {
        var exact = default(Tolerance);

        exact.IsClose(0.5, 0.5).Should().BeTrue();
        exact.IsClose(0.0, -0.0).Should().BeTrue();
        exact.IsClose(1, Math.BitIncrement(1.0)).Should().BeFalse();
    }

    // Infinite relative part times a zero magnitude would be NaN; equal values must still be close.
    [Test]
    public void Equal_values_are_close_even_with_an_infinite_relative_part()
    {
        Tolerance.RelativeOnly(double.PositiveInfinity).IsClose(0, 0).Should().BeTrue();
    }

    [TestCase(-1e-9)]
    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    public void Negative_or_nan_tolerances_are_rejected(double bad)
    {
        FluentActions.Invoking(() => Tolerance.AbsoluteOnly(bad)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("absolute");
        FluentActions.Invoking(() => Tolerance.RelativeOnly(bad)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("relative");
        FluentActions.Invoking(() => new Tolerance(bad, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Absolute");
        FluentActions.Invoking(() => new Tolerance(0, bad)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Relative");
        FluentActions.Invoking(() => Tolerance.Default with { Relative = bad }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Named_defaults_have_the_documented_values()
    {
        Tolerance.Tight.Should().Be(new Tolerance(1e-12, 1e-12));
        Tolerance.Default.Should().Be(new Tolerance(1e-9, 1e-9));
        Tolerance.Loose.Should().Be(new Tolerance(1e-6, 1e-6));
    }

    [Test]
    public void ToString_is_readable_in_failure_messages()
    {
        Tolerance.Default.ToString().Should().Be("abs 1e-09 + rel 1e-09");
        Tolerance.AbsoluteOnly(0.5).ToString().Should().Be("abs 0.5 + rel 0");
    }
}
