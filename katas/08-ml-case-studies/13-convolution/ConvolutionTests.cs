using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Convolution layers' arithmetic: the output-size formula, 1-D and 2-D cross-correlation with padding and stride by
/// hand, true convolution as polynomial multiplication (and so commutative), a separable 2-D kernel as two 1-D
/// passes, translation equivariance, and pooling (average pooling is a cross-correlation with a constant kernel).
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: cross-correlation with a flipped kernel (that is convolution: [1, 0, −1]
/// gives +2 instead of −2); padding added on one side only (the padded output loses its last entry); the size
/// formula with n + p instead of n + 2p; the stride ignored; max pooling that starts its maximum at 0 (a window of
/// negative numbers pools to 0); pooling windows that overlap when stride = size; sizes of 0 accepted when the padding
/// leaves room; an empty kernel reported as a size error, a null one as a crash or under another name; a "kernel too
/// long" message that does not give the padded length n + 2p.
/// </remarks>
public class ConvolutionTests
{
    private static readonly double[] Ramp = [1, 2, 3, 4, 5];
    private static readonly double[] Difference = [1, 0, -1];

    [TestCase(7, 3, 1, 2, 4)]
    [TestCase(5, 5, 0, 1, 1)]
    [TestCase(5, 3, 1, 1, 5)]
    [TestCase(28, 5, 0, 1, 24)]
    [TestCase(32, 3, 1, 2, 16)]
    [TestCase(6, 4, 0, 3, 1)]
    [Order(1)]
    // ⌊(n + 2p − k)/s⌋ + 1: (7 + 2 − 3)/2 + 1 = 4; "same" padding p = (k − 1)/2 keeps n at stride 1 (5 → 5);
    // LeNet's 28 → 24 with a 5 × 5 kernel; (6 − 4)/3 = 0 (floor) + 1 = 1.
    public void The_output_size_counts_the_window_positions(int n, int k, int p, int s, int expected) =>
        Convolution.OutputSize(n, k, p, s).Should().Be(expected);

    [Test, Order(2)]
    // [1, 2, 3, 4, 5] ⋆ [1, 0, −1]: y₀ = 1·1 + 2·0 + 3·(−1) = −2, and likewise −2, −2. With p = 1 the padded signal is
    // [0, 1, 2, 3, 4, 5, 0]: y₀ = 0 − 2 = −2, …, y₄ = 4 − 0 = 4. With p = 1, s = 2: entries 0, 2, 4 → [−2, −2, 4].
    public void One_dimensional_cross_correlation_by_hand()
    {
        Convolution.CrossCorrelate1D(Ramp, Difference).Should().Equal(-2, -2, -2);
        Convolution.CrossCorrelate1D(Ramp, Difference, padding: 1).Should().Equal(-2, -2, -2, -2, 4);
        Convolution.CrossCorrelate1D(Ramp, Difference, padding: 1, stride: 2).Should().Equal(-2, -2, 4);
    }

    [Test, Order(3)]
    // Convolution flips the kernel: [1, 2, 3, 4, 5] ∗ [1, 0, −1] = +2 everywhere. With full padding p = k − 1 it
    // multiplies polynomials: (1 + 2t + 3t²)(1 + t) = 1 + 3t + 5t² + 3t³.
    public void Convolution_flips_the_kernel_and_multiplies_polynomials()
    {
        Convolution.Convolve1D(Ramp, Difference).Should().Equal(2, 2, 2);
        Convolution.Convolve1D([1, 2, 3], [1, 1], padding: 1).Should().Equal(1, 3, 5, 3);
    }

    [Test, Order(4)]
    // Full convolution (p = k − 1 for a kernel of length k ≤ n) is the product of two polynomials, so it is
    // commutative: x ∗ w = w ∗ x, on seeded signals (padding m − 1 for the longer one as kernel: n + m − 1 entries).
    public void Full_convolution_is_commutative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(4, 9));
        var w = data.Vector(data.Random.NextInt(1, 4));

        var xw = Convolution.Convolve1D(x, w, padding: w.Length - 1);
        var wx = Convolution.Convolve1D(w, x, padding: x.Length - 1);

        xw.Should().HaveCount(x.Length + w.Length - 1);
        xw.Should().BeApproximately(wx, Tolerance.Tight);
    }

    [Test, Order(5)]
    // 3 × 3 image 1 … 9 (row by row) ⋆ the 2 × 2 kernel [1 0; 0 −1] (top-left minus bottom-right): every output is
    // X[r, c] − X[r + 1, c + 1] = −4. With p = 1 the corner output reads only X[0, 0]·(−1) = −1 (its window is
    // padding except the bottom-right entry), and the output is 4 × 4. With p = 1 and s = 3 the windows start at padded
    // (0, 0), (0, 3), (3, 0), (3, 3): −X[0, 0] = −1, two windows that see only padding (0), and X[2, 2] = 9.
    public void Two_dimensional_cross_correlation_by_hand()
    {
        double[,] image = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        double[,] kernel = { { 1, 0 }, { 0, -1 } };

        Convolution.CrossCorrelate2D(image, kernel).Should().BeApproximately(new double[,] { { -4, -4 }, { -4, -4 } }, Tolerance.Tight);
        var padded = Convolution.CrossCorrelate2D(image, kernel, padding: 1);
        (padded.GetLength(0), padded.GetLength(1)).Should().Be((4, 4));
        padded[0, 0].Should().Be(-1);
        padded[3, 3].Should().Be(9);
        padded[1, 1].Should().Be(-4);
        Convolution.CrossCorrelate2D(image, kernel, padding: 1, stride: 3).Should().BeApproximately(new double[,] { { -1, 0 }, { 0, 9 } }, Tolerance.Tight);
    }

    [Test, Order(6)]
    // A separable kernel W = u·vᵀ (W[a, b] = u[a]·v[b]) factors the double sum: cross-correlating with W equals
    // cross-correlating every row with v, then every column of the result with u — two 1-D passes, on seeded data,
    // with padding and stride.
    public void A_separable_kernel_is_two_one_dimensional_passes([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var image = data.Matrix(7, 9);
        var (u, v) = (data.Vector(3), data.Vector(2));
        var kernel = new double[3, 2];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                kernel[a, b] = u[a] * v[b];
            }
        }

        var (p, s) = (seed % 2, 1 + (seed % 3));
        var rows = Enumerable.Range(0, 7)
            .Select(r => Convolution.CrossCorrelate1D([.. Enumerable.Range(0, 9).Select(c => image[r, c])], v, p, s)).ToArray();
        var width = rows[0].Length;
        var columns = Enumerable.Range(0, width)
            .Select(c => Convolution.CrossCorrelate1D([.. rows.Select(row => row[c])], u, p, s)).ToArray();

        var result = Convolution.CrossCorrelate2D(image, kernel, p, s);

        (result.GetLength(0), result.GetLength(1)).Should().Be((columns[0].Length, width));
        for (var r = 0; r < result.GetLength(0); r++)
        {
            for (var c = 0; c < width; c++)
            {
                result[r, c].Should().BeApproximately(columns[c][r], Tolerance.Tight);
            }
        }
    }

    [Test, Order(7)]
    // Translation equivariance: shifting the image down by 1 row and right by 2 columns (zeros coming in) shifts the
    // valid, stride-1 output by the same amount, away from the borders.
    public void Shifting_the_image_shifts_the_output([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var image = data.Matrix(8, 8);
        var kernel = data.Matrix(3, 3);
        var shifted = new double[8, 8];
        for (var r = 1; r < 8; r++)
        {
            for (var c = 2; c < 8; c++)
            {
                shifted[r, c] = image[r - 1, c - 2];
            }
        }

        var (y, yShifted) = (Convolution.CrossCorrelate2D(image, kernel), Convolution.CrossCorrelate2D(shifted, kernel));

        for (var r = 0; r + 1 < 6; r++)
        {
            for (var c = 0; c + 2 < 6; c++)
            {
                yShifted[r + 1, c + 2].Should().BeApproximately(y[r, c], Tolerance.Tight);
            }
        }
    }

    [Test, Order(8)]
    // A 4 × 4 map pooled with 2 × 2 windows at stride 2 (no overlap): maxima 6, 8 / 14, 16 of the four blocks and means
    // (1 + 2 + 5 + 6)/4 = 3.5, 5.5 / 11.5, 13.5. All negative entries: the maximum is the least negative, never 0.
    public void Pooling_by_hand()
    {
        double[,] map = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 }, { 13, 14, 15, 16 } };

        Convolution.MaxPool2D(map, 2, 2).Should().BeApproximately(new double[,] { { 6, 8 }, { 14, 16 } }, Tolerance.Tight);
        Convolution.AveragePool2D(map, 2, 2).Should().BeApproximately(new double[,] { { 3.5, 5.5 }, { 11.5, 13.5 } }, Tolerance.Tight);
        Convolution.MaxPool2D(new double[,] { { -3, -1 }, { -2, -5 } }, 2, 1).Should().BeApproximately(new double[,] { { -1 } }, Tolerance.Tight);
        Convolution.MaxPool2D(map, 3, 1).Should().BeApproximately(new double[,] { { 11, 12 }, { 15, 16 } }, Tolerance.Tight);
    }

    [Test, Order(9)]
    // Average pooling is a cross-correlation with the constant kernel 1/size² (and the same stride); max pooling is at
    // least the average of every window. Seeded maps with 1e12-sized entries: no formula here depends on the scale.
    public void Average_pooling_is_a_constant_kernel_and_max_pooling_bounds_it([Range(1, 4)] int seed, [Values(1.0, 1e12)] double scale)
    {
        var data = new TestData(seed);
        var map = data.Matrix(9, 7, -scale, scale);
        var (size, stride) = (1 + (seed % 3), 1 + (seed % 2));
        var constant = new double[size, size];
        for (var a = 0; a < size; a++)
        {
            for (var b = 0; b < size; b++)
            {
                constant[a, b] = 1.0 / (size * size);
            }
        }

        var average = Convolution.AveragePool2D(map, size, stride);
        var max = Convolution.MaxPool2D(map, size, stride);

        average.Should().BeApproximately(Convolution.CrossCorrelate2D(map, constant, 0, stride), Tolerance.Tight);
        (max.GetLength(0), max.GetLength(1)).Should().Be((average.GetLength(0), average.GetLength(1)));
        for (var r = 0; r < max.GetLength(0); r++)
        {
            for (var c = 0; c < max.GetLength(1); c++)
            {
                max[r, c].Should().BeGreaterThanOrEqualTo(average[r, c]);
                map.Cast<double>().Should().Contain(max[r, c]);
            }
        }
    }

    [Test, Order(10)]
    // A kernel longer than the padded input has no position to sit at; sizes, padding and stride must make sense.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Convolution.OutputSize(3, 5, 0, 1)).Should().Throw<ArgumentException>().WithMessage("*kernel*");
        FluentActions.Invoking(() => Convolution.OutputSize(3, 2, -1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convolution.OutputSize(3, 2, 0, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D([1, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*kernel*");
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D([], [1])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Convolution.Convolve1D([1, 2], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D(Ramp, Difference, stride: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Convolution.CrossCorrelate2D(null!, new double[1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Convolution.CrossCorrelate2D(new double[2, 2], new double[3, 1])).Should().Throw<ArgumentException>().WithMessage("*kernel*");
        FluentActions.Invoking(() => Convolution.MaxPool2D(new double[2, 2], 3, 1)).Should().Throw<ArgumentException>().WithMessage("*kernel*");
        FluentActions.Invoking(() => Convolution.AveragePool2D(new double[0, 0], 1, 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(11)]
    // Each documented check on its own, by name: sizes of 0 even where padding would leave room (n = 0, p = 1 has a
    // padded length 2), an empty or null kernel given to each operation, a null signal. A kernel of 4 on a signal of 1
    // padded by 1 on each side does not fit, and the message says so with both lengths: 4 and 1 + 2·1 = 3.
    public void Each_bad_argument_is_named()
    {
        double[,] image = { { 1, 2 }, { 3, 4 } };
        FluentActions.Invoking(() => Convolution.OutputSize(0, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("inputSize");
        FluentActions.Invoking(() => Convolution.OutputSize(3, 0, 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kernelSize");
        FluentActions.Invoking(() => Convolution.OutputSize(1, 4, 1, 1)).Should().Throw<ArgumentException>()
            .WithParameterName("kernelSize").WithMessage("*kernel*4*longer*3*");
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D(null!, [1])).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D(Ramp, null!)).Should().Throw<ArgumentNullException>().WithParameterName("kernel");
        FluentActions.Invoking(() => Convolution.CrossCorrelate1D(Ramp, [])).Should().Throw<ArgumentException>().WithParameterName("kernel").WithMessage("*empty*");
        FluentActions.Invoking(() => Convolution.Convolve1D(Ramp, null!)).Should().Throw<ArgumentNullException>().WithParameterName("kernel");
        FluentActions.Invoking(() => Convolution.CrossCorrelate2D(image, null!)).Should().Throw<ArgumentNullException>().WithParameterName("kernel");
        FluentActions.Invoking(() => Convolution.CrossCorrelate2D(image, new double[0, 2])).Should().Throw<ArgumentException>()
            .WithParameterName("kernel").WithMessage("*empty*");
    }
}
