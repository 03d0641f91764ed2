namespace MathForML.NumericalMethods;

/// <summary>Reference solution: sigmoid, softplus and log-sigmoid for every finite input.</summary>
public static class StableFunctions
{
    /// <summary>σ(x) = 1/(1 + e⁻ˣ).</summary>
    public static double Sigmoid(double x)
    {
        RequireNumber(x);
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x)); // e⁻ˣ ≤ 1: nothing to overflow
        }

        // For x < 0 the same value is eˣ/(1 + eˣ), with eˣ < 1: tiny results keep their digits instead of 1/∞ = 0.
        var z = Math.Exp(x);
        return z / (1 + z);
    }

    /// <summary>log(1 + eˣ) = max(x, 0) + log(1 + e^(−|x|)).</summary>
    public static double Softplus(double x)
    {
        RequireNumber(x);
        // e^(−|x|) ≤ 1 cannot overflow, and log1p keeps its digits when it is tiny (softplus(−40) = e⁻⁴⁰); x = +∞ gives ∞ + log1p(0) = ∞.
        return Math.Max(x, 0) + Cancellation.Log1p(Math.Exp(-Math.Abs(x)));
    }

    /// <summary>log σ(x) = −softplus(−x).</summary>
    public static double LogSigmoid(double x) => -Softplus(-x); // Softplus rejects NaN

    private static void RequireNumber(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The input is NaN.");
        }
    }
}
