namespace MathForML.CaseStudies;

/// <summary>Reference solution: cross-correlation, convolution and pooling with padding and stride.</summary>
public static class Convolution
{
    /// <summary>⌊(n + 2p − k)/s⌋ + 1.</summary>
    public static int OutputSize(int inputSize, int kernelSize, int padding, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(kernelSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var room = inputSize + (2 * padding) - kernelSize;
        if (room < 0)
        {
            throw new ArgumentException($"The kernel ({kernelSize}) is longer than the padded input ({inputSize + (2 * padding)}).", nameof(kernelSize));
        }

        return (room / stride) + 1;
    }

    /// <summary>Σⱼ x̃[i·s + j]·w[j].</summary>
    public static double[] CrossCorrelate1D(double[] x, double[] kernel, int padding = 0, int stride = 1)
    {
        RequireNonEmpty(x, nameof(x));
        RequireNonEmpty(kernel, nameof(kernel));
        var output = new double[OutputSize(x.Length, kernel.Length, padding, stride)];
        for (var i = 0; i < output.Length; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < kernel.Length; j++)
            {
                // Position in the padded signal minus the padding: outside 0 … n − 1 it reads a padding zero.
                var t = (i * stride) + j - padding;
                if (t >= 0 && t < x.Length)
                {
                    sum += x[t] * kernel[j];
                }
            }

            output[i] = sum;
        }

        return output;
    }

    /// <summary>Cross-correlation with the reversed kernel.</summary>
    public static double[] Convolve1D(double[] x, double[] kernel, int padding = 0, int stride = 1)
    {
        RequireNonEmpty(kernel, nameof(kernel));
        return CrossCorrelate1D(x, [.. kernel.Reverse()], padding, stride);
    }

    /// <summary>Σₐ Σ_b X̃[r·s + a, c·s + b]·W[a, b].</summary>
    public static double[,] CrossCorrelate2D(double[,] image, double[,] kernel, int padding = 0, int stride = 1)
    {
        RequireNonEmpty(image, nameof(image));
        RequireNonEmpty(kernel, nameof(kernel));
        var (rows, columns) = (image.GetLength(0), image.GetLength(1));
        var (kh, kw) = (kernel.GetLength(0), kernel.GetLength(1));
        var output = new double[OutputSize(rows, kh, padding, stride), OutputSize(columns, kw, padding, stride)];
        for (var r = 0; r < output.GetLength(0); r++)
        {
            for (var c = 0; c < output.GetLength(1); c++)
            {
                var sum = 0.0;
                for (var a = 0; a < kh; a++)
                {
                    var row = (r * stride) + a - padding;
                    if (row < 0 || row >= rows)
                    {
                        continue;
                    }

                    for (var b = 0; b < kw; b++)
                    {
                        var column = (c * stride) + b - padding;
                        if (column >= 0 && column < columns)
                        {
                            sum += image[row, column] * kernel[a, b];
                        }
                    }
                }

                output[r, c] = sum;
            }
        }

        return output;
    }

    /// <summary>The maximum of each window.</summary>
    public static double[,] MaxPool2D(double[,] input, int size, int stride) =>
        Pool(input, size, stride, window => window.Max());

    /// <summary>The mean of each window.</summary>
    public static double[,] AveragePool2D(double[,] input, int size, int stride) =>
        Pool(input, size, stride, window => window.Average());

    private static double[,] Pool(double[,] input, int size, int stride, Func<IEnumerable<double>, double> reduce)
    {
        RequireNonEmpty(input, nameof(input));
        var output = new double[OutputSize(input.GetLength(0), size, 0, stride), OutputSize(input.GetLength(1), size, 0, stride)];
        for (var r = 0; r < output.GetLength(0); r++)
        {
            for (var c = 0; c < output.GetLength(1); c++)
            {
                var (top, left) = (r * stride, c * stride);
                output[r, c] = reduce(
                    from a in Enumerable.Range(top, size)
                    from b in Enumerable.Range(left, size)
                    select input[a, b]);
            }
        }

        return output;
    }

    private static void RequireNonEmpty(double[] values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0)
        {
            throw new ArgumentException("The array is empty.", name);
        }
    }

    private static void RequireNonEmpty(double[,] values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0)
        {
            throw new ArgumentException("The array is empty.", name);
        }
    }
}
