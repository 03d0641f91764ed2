using MathForML.Verification;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Standard, min–max and robust scalers fitted column by column. Wrong implementations these tests catch: the sample
/// standard deviation (n − 1) where the standard scaler uses σ (n); min–max dividing by the maximum instead of the range;
/// robust scaling by the mean or the standard deviation instead of the median and IQR; refitting on the data being
/// transformed (the test set must use the training set's parameters); a constant column turned into NaN by 0/0; a
/// transform that checks the data against only one of the scaler's two lengths.
/// </summary>
public class FeatureScalingTests
{
    // Two columns: 1, 2, 3 and 10, 10, 40.
    private static readonly double[,] Small = { { 1, 10 }, { 2, 10 }, { 3, 40 } };

    [Test, Order(1)]
    // Column 1, 2, 3: mean 2, σ = √((1 + 0 + 1)/3) = √(2/3), so z = ∓√(3/2) ≈ ∓1.2247 and 0. Column 10, 10, 40: mean 20,
    // σ = √((100 + 100 + 400)/3) = √200, so z = −10/√200, −10/√200, 20/√200.
    public void Standard_scaling_of_a_small_matrix_by_hand()
    {
        var scaler = FeatureScaling.FitStandard(Small);
        scaler.Center.Should().BeApproximately([2, 20], Tolerance.Tight);
        scaler.Scale.Should().BeApproximately([Math.Sqrt(2.0 / 3), Math.Sqrt(200)], Tolerance.Tight);
        var z = FeatureScaling.Transform(scaler, Small);
        z.Should().BeApproximately(
            new double[,] { { -Math.Sqrt(1.5), -10 / Math.Sqrt(200) }, { 0, -10 / Math.Sqrt(200) }, { Math.Sqrt(1.5), 20 / Math.Sqrt(200) } },
            Tolerance.Tight);
    }

    [Test, Order(2)]
    // Min–max: (x − min)/(max − min): 1, 2, 3 → 0, ½, 1 and 10, 10, 40 → 0, 0, 1.
    // Robust: 1, 2, 3 has median 2 and quartiles 1.5, 2.5 (IQR 1) → −1, 0, 1; 10, 10, 40 has median 10, quartiles 10 and
    // 25 (IQR 15) → 0, 0, 2.
    public void Min_max_and_robust_scaling_by_hand()
    {
        var minMax = FeatureScaling.FitMinMax(Small);
        FeatureScaling.Transform(minMax, Small).Should().BeApproximately(new double[,] { { 0, 0 }, { 0.5, 0 }, { 1, 1 } }, Tolerance.Tight);
        var robust = FeatureScaling.FitRobust(Small);
        robust.Center.Should().BeApproximately([2, 10], Tolerance.Tight);
        robust.Scale.Should().BeApproximately([1, 15], Tolerance.Tight);
        FeatureScaling.Transform(robust, Small).Should().BeApproximately(new double[,] { { -1, 0 }, { 0, 0 }, { 1, 2 } }, Tolerance.Tight);
    }

    [Test, Order(3)]
    // On the data they were fitted to: z-scored columns have mean 0 and σ 1; min–max columns span exactly [0, 1];
    // robust columns have median 0 and IQR 1 — whatever each column's location and scale (here up to 1e6 and 1e-6).
    public void Each_scaler_normalises_the_data_it_was_fitted_on([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(40, 3);
        for (var i = 0; i < 40; i++)
        {
            (x[i, 1], x[i, 2]) = ((x[i, 1] * 1e6) + 3e6, (x[i, 2] * 1e-6) - 5e-6);
        }

        var z = FeatureScaling.Transform(FeatureScaling.FitStandard(x), x);
        var m = FeatureScaling.Transform(FeatureScaling.FitMinMax(x), x);
        var r = FeatureScaling.Transform(FeatureScaling.FitRobust(x), x);
        for (var j = 0; j < 3; j++)
        {
            DescriptiveStatistics.Mean(Column(z, j)).Should().BeApproximately(0, Tolerance.Tight);
            DescriptiveStatistics.PopulationStandardDeviation(Column(z, j)).Should().BeApproximately(1, Tolerance.Tight);
            Column(m, j).Min().Should().BeApproximately(0, Tolerance.Tight);
            Column(m, j).Max().Should().BeApproximately(1, Tolerance.Tight);
            DescriptiveStatistics.Median(Column(r, j)).Should().BeApproximately(0, Tolerance.Tight);
            DescriptiveStatistics.InterquartileRange(Column(r, j)).Should().BeApproximately(1, Tolerance.Tight);
        }
    }

    [Test, Order(4)]
    // InverseTransform undoes Transform for every kind of scaler, to rounding.
    public void Inverse_transform_recovers_the_data([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Matrix(25, 4, -50, 50);
        foreach (var scaler in new[] { FeatureScaling.FitStandard(x), FeatureScaling.FitMinMax(x), FeatureScaling.FitRobust(x) })
        {
            FeatureScaling.InverseTransform(scaler, FeatureScaling.Transform(scaler, x)).Should().BeApproximately(x, Tolerance.Tight);
        }
    }

    [Test, Order(5)]
    // Fit on the training set, transform the test set with the SAME centre and scale: the scaled test data are
    // (x − μ_train)/σ_train, so their mean is not 0. Refitting on the test set would leak its statistics into the model.
    public void New_data_are_scaled_with_the_training_parameters()
    {
        double[,] train = { { 0 }, { 2 }, { 4 } }; // mean 2, σ = √(8/3)
        double[,] test = { { 10 }, { 12 } };
        var z = FeatureScaling.Transform(FeatureScaling.FitStandard(train), test);
        z.Should().BeApproximately(new double[,] { { 8 / Math.Sqrt(8.0 / 3) }, { 10 / Math.Sqrt(8.0 / 3) } }, Tolerance.Tight);
        FeatureScaling.Transform(FeatureScaling.FitMinMax(train), test).Should().BeApproximately(new double[,] { { 2.5 }, { 3 } }, Tolerance.Tight);
    }

    [Test, Order(6)]
    // A constant column has σ = range = IQR = 0: its scale is recorded as 1 and it maps to zeros, not 0/0 = NaN.
    public void A_constant_column_maps_to_zeros_instead_of_NaN()
    {
        double[,] x = { { 7, 1 }, { 7, 2 }, { 7, 4 } };
        foreach (var scaler in new[] { FeatureScaling.FitStandard(x), FeatureScaling.FitMinMax(x), FeatureScaling.FitRobust(x) })
        {
            scaler.Scale[0].Should().Be(1);
            var z = FeatureScaling.Transform(scaler, x);
            Column(z, 0).Should().Equal(0, 0, 0);
            Column(z, 1).Should().OnlyContain(v => double.IsFinite(v));
        }
    }

    [Test, Order(7)]
    // One wild value (10⁶ among values in [−1, 1]) drags the mean and inflates σ and the range, squeezing the other 99
    // values together; the median and IQR hardly move, so the robust scaling of the bulk stays as it was.
    public void Robust_scaling_shrugs_off_an_outlier([Range(1, 3)] int seed)
    {
        var values = new TestData(seed).Vector(100);
        var clean = new double[100, 1];
        var dirty = new double[100, 1];
        for (var i = 0; i < 100; i++)
        {
            (clean[i, 0], dirty[i, 0]) = (values[i], i == 0 ? 1e6 : values[i]);
        }

        var cleanRobust = FeatureScaling.FitRobust(clean);
        var dirtyRobust = FeatureScaling.FitRobust(dirty);
        Math.Abs(dirtyRobust.Scale[0] - cleanRobust.Scale[0]).Should().BeLessThan(0.1 * cleanRobust.Scale[0]);
        FeatureScaling.FitStandard(dirty).Scale[0].Should().BeGreaterThan(1e4 * FeatureScaling.FitStandard(clean).Scale[0]);
    }

    [Test, Order(8)]
    // Bad input: null, no rows or columns, NaN, and a matrix with a different number of columns than the scaler.
    public void Bad_input_is_rejected_with_a_message_naming_the_problem()
    {
        var scaler = FeatureScaling.FitStandard(Small);
        FluentActions.Invoking(() => FeatureScaling.FitStandard(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FeatureScaling.FitMinMax(new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => FeatureScaling.FitRobust(new double[3, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => FeatureScaling.FitStandard(new double[,] { { 1 }, { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => FeatureScaling.Transform(scaler, new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => FeatureScaling.InverseTransform(scaler, new double[2, 1])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        // A hand-made scaler whose Center fits the data but whose Scale does not, or the other way round.
        FluentActions.Invoking(() => FeatureScaling.Transform(new Scaler([0, 0], [1, 1, 1]), new double[2, 2])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => FeatureScaling.Transform(new Scaler([0, 0, 0], [1, 1]), new double[2, 2])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => FeatureScaling.Transform(null!, Small)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FeatureScaling.Transform(scaler, null!)).Should().Throw<ArgumentNullException>();
    }

    private static double[] Column(double[,] x, int j) => [.. Enumerable.Range(0, x.GetLength(0)).Select(i => x[i, j])];
}
