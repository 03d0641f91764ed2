namespace MathForML.Prerequisites;

/// <summary>
/// Σ (sum) and Π (product) are loops written in one symbol. Each method here turns one piece of
/// notation into code: Σᵢ xᵢ, Πᵢ xᵢ, the running sums Sₖ = Σ_{i≤k} xᵢ and the mean x̄.
/// Indices start at 0, as in C#: x₀ is <c>values[0]</c>.
/// </summary>
public static class Notation
{
    /// <summary>
    /// The sum Σᵢ xᵢ = x₀ + x₁ + … + xₙ₋₁. The empty sum is 0 (adding nothing changes nothing).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double Sum(double[] values)
    {
        // TODO: start an accumulator at 0 and add each entry to it.
        throw new NotImplementedException("TODO Notation.Sum: return Σᵢ xᵢ, the total of all entries (0 for none).");
    }

    /// <summary>
    /// The product Πᵢ xᵢ = x₀ · x₁ · … · xₙ₋₁. The empty product is 1 (multiplying by nothing changes nothing).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double Product(double[] values)
    {
        // TODO: start an accumulator at 1 and multiply each entry into it.
        throw new NotImplementedException("TODO Notation.Product: return Πᵢ xᵢ, the product of all entries (1 for none).");
    }

    /// <summary>
    /// The running (cumulative) sums Sₖ = Σ_{i=0..k} xᵢ, one per entry: [x₀, x₀+x₁, x₀+x₁+x₂, …].
    /// The result has the same length as the input; the input is not modified.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double[] CumulativeSum(double[] values)
    {
        // TODO: Sₖ = Sₖ₋₁ + xₖ, so one pass with a running total fills the whole array.
        throw new NotImplementedException("TODO Notation.CumulativeSum: return the running sums Sₖ = x₀ + … + xₖ.");
    }

    /// <summary>
    /// The arithmetic mean x̄ = (1/n) Σᵢ xᵢ of n ≥ 1 values.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty: the mean of nothing is undefined (say "empty" in the message).</exception>
    public static double Mean(double[] values)
    {
        // TODO: reject an empty array, then divide the sum by the count.
        throw new NotImplementedException("TODO Notation.Mean: return (1/n) Σᵢ xᵢ; reject an empty array.");
    }
}
