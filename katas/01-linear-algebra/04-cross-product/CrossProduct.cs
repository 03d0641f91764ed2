namespace MathForML.LinearAlgebra;

/// <summary>
/// The cross product of two vectors of ℝ³: a vector perpendicular to both, whose length
/// ‖a × b‖ = ‖a‖‖b‖ sin θ is the area of the parallelogram they span, and whose direction follows the
/// right-hand rule: e₁ × e₂ = e₃ for the axes e₁ = (1, 0, 0), e₂ = (0, 1, 0), e₃ = (0, 0, 1). Entries are numbered
/// from 1 in math, a = (a₁, a₂, a₃), and from 0 in C#: a₁ is <c>a[0]</c>. (A product with these properties exists
/// only in ℝ³ and ℝ⁷; this kata implements the three-dimensional one.)
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/04-cross-product/README.md</remarks>
public static class CrossProduct
{
    /// <summary>
    /// a × b = (a₂b₃ − a₃b₂, a₃b₁ − a₁b₃, a₁b₂ − a₂b₁) for a = (a₁, a₂, a₃) and b = (b₁, b₂, b₃), as a new array of 3.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// Either vector does not have exactly 3 entries (the message contains "3"; the parameter name is that of the bad vector).
    /// </exception>
    public static double[] Cross(double[] a, double[] b)
    {
        // TODO: check both lengths are 3, then write the three 2×2 "determinants" out.
        throw new NotImplementedException("TODO CrossProduct.Cross: return a × b = (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀).");
    }
}
