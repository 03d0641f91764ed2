using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Prerequisites.Figures;

/// <summary>The Σ and Π kata's figures, drawn from your <see cref="Notation"/> methods (read, don't edit).</summary>
public static class NotationFigures
{
    /// <summary>How many die rolls the running mean follows.</summary>
    private const int Rolls = 3000;

    /// <summary>The running mean of seeded die rolls, Sₙ/n from your CumulativeSum, settling at the expected 3.5.</summary>
    /// <returns>The plot.</returns>
    [Figure("running-mean", "The mean of the first n rolls of a die, Sₙ/n with Sₙ read from your CumulativeSum (its entry n − 1), wanders at first and settles at the expected value 3.5; the diamond is your Mean of all 3000 rolls.")]
    public static Plot RunningMean()
    {
        var random = new SeededRandom(1);
        var rolls = Enumerable.Range(0, Rolls).Select(_ => (double)random.NextInt(1, 7)).ToArray();
        var sums = Notation.CumulativeSum(rolls);
        var n = Enumerable.Range(1, Rolls).Select(k => (double)k).ToArray();
        var running = new Series("mean of the first n rolls", n, n.Select((count, k) => sums[k] / count).ToArray());
        var expected = new Series("expected value 3.5", [1, Rolls], [3.5, 3.5]);
        var mean = new Series($"Mean of all {Rolls} rolls = {Notation.Mean(rolls):0.000}", [Rolls], [Notation.Mean(rolls)]);
        var plot = Charts.CurvesWithPoints(
            "The running mean of die rolls settles at 3.5", "number of rolls n", "mean of the first n rolls", [running], [], [mean], [expected]);
        plot.Axes.SetLimitsY(1, 6);
        return plot;
    }

    /// <summary>Running sums of two series from your CumulativeSum: Σ 1/2ᵏ levels off, Σ 1/k does not.</summary>
    /// <returns>The plot.</returns>
    [Figure("partial-sums", "Running sums Sₙ from your CumulativeSum: those of 1/2ᵏ climb to 2 and stop, each step half the one before; those of 1/k keep climbing, slowly, like ln n + 0.577 (dashed) — so the second sum has no total.")]
    public static Plot PartialSums()
    {
        const int Terms = 60;
        var n = Enumerable.Range(1, Terms).Select(k => (double)k).ToArray();
        var halves = Notation.CumulativeSum(n.Select(k => Math.Pow(0.5, k - 1)).ToArray());
        var harmonic = Notation.CumulativeSum(n.Select(k => 1 / k).ToArray());
        return Charts.CurvesWithPoints(
            "Σ 1/2ᵏ levels off at 2; Σ 1/k keeps growing like ln n",
            "number of terms n",
            "running sum Sₙ",
            [new Series("1 + 1/2 + 1/4 + … (n terms)", n, halves), new Series("1 + 1/2 + 1/3 + … (n terms)", n, harmonic)],
            [],
            references: [Series.Of("ln n + 0.577", n, k => Math.Log(k) + 0.5772156649)],
            corner: Alignment.LowerRight);
    }

    /// <summary>Compound interest as a product from your Product: (1 + 1/n)ⁿ = Πₖ (1 + 1/n) approaches e.</summary>
    /// <returns>The plot.</returns>
    [Figure("compound-interest", "Your Product of n equal factors (1 + 1/n) — interest of 100 %/n paid n times a year — grows with n but never past e ≈ 2.718 (dashed): a product of many factors close to 1 can stay finite.")]
    public static Plot CompoundInterest()
    {
        var n = Enumerable.Range(1, 100).Select(k => (double)k).ToArray();
        var products = n.Select(count => Notation.Product(Enumerable.Repeat(1 + (1 / count), (int)count).ToArray())).ToArray();
        return Charts.CurvesWithPoints(
            "Π of n factors (1 + 1/n) climbs towards e",
            "number of factors n",
            "(1 + 1/n)ⁿ",
            [],
            [new Series("Product of n factors 1 + 1/n", n, products)],
            references: [new Series("e ≈ 2.718", [1, 100], [Math.E, Math.E])],
            corner: Alignment.LowerRight);
    }
}
