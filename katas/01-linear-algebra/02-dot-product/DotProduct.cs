namespace MathForML.LinearAlgebra;

/// <summary>
/// The dot product v·w = Σᵢ vᵢwᵢ, and the geometry it encodes: v·w = ‖v‖‖w‖cos θ, where θ is the angle
/// between the two arrows. Dividing out the lengths leaves cos θ, the cosine similarity of embeddings.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/02-dot-product/README.md</remarks>
public static class DotProduct
{
    /// <summary>
    /// The dot product v·w = Σᵢ vᵢwᵢ = v₁w₁ + v₂w₂ + … + vₙwₙ of two vectors of the same length n (0 for two empty vectors).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ (the message says "length").</exception>
    public static double Dot(double[] v, double[] w)
    {
        // TODO: check the lengths, then accumulate v[i] * w[i].
        throw new NotImplementedException("TODO DotProduct.Dot: return Σᵢ vᵢwᵢ.");
    }

    /// <summary>
    /// The cosine similarity cos θ = v·w / (‖v‖₂‖w‖₂), a number in [−1, 1]: 1 for arrows pointing the same way,
    /// 0 for perpendicular ones, −1 for opposite ones. It ignores length: scaling v or w by a positive number
    /// does not change it. The result never leaves [−1, 1], even where rounding pushes the raw quotient just outside
    /// (1.0000000000000002 for v and 2v), and entries as huge as 1e200 or as tiny as 1e-200 give the right cosine
    /// (their squares would overflow or underflow).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The lengths differ ("length"), or either vector is zero (all entries 0; the message says "zero"):
    /// a zero vector has no direction, so its angle with anything is undefined. The parameter name is that of the zero vector.
    /// </exception>
    public static double CosineSimilarity(double[] v, double[] w)
    {
        // TODO: reject a zero vector, divide the dot product by the two lengths ‖v‖₂ = √(v·v), clamp into [−1, 1].
        throw new NotImplementedException("TODO DotProduct.CosineSimilarity: return v·w / (‖v‖‖w‖), clamped into [−1, 1].");
    }

    /// <summary>
    /// The angle θ = arccos(v·w / (‖v‖₂‖w‖₂)) between two non-zero vectors, in radians, in [0, π]:
    /// 0 for the same direction, π/2 for perpendicular vectors, π for opposite directions. Never NaN for two non-zero
    /// vectors: the angle of v with 2v is 0 and with −v is π, whatever the rounding of the cosine.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length"), or either vector is zero ("zero").</exception>
    public static double AngleBetween(double[] v, double[] w)
    {
        // TODO: the arccosine (Math.Acos) of the cosine similarity.
        throw new NotImplementedException("TODO DotProduct.AngleBetween: return arccos of the clamped cosine, in [0, π].");
    }
}
