namespace MathForML.Prerequisites;

/// <summary>Reference solution: Σ, Π, running sums and the mean as plain loops.</summary>
public static class Notation
{
    /// <summary>Σᵢ xᵢ; the empty sum is 0.</summary>
    public static double Sum(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double total = 0;
        foreach (var x in values)
        {
            total += x;
        }
        return total;
    }

    /// <summary>Πᵢ xᵢ; the empty product is 1.</summary>
    public static double Product(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double product = 1;
        foreach (var x in values)
        {
            product *= x;
        }
        return product;
    }

    /// <summary>Sₖ = Σ_{i≤k} xᵢ, built from Sₖ = Sₖ₋₁ + xₖ in one pass.</summary>
    public static double[] CumulativeSum(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sums = new double[values.Length];
        double running = 0;
        for (var k = 0; k < values.Length; k++)
        {
            running += values[k];
            sums[k] = running;
        }
        return sums;
    }

    /// <summary>x̄ = (1/n) Σᵢ xᵢ for n ≥ 1.</summary>
    public static double Mean(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("The mean of an empty array is undefined.", nameof(values));
        }
        return Sum(values) / values.Length;
    }
}
