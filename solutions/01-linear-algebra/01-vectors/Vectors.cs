namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: vector addition, subtraction, scaling and linear combinations on arrays.</summary>
public static class Vectors
{
    /// <summary>(v + w)ᵢ = vᵢ + wᵢ.</summary>
    public static double[] Add(double[] v, double[] w)
    {
        RequireSameLength(v, w);
        var sum = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            sum[i] = v[i] + w[i];
        }
        return sum;
    }

    /// <summary>(v − w)ᵢ = vᵢ − wᵢ.</summary>
    public static double[] Subtract(double[] v, double[] w)
    {
        RequireSameLength(v, w);
        var difference = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            difference[i] = v[i] - w[i];
        }
        return difference;
    }

    /// <summary>(c·v)ᵢ = c·vᵢ.</summary>
    public static double[] Scale(double c, double[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var scaled = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            scaled[i] = c * v[i];
        }
        return scaled;
    }

    /// <summary>Σⱼ cⱼvⱼ, accumulated one vector at a time.</summary>
    public static double[] LinearCombination(double[] coefficients, double[][] vectors)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Length == 0)
        {
            throw new ArgumentException("The list of vectors is empty: a linear combination needs at least one vector.", nameof(vectors));
        }
        if (coefficients.Length != vectors.Length)
        {
            throw new ArgumentException(
                $"There are {coefficients.Length} coefficients for {vectors.Length} vectors; each vector needs exactly one coefficient.",
                nameof(coefficients));
        }

        for (var j = 0; j < vectors.Length; j++)
        {
            if (vectors[j] is null)
            {
                throw new ArgumentNullException(nameof(vectors), $"Vector {j} is null.");
            }
            if (vectors[j].Length != vectors[0].Length)
            {
                throw new ArgumentException(
                    $"Vector {j} has length {vectors[j].Length} but vector 0 has length {vectors[0].Length}; all vectors must have the same length.",
                    nameof(vectors));
            }
        }

        var combination = new double[vectors[0].Length];
        for (var j = 0; j < vectors.Length; j++)
        {
            for (var i = 0; i < combination.Length; i++)
            {
                combination[i] += coefficients[j] * vectors[j][i];
            }
        }
        return combination;
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
