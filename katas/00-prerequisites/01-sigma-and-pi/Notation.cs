namespace MathForML.Prerequisites;

/// <summary>
/// Σ (sum) and Π (product) as loops over an array: the sum, the product, the running sums and the mean.
/// Indices in these docs are C# array indices, starting at 0.
/// </summary>
/// <remarks>Lesson: katas/00-prerequisites/01-sigma-and-pi/README.md</remarks>
public static class Notation
{
    /// <summary>
    /// The sum Σᵢ xᵢ = values[0] + values[1] + … + values[n − 1]; the sum of an empty array is 0.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double Sum(double[] values)
    {
        // TODO: start an accumulator at 0 and add each entry to it.
        throw new NotImplementedException("TODO Notation.Sum: return Σᵢ xᵢ, the total of all entries (0 for none).");
    }

    /// <summary>
    /// The product Πᵢ xᵢ = values[0] · values[1] · … · values[n − 1]; the product of an empty array is 1.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double Product(double[] values)
    {
        // TODO: start an accumulator at 1 and multiply each entry into it.
        throw new NotImplementedException("TODO Notation.Product: return Πᵢ xᵢ, the product of all entries (1 for none).");
    }

    /// <summary>
    /// The running (cumulative) sums, one per entry: result[k] = values[0] + values[1] + … + values[k].
    /// The result is a new array of the same length as the input; the input is not modified.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static double[] CumulativeSum(double[] values)
    {
        // TODO: Sₖ = Sₖ₋₁ + xₖ, so one pass with a running total fills the whole array.
        throw new NotImplementedException("TODO Notation.CumulativeSum: return the running sums Sₖ = x₀ + … + xₖ.");
    }

    /// <summary>
    /// The arithmetic mean x̄ = (1/n) Σᵢ xᵢ of the n ≥ 1 entries.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty: the mean of nothing is undefined (say "empty" in the message).</exception>
    public static double Mean(double[] values)
    {
        // TODO: reject an empty array, then divide the sum by the count.
        throw new NotImplementedException("TODO Notation.Mean: return (1/n) Σᵢ xᵢ; reject an empty array.");
    }
}
