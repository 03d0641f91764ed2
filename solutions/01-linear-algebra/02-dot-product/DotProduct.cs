namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: the dot product, cosine similarity and the angle between two vectors.</summary>
public static class DotProduct
{
    /// <summary>v·w = Σᵢ vᵢwᵢ.</summary>
    public static double Dot(double[] v, double[] w)
    {
        RequireSameLength(v, w);
        double sum = 0;
        for (var i = 0; i < v.Length; i++)
        {
            sum += v[i] * w[i];
        }
        return sum;
    }

    /// <summary>
    /// cos θ = v·w / (‖v‖‖w‖), clamped into [−1, 1]. Each vector is first divided by its largest absolute entry:
    /// the cosine does not change, and the squares can then neither overflow nor underflow.
    /// </summary>
    public static double CosineSimilarity(double[] v, double[] w)
    {
        RequireSameLength(v, w);
        var (scaleV, scaleW) = (LargestMagnitude(v), LargestMagnitude(w));
        if (scaleV == 0 || scaleW == 0)
        {
            throw new ArgumentException("A zero vector has no direction, so its angle with another vector is undefined.", scaleV == 0 ? nameof(v) : nameof(w));
        }

        double dot = 0, vv = 0, ww = 0;
        for (var i = 0; i < v.Length; i++)
        {
            var (a, b) = (v[i] / scaleV, w[i] / scaleW);
            dot += a * b;
            vv += a * a;
            ww += b * b;
        }
        return Math.Clamp(dot / (Math.Sqrt(vv) * Math.Sqrt(ww)), -1, 1);
    }

    /// <summary>θ = arccos(cos θ) in [0, π]; the clamped cosine keeps arccos away from NaN.</summary>
    public static double AngleBetween(double[] v, double[] w) => Math.Acos(CosineSimilarity(v, w));

    private static double LargestMagnitude(double[] v)
    {
        double largest = 0;
        foreach (var x in v)
        {
            largest = Math.Max(largest, Math.Abs(x));
        }
        return largest;
    }

    private static void RequireSameLength(double[] v, double[] w)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(w);
        if (v.Length != w.Length)
        {
            throw new ArgumentException($"The vectors must have the same length, but have length {v.Length} and {w.Length}.", nameof(w));
        }
    }
}
