using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The summation kata's figure, drawn from your three sums (read, don't edit).</summary>
public static class SummationFigures
{
    /// <summary>
    /// The error of each sum against n on the adversarial input: 1, then values kᵢ·2⁻⁶² with integers 0 ≤ kᵢ &lt; 2⁹,
    /// all below half an ULP of 1. The exact sum is 1 + (Σkᵢ)·2⁻⁶², with Σkᵢ an exact integer.
    /// </summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-n", "The relative error of your three sums of 1 followed by n − 1 values below ε/2, against n, on log–log axes. Naive summation rounds every small value away, so its error is the whole tail and grows like n (the dashed line n·ε/4); pairwise adds the small values to each other first and stays near ε; Kahan's compensation recovers what each addition lost and its error is at most a rounding of the result (points at exactly 0 are left out).")]
    public static Plot ErrorAgainstN()
    {
        var random = new SeededRandom(2024);
        var sizes = Enumerable.Range(0, 16).Select(i => (int)Math.Round(Math.Pow(10, 1 + (i * 0.35)))).ToArray();
        var (naive, kahan, pairwise) = (new double[sizes.Length], new double[sizes.Length], new double[sizes.Length]);
        for (var s = 0; s < sizes.Length; s++)
        {
            var ks = Enumerable.Range(1, sizes[s] - 1).Select(_ => random.NextInt(0, 512)).ToArray();
            double[] values = [1, .. ks.Select(k => Math.ScaleB(k, -62))];
            var tail = Math.ScaleB(ks.Sum(k => (long)k), -62); // exact: Σkᵢ < 2⁵³
            // (sum − 1) is exact for a sum in [1, 2] (Sterbenz), so only the final subtraction of the tail rounds.
            double RelativeError(double sum) => Math.Abs((sum - 1) - tail) / (1 + tail);
            naive[s] = RelativeError(Summation.NaiveSum(values));
            kahan[s] = RelativeError(Summation.KahanSum(values));
            pairwise[s] = RelativeError(Summation.PairwiseSum(values));
        }

        var ns = sizes.Select(n => (double)n).ToArray();
        return Charts.LogScaleWithReferences(
            "Naive error grows like n; Kahan and pairwise stay near ε",
            "n, the number of values", "relative error of the sum",
            [new Series("naive", ns, naive), new Series("pairwise", ns, pairwise), new Series("Kahan", ns, kahan)],
            [Series.Of("n·ε/4", ns, n => n * 2.220446049250313e-16 / 4), Series.Of("ε", ns, _ => 2.220446049250313e-16)],
            markers: true, legend: Alignment.UpperLeft);
    }
}
