namespace MathForML.CaseStudies;

/// <summary>
/// The operations of a convolutional layer: the output-size formula, 1-D and 2-D cross-correlation with zero padding
/// and stride, true convolution (the flipped kernel), and max and average pooling.
/// </summary>
/// <remarks>
/// Common rules: padding p ≥ 0 zeros on EVERY side, stride s ≥ 1 (both <see cref="ArgumentOutOfRangeException"/>); an
/// empty input or kernel is an <see cref="ArgumentException"/> with "empty"; a kernel (or pooling window) longer than
/// the padded input is an <see cref="ArgumentException"/> with "kernel" and "longer" whose message gives k, then
/// n + 2p; null arrays throw <see cref="ArgumentNullException"/>. Output entry i starts at input position i·s (of the
/// padded input).
/// Lesson: katas/08-ml-case-studies/13-convolution/README.md
/// </remarks>
public static class Convolution
{
    /// <summary>The number of outputs ⌊(n + 2p − k)/s⌋ + 1 along one axis.</summary>
    /// <param name="inputSize">n, at least 1.</param>
    /// <param name="kernelSize">k, at least 1 and at most n + 2p.</param>
    /// <param name="padding">p, at least 0.</param>
    /// <param name="stride">s, at least 1.</param>
    /// <returns>The output size.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1, the padding negative or the stride below 1.</exception>
    /// <exception cref="ArgumentException">k &gt; n + 2p ("kernel", see the remarks).</exception>
    public static int OutputSize(int inputSize, int kernelSize, int padding, int stride)
    {
        // TODO: count the window positions that fit.
        throw new NotImplementedException("TODO Convolution.OutputSize: return ⌊(n + 2p − k)/s⌋ + 1.");
    }

    /// <summary>yᵢ = Σⱼ x̃[i·s + j]·w[j], j = 0 … k − 1, where x̃ is x with p zeros added at each end.</summary>
    /// <param name="x">The signal.</param>
    /// <param name="kernel">The kernel w.</param>
    /// <param name="padding">p.</param>
    /// <param name="stride">s.</param>
    /// <returns>A new array of <see cref="OutputSize"/> entries.</returns>
    public static double[] CrossCorrelate1D(double[] x, double[] kernel, int padding = 0, int stride = 1)
    {
        // TODO: slide the kernel along the padded signal, s positions at a time.
        throw new NotImplementedException("TODO Convolution.CrossCorrelate1D: return Σⱼ x̃[i·s + j]·w[j].");
    }

    /// <summary>The true convolution: <see cref="CrossCorrelate1D"/> with the kernel reversed, w[k − 1 − j].</summary>
    /// <param name="x">The signal.</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="padding">p (k − 1 gives the "full" convolution, the product of polynomials).</param>
    /// <param name="stride">s.</param>
    /// <returns>A new array.</returns>
    public static double[] Convolve1D(double[] x, double[] kernel, int padding = 0, int stride = 1)
    {
        // TODO: flip, then cross-correlate.
        throw new NotImplementedException("TODO Convolution.Convolve1D: return the cross-correlation with the reversed kernel.");
    }

    /// <summary>Y[r, c] = Σₐ Σ_b X̃[r·s + a, c·s + b]·W[a, b], with X̃ the image padded by p zeros on all four sides.</summary>
    /// <param name="image">The image, rows × columns.</param>
    /// <param name="kernel">The kernel, kh × kw.</param>
    /// <param name="padding">p.</param>
    /// <param name="stride">s.</param>
    /// <returns>A new OutputSize(rows, kh, p, s) × OutputSize(columns, kw, p, s) array.</returns>
    public static double[,] CrossCorrelate2D(double[,] image, double[,] kernel, int padding = 0, int stride = 1)
    {
        // TODO: the 1-D sliding window along both axes; an index outside the image reads 0.
        throw new NotImplementedException("TODO Convolution.CrossCorrelate2D: return Σ X̃[r·s + a, c·s + b]·W[a, b].");
    }

    /// <summary>The maximum of each size × size window, windows starting every stride entries (no padding).</summary>
    /// <param name="input">The feature map.</param>
    /// <param name="size">The window's side, at least 1 and at most each side of the input.</param>
    /// <param name="stride">s.</param>
    /// <returns>A new OutputSize(rows, size, 0, s) × OutputSize(columns, size, 0, s) array.</returns>
    public static double[,] MaxPool2D(double[,] input, int size, int stride)
    {
        // TODO: the largest entry of each window (entries can be negative).
        throw new NotImplementedException("TODO Convolution.MaxPool2D: return the maximum of each window.");
    }

    /// <summary>The mean of each size × size window, windows starting every stride entries (no padding).</summary>
    /// <param name="input">The feature map.</param>
    /// <param name="size">The window's side, at least 1 and at most each side of the input.</param>
    /// <param name="stride">s.</param>
    /// <returns>A new array, shaped as for <see cref="MaxPool2D"/>.</returns>
    public static double[,] AveragePool2D(double[,] input, int size, int stride)
    {
        // TODO: the mean of each window.
        throw new NotImplementedException("TODO Convolution.AveragePool2D: return the mean of each window.");
    }
}
