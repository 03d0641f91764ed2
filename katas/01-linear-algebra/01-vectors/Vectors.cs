namespace MathForML.LinearAlgebra;

/// <summary>
/// Vectors in ℝⁿ as plain arrays: the entry vᵢ (numbered from 1 in math) is <c>v[i - 1]</c> in C#. A vector space
/// has two operations, addition (v + w)ᵢ = vᵢ + wᵢ and scaling (c·v)ᵢ = c·vᵢ, and everything else in linear algebra
/// is built from them — above all the linear combination c₁v₁ + c₂v₂ + … + cₖvₖ.
/// Every method returns a new array and leaves its inputs unchanged.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/01-vectors/README.md</remarks>
public static class Vectors
{
    /// <summary>
    /// The sum v + w, entry by entry: (v + w)ᵢ = vᵢ + wᵢ. Both vectors must have the same length n;
    /// the result has length n.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ (the message says "length" and gives both).</exception>
    public static double[] Add(double[] v, double[] w)
    {
        // TODO: check that the lengths match, then fill a new array with v[i] + w[i].
        throw new NotImplementedException("TODO Vectors.Add: return the new vector v + w, (v + w)ᵢ = vᵢ + wᵢ.");
    }

    /// <summary>
    /// The difference v − w, entry by entry: (v − w)ᵢ = vᵢ − wᵢ (the arrow that goes from w to v).
    /// Order matters: v − w = −(w − v).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length").</exception>
    public static double[] Subtract(double[] v, double[] w)
    {
        // TODO: like Add, with a minus sign: w is subtracted from v.
        throw new NotImplementedException("TODO Vectors.Subtract: return the new vector v − w, (v − w)ᵢ = vᵢ − wᵢ.");
    }

    /// <summary>
    /// The scalar multiple c·v: every entry multiplied by c, (c·v)ᵢ = c·vᵢ. A negative c also flips the direction.
    /// </summary>
    /// <param name="c">The scalar.</param>
    /// <param name="v">The vector to scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null.</exception>
    public static double[] Scale(double c, double[] v)
    {
        // TODO: a new array with c * v[i] in every position.
        throw new NotImplementedException("TODO Vectors.Scale: return the new vector c·v, (c·v)ᵢ = c·vᵢ.");
    }

    /// <summary>
    /// The linear combination c₁v₁ + c₂v₂ + … + cₖvₖ of k ≥ 1 vectors of one common length n, with one coefficient
    /// per vector: <c>coefficients[j]</c> multiplies <c>vectors[j]</c> (C# array indices j = 0 … k − 1), and entry i of
    /// the result is the sum over j of <c>coefficients[j] * vectors[j][i]</c>. The result has length n.
    /// </summary>
    /// <param name="coefficients">The k scalars c₁ … cₖ (<c>coefficients[j]</c> is cⱼ₊₁).</param>
    /// <param name="vectors">The k vectors v₁ … vₖ (<c>vectors[j]</c> is vⱼ₊₁), all of the same length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/>, <paramref name="vectors"/> or one of the vectors is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no vectors (the message says "empty": without a vector even the length of the answer is unknown);
    /// the number of coefficients differs from the number of vectors ("coefficient");
    /// or the vectors do not all have the same length ("length").
    /// </exception>
    public static double[] LinearCombination(double[] coefficients, double[][] vectors)
    {
        // TODO: validate, start from a zero vector of the common length, and add cⱼ·vⱼ for each j.
        throw new NotImplementedException("TODO Vectors.LinearCombination: return Σⱼ cⱼvⱼ, one coefficient per vector.");
    }
}
