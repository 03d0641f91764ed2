namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: the 3-D cross product.</summary>
public static class CrossProduct
{
    /// <summary>a × b = (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀).</summary>
    public static double[] Cross(double[] a, double[] b)
    {
        RequireThreeDimensional(a, nameof(a));
        RequireThreeDimensional(b, nameof(b));
        return
        [
            (a[1] * b[2]) - (a[2] * b[1]),
            (a[2] * b[0]) - (a[0] * b[2]),
            (a[0] * b[1]) - (a[1] * b[0]),
        ];
    }

    private static void RequireThreeDimensional(double[] v, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length != 3)
        {
            throw new ArgumentException($"The cross product is defined only for vectors of length 3, but this one has length {v.Length}.", name);
        }
    }
}
