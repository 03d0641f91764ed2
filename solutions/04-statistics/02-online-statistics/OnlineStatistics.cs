namespace MathForML.Statistics;

/// <summary>
/// Reference solution: the count, mean and sum of squared deviations of a stream, updated one value at a time by
/// Welford's recurrence and merged by Chan's formula; and the textbook one-pass variance, to see it fail.
/// </summary>
public sealed class OnlineStatistics
{
    private double _shift; // the first value: the recurrence runs on xᵢ − shift, which is small when the data share an offset
    private double _mean; // the mean of xᵢ − shift
    private double _m2; // Σ (xᵢ − x̄)² over the values seen so far

    /// <summary>How many values have been added.</summary>
    public long Count { get; private set; }

    /// <summary>The mean of the values added so far.</summary>
    public double Mean => Count > 0 ? _shift + _mean : throw new InvalidOperationException("The mean of an empty stream is undefined: add a value first.");

    /// <summary>The population variance (1/n) Σ (xᵢ − x̄)².</summary>
    public double PopulationVariance =>
        Count > 0 ? _m2 / Count : throw new InvalidOperationException("The variance of an empty stream is undefined: add a value first.");

    /// <summary>The sample variance (1/(n − 1)) Σ (xᵢ − x̄)².</summary>
    public double Variance =>
        Count > 1 ? _m2 / (Count - 1) : throw new InvalidOperationException("The sample variance needs at least two values (it divides by n − 1).");

    /// <summary>The sample standard deviation √s².</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Welford's update: x̄ₖ = x̄ₖ₋₁ + (x − x̄ₖ₋₁)/k and M₂ += (x − x̄ₖ₋₁)(x − x̄ₖ).</summary>
    public void Add(double x)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"Only finite values can be added, not {x}.", nameof(x));
        }

        if (Count == 0)
        {
            _shift = x;
        }

        Count++;
        var delta = x - _shift - _mean;
        _mean += delta / Count;
        _m2 += delta * (x - _shift - _mean);
    }

    /// <summary>A new summary of all the values, added in order.</summary>
    public static OnlineStatistics Of(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var statistics = new OnlineStatistics();
        foreach (var x in values)
        {
            statistics.Add(x);
        }

        return statistics;
    }

    /// <summary>Chan's merge: the summary of the union of the two streams, as a new object.</summary>
    public static OnlineStatistics Merge(OnlineStatistics a, OnlineStatistics b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            var only = a.Count == 0 ? b : a;
            return new OnlineStatistics { Count = only.Count, _shift = only._shift, _mean = only._mean, _m2 = only._m2 };
        }

        var n = a.Count + b.Count;
        // Both means relative to a's shift: b's mean is (b.shift − a.shift) + b.mean there.
        var delta = (b._shift - a._shift) + b._mean - a._mean;
        // Weights as fractions of n keep the products nA·nB from overflowing for huge counts.
        var (fractionA, fractionB) = ((double)a.Count / n, (double)b.Count / n);
        return new OnlineStatistics
        {
            Count = n,
            _shift = a._shift,
            _mean = a._mean + (fractionB * delta),
            _m2 = a._m2 + b._m2 + (delta * delta * fractionA * b.Count),
        };
    }

    /// <summary>The textbook one-pass formula (Σxᵢ² − n·x̄²)/(n − 1), unstable on purpose.</summary>
    public static double TextbookVariance(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length < 2)
        {
            throw new ArgumentException("The sample variance needs at least two values (it divides by n − 1).", nameof(values));
        }

        var (sum, sumOfSquares) = (0.0, 0.0);
        foreach (var x in values)
        {
            sum += x;
            sumOfSquares += x * x;
        }

        var n = values.Length;
        return (sumOfSquares - (sum * sum / n)) / (n - 1);
    }
}
