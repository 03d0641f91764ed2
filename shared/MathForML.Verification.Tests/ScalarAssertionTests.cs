namespace MathForML.Verification.Tests;

public class ScalarAssertionTests
{
    [Test]
    public void A_value_within_tolerance_passes()
    {
        const double Sum = 0.1 + 0.2;

        Sum.Should().BeApproximately(0.3, Tolerance.Tight);
    }

    [Test]
    public void A_value_outside_tolerance_fails_naming_expected_actual_difference_and_tolerance()
    {
        var act = () => 2.6.Should().BeApproximately(2.5, Tolerance.Default, "the kata says so");

        act.Should().Throw<AssertionException>()
            .WithMessage("*approximately 2.5*abs 1e-09 + rel 1e-09*because the kata says so*found 2.6*off by 0.1*");
    }

    [Test]
    public void Nan_never_passes()
    {
        var act = () => double.NaN.Should().BeApproximately(double.NaN, Tolerance.Loose);

        act.Should().Throw<AssertionException>().WithMessage("*found NaN*");
    }

    [Test]
    public void A_nullable_subject_is_supported()
    {
        double? present = 1.0;
        double? missing = null;

        present.Should().BeApproximately(1.0, Tolerance.Tight);
        var act = () => missing.Should().BeApproximately(1.0, Tolerance.Tight);

        act.Should().Throw<AssertionException>().WithMessage("*but found <null>*");
    }

    [Test]
    public void It_chains_with_further_assertions()
    {
        1.0.Should().BeApproximately(1.0, Tolerance.Tight).And.BePositive();
    }
}
