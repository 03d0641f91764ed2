namespace MathForML.LinearAlgebra;

/// <summary>
/// The cross product of two vectors of ℝ³: a vector perpendicular to both, whose length
/// ‖a × b‖ = ‖a‖‖b‖ sin θ is the area of the parallelogram they span, and whose direction follows the
/// right-hand rule: e₁ × e₂ = e₃ for the axes e₁ = (1, 0, 0), e₂ = (0, 1, 0), e₃ = (0, 0, 1). Entries are indexed
/// from 0 as in C#, so a = (a₀, a₁, a₂). It exists only in three dimensions.
/// </summary>
public static class CrossProduct
{
    /// <summary>
    /// a × b = (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀) for a = (a₀, a₁, a₂) and b = (b₀, b₁, b₂).
    /// Each entry i uses the other two indices, in cyclic order: (1, 2) for entry 0, (2, 0) for entry 1, (0, 1) for entry 2.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">Either vector does not have exactly 3 entries (the message contains "3").</exception>
    public static double[] Cross(double[] a, double[] b)
    {
        // TODO: check both lengths are 3, then write the three 2×2 "determinants" out.
        throw new NotImplementedException("TODO CrossProduct.Cross: return a × b = (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀).");
    }
}
