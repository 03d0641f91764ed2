using MathForML.Figures;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The convolution kata's figure, drawn from your <see cref="Convolution.CrossCorrelate2D"/> and <see cref="Convolution.MaxPool2D"/> (read, don't edit).</summary>
public static class ConvolutionFigures
{
    /// <summary>A synthetic image, its Sobel responses and the max-pooled edge map.</summary>
    /// <returns>The plot.</returns>
    [Figure("edge-detection", "A 40 × 40 image (a bright disc and a dimmer square on black) cross-correlated by your CrossCorrelate2D with the Sobel kernels [−1 0 1; −2 0 2; −1 0 1] (vertical edges) and its transpose (horizontal edges), padding 1 so the size stays 40 × 40; then the edge strength √(Gx² + Gy²) and its 2 × 2 max-pool at stride 2 by your MaxPool2D (20 × 20): the outlines survive at half the resolution.")]
    public static Plot EdgeDetection()
    {
        var image = new double[40, 40];
        for (var r = 0; r < 40; r++)
        {
            for (var c = 0; c < 40; c++)
            {
                var inDisc = ((r - 14) * (r - 14)) + ((c - 13) * (c - 13)) <= 64;
                var inSquare = r >= 22 && r < 34 && c >= 22 && c < 34;
                image[r, c] = inDisc ? 1 : inSquare ? 0.5 : 0;
            }
        }

        double[,] sobelX = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };
        double[,] sobelY = { { -1, -2, -1 }, { 0, 0, 0 }, { 1, 2, 1 } };
        var gx = Convolution.CrossCorrelate2D(image, sobelX, padding: 1);
        var gy = Convolution.CrossCorrelate2D(image, sobelY, padding: 1);
        var strength = new double[gx.GetLength(0), gx.GetLength(1)];
        for (var r = 0; r < strength.GetLength(0); r++)
        {
            for (var c = 0; c < strength.GetLength(1); c++)
            {
                strength[r, c] = Math.Sqrt((gx[r, c] * gx[r, c]) + (gy[r, c] * gy[r, c]));
            }
        }

        return Charts.HeatmapTiles(
            "Sobel kernels find the edges; max pooling keeps them at half size",
            [("image", image), ("Gx (vertical edges)", gx), ("Gy (horizontal edges)", gy), ("edge strength, max-pooled", Convolution.MaxPool2D(strength, 2, 2))],
            2);
    }
}
