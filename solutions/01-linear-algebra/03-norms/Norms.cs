namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: L1, L2, L∞ and p-norms (scaled against overflow), unit vectors and distances.</summary>
public static class Norms
{
    /// <summary>‖v‖₁ = Σᵢ |vᵢ|.</summary>
    public static double L1(double[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        double sum = 0;
        foreach (var x in v)
        {
            sum += Math.Abs(x);
        }
        return sum;
    }

    /// <summary>‖v‖₂ = m·√(Σᵢ (vᵢ/m)²) with m = ‖v‖∞, so no square overflows or underflows.</summary>
    public static double L2(double[] v)
    {
        var m = LInfinity(v);
        if (m == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var x in v)
        {
            var scaled = x / m;
            sum += scaled * scaled;
        }
        return m * Math.Sqrt(sum);
    }

    /// <summary>‖v‖∞ = maxᵢ |vᵢ|, 0 for an empty vector.</summary>
    public static double LInfinity(double[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        double largest = 0;
        foreach (var x in v)
        {
            largest = Math.Max(largest, Math.Abs(x));
        }
        return largest;
    }

    /// <summary>‖v‖ₚ = m·(Σᵢ (|vᵢ|/m)ᵖ)^(1/p) with m = ‖v‖∞; p = ∞ gives ‖v‖∞.</summary>
    public static double PNorm(double[] v, double p)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (double.IsNaN(p) || p < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A p-norm needs p ≥ 1; below 1 the triangle inequality fails.");
        }

        var m = LInfinity(v);
        if (double.IsPositiveInfinity(p) || m == 0)
        {
            return m;
        }

        double sum = 0;
        foreach (var x in v)
        {
            sum += Math.Pow(Math.Abs(x) / m, p);
        }
        return m * Math.Pow(sum, 1 / p);
    }

    /// <summary>v / ‖v‖₂.</summary>
    public static double[] Normalize(double[] v) => Normalize(v, nameof(v));

    /// <summary>
    /// v / ‖v‖₂, reporting a zero vector against <paramref name="parameterName"/>: the other references
    /// (rotation axes, reflection normals, cosine-similarity queries) normalise through this one.
    /// </summary>
    internal static double[] Normalize(double[] v, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(v, parameterName);
        var length = L2(v);
        if (length == 0)
        {
            throw new ArgumentException("The zero vector has no direction, so it cannot be normalised.", parameterName);
        }

        var unit = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            unit[i] = v[i] / length;
        }
        return unit;
    }

    /// <summary>‖v − w‖₂.</summary>
    public static double EuclideanDistance(double[] v, double[] w) => L2(Difference(v, w));

    /// <summary>‖v − w‖₁.</summary>
    public static double ManhattanDistance(double[] v, double[] w) => L1(Difference(v, w));

    private static double[] Difference(double[] v, double[] w)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(w);
        if (v.Length != w.Length)
        {
            throw new ArgumentException($"The vectors must have the same length, but have length {v.Length} and {w.Length}.", nameof(w));
        }

        var difference = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            difference[i] = v[i] - w[i];
        }
        return difference;
    }
}
