namespace MathForML.Verification.Tests;

public class TestDataTests
{
    [Test]
    public void The_same_seed_gives_the_same_data_bit_for_bit()
    {
        static object[] Draw(TestData data) =>
        [
            data.Vector(5), data.GaussianVector(5), data.Matrix(3, 4), data.Spd(4), data.Orthogonal(4),
            data.WithConditionNumber(4, 100), data.ProbabilityVector(6),
            data.Regression(10, [1, -2], 0.5, 0.1), data.Classification(5, 3, 2),
        ];

        var first = Draw(new TestData(42));
        var second = Draw(new TestData(42));

        first.Should().BeEquivalentTo(second, options => options.WithStrictOrdering());
        new TestData(42).Vector(5).Should().NotEqual(new TestData(43).Vector(5));
    }

    [Test]
    public void Vector_and_matrix_respect_their_ranges_and_shapes()
    {
        var data = new TestData(1);

        data.Vector(1000, 2, 3).Should().HaveCount(1000).And.OnlyContain(v => v >= 2 && v < 3);
        data.Vector(0).Should().BeEmpty();
        var m = data.Matrix(3, 5, -4, -2);
        m.Should().HaveShape(3, 5);
        m.Cast<double>().Should().OnlyContain(v => v >= -4 && v < -2);
        data.Seed.Should().Be(1);
    }

    [Test]
    public void GaussianVector_has_the_requested_mean_and_spread()
    {
        const int N = 100_000;
        var v = new TestData(2).GaussianVector(N, mean: -1, stdDev: 2);
        var mean = v.Average();
        var variance = v.Sum(x => (x - mean) * (x - mean)) / (N - 1);

        mean.Should().BeApproximately(-1, 5 * 2 / Math.Sqrt(N));
        variance.Should().BeApproximately(4, 5 * 4 * Math.Sqrt(2.0 / N));
    }

    [Test]
    public void Spd_is_exactly_symmetric_positive_definite_and_well_conditioned()
    {
        var a = new TestData(3).Spd(8);

        a.Should().BeSymmetric(default(Tolerance)).And.BePositiveDefinite();
        Oracle.SymmetricEigenvalues(a)[0].Should().BeGreaterThanOrEqualTo(1 - 1e-12);
        Oracle.ConditionNumber(a).Should().BeLessThan(20);
    }

    [Test]
    public void Orthogonal_is_orthogonal()
    {
        var data = new TestData(4);

        foreach (var n in new[] { 1, 2, 5, 12 })
        {
            data.Orthogonal(n).Should().HaveShape(n, n).And.BeOrthogonal(Tolerance.Tight);
        }
    }

    // With the sign fix the diagonal of Q has no sign bias; averaged over many draws it is near zero.
    [Test]
    public void Orthogonal_matrices_have_no_sign_bias()
    {
        var data = new TestData(5);
        var firstEntries = Enumerable.Range(0, 2000).Select(_ => data.Orthogonal(3)[0, 0]).ToArray();

        // For a Haar-random 3x3 rotation, q00 has mean 0 and variance 1/3, so the mean of 2000 has standard error 0.013.
        firstEntries.Average().Should().BeApproximately(0, 0.065);
    }

    [Test]
    public void WithConditionNumber_hits_the_requested_condition_number()
    {
        var a = new TestData(6).WithConditionNumber(8, 1e6);

        Oracle.ConditionNumber(a).Should().BeApproximately(1e6, Tolerance.RelativeOnly(1e-6));
        Oracle.SingularValues(a)[0].Should().BeApproximately(1, Tolerance.Default);
    }

    [Test]
    public void WithConditionNumber_one_is_orthogonal()
    {
        new TestData(7).WithConditionNumber(5, 1).Should().BeOrthogonal(Tolerance.Tight);
        new TestData(7).WithConditionNumber(1, 1).Should().HaveShape(1, 1);
    }

    [Test]
    public void ProbabilityVector_is_positive_and_sums_to_one()
    {
        var data = new TestData(8);

        foreach (var n in new[] { 1, 2, 10, 1000 })
        {
            var p = data.ProbabilityVector(n);
            p.Should().HaveCount(n).And.OnlyContain(x => x > 0);
            p.Sum().Should().BeApproximately(1, Tolerance.Tight);
        }
    }

    [Test]
    public void Regression_without_noise_is_recovered_exactly_by_least_squares()
    {
        double[] w = [2, -1, 0.5];
        var data = new TestData(9).Regression(50, w, intercept: 3);
        var withOnes = new double[50, 4];
        for (var i = 0; i < 50; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                withOnes[i, j] = data.Features[i, j];
            }

            withOnes[i, 3] = 1;
        }

        Oracle.LeastSquares(withOnes, data.Targets).Should().BeApproximately([2, -1, 0.5, 3], Tolerance.Tight);
        data.Features.Should().HaveShape(50, 3);
        data.Features.Cast<double>().Should().OnlyContain(x => x >= -1 && x < 1);
        data.Coefficients.Should().Equal(w).And.NotBeSameAs(w);
        data.Intercept.Should().Be(3);
    }

    [Test]
    public void Regression_noise_leaves_the_features_unchanged_and_has_the_requested_size()
    {
        var clean = new TestData(10).Regression(20_000, [1.0]);
        var noisy = new TestData(10).Regression(20_000, [1.0], noiseStdDev: 0.1);
        var residuals = noisy.Targets.Zip(clean.Targets, (a, b) => a - b).ToArray();

        noisy.Features.Should().BeEquivalentTo(clean.Features);
        Math.Sqrt(residuals.Average(r => r * r)).Should().BeApproximately(0.1, 0.005);
    }

    [Test]
    public void Classification_has_the_right_shapes_labels_and_separation()
    {
        var data = new TestData(11).Classification(samplesPerClass: 40, classes: 3, features: 2, separation: 20);

        data.Features.Should().HaveShape(120, 2);
        data.Labels.Should().HaveCount(120);
        data.Classes.Should().Be(3);
        data.Labels.GroupBy(l => l).Select(g => (g.Key, Count: g.Count())).Should().BeEquivalentTo(new[] { (0, 40), (1, 40), (2, 40) });
        data.Labels.Take(40).Distinct().Should().HaveCountGreaterThan(1, "rows are shuffled");

        // With blobs 20 standard deviations apart, every sample is nearest to its own class mean.
        var means = Enumerable.Range(0, 3)
            .Select(c => Enumerable.Range(0, 2).Select(f => Enumerable.Range(0, 120).Where(i => data.Labels[i] == c).Average(i => data.Features[i, f])).ToArray())
            .ToArray();
        for (var i = 0; i < 120; i++)
        {
            var nearest = Enumerable.Range(0, 3).MinBy(c => Math.Pow(data.Features[i, 0] - means[c][0], 2) + Math.Pow(data.Features[i, 1] - means[c][1], 2));
            nearest.Should().Be(data.Labels[i]);
        }
    }

    [Test]
    public void Hilbert_matrices_are_symmetric_and_grow_ill_conditioned()
    {
        TestData.Hilbert(3).Should().BeApproximately(new[,] { { 1, 1 / 2.0, 1 / 3.0 }, { 1 / 2.0, 1 / 3.0, 1 / 4.0 }, { 1 / 3.0, 1 / 4.0, 1 / 5.0 } }, Tolerance.Tight);
        int[] sizes = [2, 4, 6, 8];
        var conditions = sizes.Select(n => Oracle.ConditionNumber(TestData.Hilbert(n))).ToArray();

        conditions.Should().BeInAscendingOrder();
        conditions[^1].Should().BeGreaterThan(1e10);
    }

    [Test]
    public void Vandermonde_has_powers_in_its_columns()
    {
        TestData.Vandermonde([2, -1, 0.5], 3).Should().BeApproximately(
            new[,] { { 1, 2, 4, 8 }, { 1, -1, 1, -1 }, { 1, 0.5, 0.25, 0.125 } },
            Tolerance.Tight);
        Oracle.ConditionNumber(TestData.Vandermonde(new TestData(12).Vector(20, 0, 1), 8)).Should().BeGreaterThan(1e6);
    }

    [Test]
    public void Rows_are_copied_out_in_the_order_asked_and_ones_go_in_front()
    {
        double[,] a = { { 1, 2 }, { 3, 4 }, { 5, 6 } };

        TestData.Row(a, 1).Should().Equal(3, 4);
        TestData.SelectRows(a, [2, 0, 2]).Should().BeApproximately(new double[,] { { 5, 6 }, { 1, 2 }, { 5, 6 } }, Tolerance.Tight);
        TestData.WithInterceptColumn(a).Should().BeApproximately(new double[,] { { 1, 1, 2 }, { 1, 3, 4 }, { 1, 5, 6 } }, Tolerance.Tight);
    }

    [Test]
    public void Multinomial_counts_add_up_and_follow_the_probabilities()
    {
        double[] probabilities = [0.5, 0.3, 0.2];
        var counts = TestData.Multinomial(probabilities, 20_000, new Random(3));

        counts.Sum().Should().Be(20_000);
        // 5σ with σ = √(n·p(1 − p)) ≤ 71: a false failure is below 1e-6 (seed fixed).
        counts.Zip(probabilities, (c, p) => Math.Abs(c - (20_000 * p))).Should().OnlyContain(d => d < 360);
        TestData.Category([0, 1], new Random(1)).Should().Be(1, "a category of probability 0 is never drawn");
    }

    [Test]
    public void Bad_arguments_are_rejected_naming_the_parameter()
    {
        var data = new TestData(13);

        FluentActions.Invoking(() => data.Vector(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => data.Vector(3, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        FluentActions.Invoking(() => data.GaussianVector(3, stdDev: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stdDev");
        FluentActions.Invoking(() => data.Matrix(2, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("columns");
        FluentActions.Invoking(() => data.Spd(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => data.Orthogonal(-2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => data.WithConditionNumber(4, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("conditionNumber");
        FluentActions.Invoking(() => data.WithConditionNumber(4, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("conditionNumber");
        FluentActions.Invoking(() => data.WithConditionNumber(1, 10)).Should().Throw<ArgumentException>().WithParameterName("conditionNumber");
        FluentActions.Invoking(() => data.ProbabilityVector(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => data.Regression(0, [1.0])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("samples");
        FluentActions.Invoking(() => data.Regression(5, [])).Should().Throw<ArgumentException>().WithParameterName("coefficients");
        FluentActions.Invoking(() => data.Regression(5, null!)).Should().Throw<ArgumentNullException>().WithParameterName("coefficients");
        FluentActions.Invoking(() => data.Regression(5, [1.0], noiseStdDev: -0.1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("noiseStdDev");
        FluentActions.Invoking(() => data.Classification(0, 2, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("samplesPerClass");
        FluentActions.Invoking(() => data.Classification(5, 1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("classes");
        FluentActions.Invoking(() => data.Classification(5, 2, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("features");
        FluentActions.Invoking(() => data.Classification(5, 2, 2, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("separation");
        FluentActions.Invoking(() => TestData.Hilbert(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => TestData.Vandermonde([1.0], -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("degree");
        FluentActions.Invoking(() => TestData.Vandermonde([], 2)).Should().Throw<ArgumentException>().WithParameterName("x");
    }
}
