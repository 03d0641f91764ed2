namespace MathForML.Statistics;

/// <summary>
/// A running summary of a stream of values x₁, x₂, …: the count n, the mean x̄ and the variances, updated in O(1) per
/// value without storing the values (Welford's method), and merged from two partial summaries (Chan's formula).
/// Also the textbook one-pass variance (Σxᵢ² − n·x̄²)/(n − 1), written to watch it fail.
/// </summary>
/// <remarks>
/// Accuracy, measured by the log relative error (LRE, correct significant digits) on the NIST StRD univariate data
/// sets: the mean ≥ 14 digits on all five; the standard deviation ≥ 14 on NumAcc1 and NumAcc2, ≥ 13 on Michelso, ≥ 9 on
/// NumAcc3 and ≥ 7.5 on NumAcc4.
/// Lesson: katas/04-statistics/02-online-statistics/README.md
/// </remarks>
public sealed class OnlineStatistics
{
    /// <summary>How many values have been added (0 for a new summary).</summary>
    public long Count => throw new NotImplementedException("TODO OnlineStatistics.Count: return how many values were added.");

    /// <summary>The mean x̄ of the values added so far.</summary>
    /// <exception cref="InvalidOperationException">No value has been added ("empty").</exception>
    public double Mean => throw new NotImplementedException("TODO OnlineStatistics.Mean: return the running mean x̄.");

    /// <summary>The population variance (1/n) Σ (xᵢ − x̄)² of the values added so far (0 for one value).</summary>
    /// <exception cref="InvalidOperationException">No value has been added ("empty").</exception>
    public double PopulationVariance => throw new NotImplementedException("TODO OnlineStatistics.PopulationVariance: return M₂/n.");

    /// <summary>The sample variance s² = (1/(n − 1)) Σ (xᵢ − x̄)².</summary>
    /// <exception cref="InvalidOperationException">Fewer than two values have been added ("two").</exception>
    public double Variance => throw new NotImplementedException("TODO OnlineStatistics.Variance: return M₂/(n − 1).");

    /// <summary>The sample standard deviation s = √s².</summary>
    /// <exception cref="InvalidOperationException">Fewer than two values have been added ("two").</exception>
    public double StandardDeviation => throw new NotImplementedException("TODO OnlineStatistics.StandardDeviation: return √s².");

    /// <summary>Adds one value to the summary in O(1) time and memory.</summary>
    /// <param name="x">The value, finite.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN or infinite ("finite").</exception>
    public void Add(double x)
    {
        // TODO: Welford's update of n, x̄ and M₂ = Σ (xᵢ − x̄)² (keep them in private fields).
        throw new NotImplementedException("TODO OnlineStatistics.Add: update n, x̄ and M₂ with Welford's recurrence.");
    }

    /// <summary>A new summary of the values, added in order.</summary>
    /// <param name="values">The values (may be empty), all finite.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite ("finite").</exception>
    public static OnlineStatistics Of(double[] values)
    {
        // TODO: a new summary, Add each value.
        throw new NotImplementedException("TODO OnlineStatistics.Of: return a summary with every value added.");
    }

    /// <summary>
    /// The summary of the two streams together, as a NEW object (a and b are unchanged): the same count, mean and
    /// variances, within rounding, as adding all values of a and then all of b to one summary. Either may be empty.
    /// </summary>
    /// <param name="a">One partial summary.</param>
    /// <param name="b">The other.</param>
    /// <returns>The merged summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static OnlineStatistics Merge(OnlineStatistics a, OnlineStatistics b)
    {
        // TODO: combine the counts, the means and the M₂s (the lesson's merge formula).
        throw new NotImplementedException("TODO OnlineStatistics.Merge: return the summary of a's and b's values together.");
    }

    /// <summary>
    /// The textbook one-pass sample variance (Σxᵢ² − (Σxᵢ)²/n)/(n − 1), exactly as written, without any improvement: it is
    /// exact on small integers and loses every digit on NumAcc4 (values 10⁹ + 0.1·k).
    /// </summary>
    /// <param name="values">The sample, n ≥ 2.</param>
    /// <returns>The one-pass variance (it may even come out negative).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two values ("two").</exception>
    public static double TextbookVariance(double[] values)
    {
        // TODO: one loop accumulating Σxᵢ and Σxᵢ².
        throw new NotImplementedException("TODO OnlineStatistics.TextbookVariance: return (Σxᵢ² − (Σxᵢ)²/n)/(n − 1).");
    }
}
