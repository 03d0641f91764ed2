namespace MathForML.Verification.Tests;

public class CertifiedDataTests
{
    [TestCase("NumAcc1", 3, 10000002.0, 1.0)]
    [TestCase("Michelso", 100, 299.8524, 0.0790105478190518)]
    [TestCase("NumAcc2", 1001, 1.2, 0.1)]
    [TestCase("NumAcc3", 1001, 1000000.2, 0.1)]
    [TestCase("NumAcc4", 1001, 10000000.2, 0.1)]
    public void Univariate_sets_load_every_observation_and_their_certified_values(string name, int n, double mean, double s)
    {
        var data = CertifiedData.Univariate(name);

        data.Values.Should().HaveCount(n);
        data.Mean.Should().Be(mean);
        data.StandardDeviation.Should().Be(s);
        // The values themselves agree with the certificate (in decimal, where double input loses nothing here).
        ((double)data.Values.Select(v => (decimal)v).Average()).Should().BeApproximately(mean, 1e-9 * Math.Abs(mean));
    }

    [Test]
    public void NumAcc4_starts_and_ends_as_in_the_file()
    {
        var data = CertifiedData.Univariate("NumAcc4");

        data.Values[0].Should().Be(10000000.2);
        data.Values[1].Should().Be(10000000.1);
        data.Values[^1].Should().Be(10000000.3);
        data.Autocorrelation.Should().Be(-0.999);
    }

    [TestCase("Norris", 36, 1, 2)]
    [TestCase("Longley", 16, 6, 7)]
    [TestCase("Filip", 82, 1, 11)]
    public void Regression_sets_load_their_shape_and_certified_estimates(string name, int n, int predictors, int parameters)
    {
        var data = CertifiedData.Regression(name);

        data.Predictors.GetLength(0).Should().Be(n);
        data.Predictors.GetLength(1).Should().Be(predictors);
        data.Response.Should().HaveCount(n);
        data.Coefficients.Should().HaveCount(parameters);
        data.CoefficientStandardDeviations.Should().HaveCount(parameters);
    }

    [Test]
    public void Longley_certified_values_and_first_row_are_read_exactly()
    {
        var data = CertifiedData.Regression("Longley");

        data.Coefficients[0].Should().Be(-3482258.63459582);
        data.Coefficients[2].Should().Be(-0.358191792925910E-01);
        data.CoefficientStandardDeviations[6].Should().Be(455.478499142212);
        data.ResidualStandardDeviation.Should().Be(304.854073561965);
        data.RSquared.Should().Be(0.995479004577296);
        data.Response[0].Should().Be(60323);
        data.Predictors[0, 0].Should().Be(83);
        data.Predictors[15, 5].Should().Be(1962);
    }

    [Test]
    public void Filip_residual_standard_deviation_is_the_residual_one_not_an_estimate_column()
    {
        var data = CertifiedData.Regression("Filip");

        data.ResidualStandardDeviation.Should().Be(0.334801051324544E-02);
        data.Coefficients[10].Should().Be(-0.402962525080404E-04);
        data.Response[0].Should().Be(0.8116);
        data.Predictors[0, 0].Should().Be(-6.860120914);
    }

    [Test]
    public void An_unknown_name_is_refused_with_the_known_names()
    {
        var act = () => CertifiedData.Univariate("Longley");

        act.Should().Throw<ArgumentException>().WithMessage("*Longley*NumAcc1*");
    }

    // LRE = −log10(|x − c| / |c|): the count of correct significant digits.
    [TestCase(1.0001, 1.0, 4.0)]
    [TestCase(123.4, 123.0, 2.487)]
    [TestCase(1e-5, 0.0, 5.0)]
    public void The_log_relative_error_counts_correct_digits(double actual, double certified, double digits)
    {
        CertifiedData.LogRelativeError(actual, certified).Should().BeApproximately(digits, 1e-3);
    }

    [Test]
    public void The_log_relative_error_is_clamped_to_zero_and_fifteen_digits()
    {
        CertifiedData.LogRelativeError(2.0, 2.0).Should().Be(CertifiedData.MaximumDigits);
        CertifiedData.LogRelativeError(1e6, 1.0).Should().Be(0);
        CertifiedData.LogRelativeError(double.NaN, 1.0).Should().Be(0);
        CertifiedData.LogRelativeError(double.PositiveInfinity, 1.0).Should().Be(0);
    }
}
