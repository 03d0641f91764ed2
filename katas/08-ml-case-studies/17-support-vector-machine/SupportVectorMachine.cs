namespace MathForML.CaseStudies;

/// <summary>
/// A linear support vector machine: the regularised hinge-loss objective, its sub-gradient, and training by Pegasos —
/// stochastic sub-gradient descent with the step size 1/(λt).
/// </summary>
/// <remarks>
/// Samples are rows of an n × d array with labels −1 or +1 ("label", "+1" otherwise); n ≥ 1 ("empty"), one label per
/// row and d weights ("length"): all <see cref="ArgumentException"/>s. λ must be positive and finite ("positive") and
/// the iteration count at least 1 (<see cref="ArgumentOutOfRangeException"/>); null arguments, and a model whose
/// weights are null, throw <see cref="ArgumentNullException"/>.
/// Lesson: katas/08-ml-case-studies/17-support-vector-machine/README.md
/// </remarks>
public static class SupportVectorMachine
{
    /// <summary>F(w, b) = (λ/2)(‖w‖² + b²) + (1/n) Σᵢ max(0, 1 − yᵢ(w·xᵢ + b)): the bias is regularised like a weight on a constant feature 1.</summary>
    /// <param name="model">w and b.</param>
    /// <param name="features">The samples, n × d.</param>
    /// <param name="labels">yᵢ ∈ {−1, +1}.</param>
    /// <param name="lambda">λ &gt; 0.</param>
    /// <returns>F.</returns>
    public static double Objective(LinearSvm model, double[,] features, int[] labels, double lambda)
    {
        // TODO: the regulariser plus the mean hinge loss.
        throw new NotImplementedException("TODO SupportVectorMachine.Objective: return (λ/2)(‖w‖² + b²) + mean hinge loss.");
    }

    /// <summary>
    /// A sub-gradient of F: λw − (1/n) Σ yᵢxᵢ over the samples with margin yᵢ(w·xᵢ + b) &lt; 1 for w, and λb − (1/n) Σ yᵢ
    /// over the same samples for b (samples exactly on the margin count as satisfied).
    /// </summary>
    /// <param name="model">w and b.</param>
    /// <param name="features">The samples, n × d.</param>
    /// <param name="labels">yᵢ ∈ {−1, +1}.</param>
    /// <param name="lambda">λ &gt; 0.</param>
    /// <returns>The sub-gradient with respect to (w₁, …, w_d, b): d + 1 entries.</returns>
    public static double[] Subgradient(LinearSvm model, double[,] features, int[] labels, double lambda)
    {
        // TODO: only samples inside the margin contribute.
        throw new NotImplementedException("TODO SupportVectorMachine.Subgradient: return ∂F/∂(w, b).");
    }

    /// <summary>
    /// Pegasos from w = 0, b = 0: for t = 1 … T draw i = random.Next(n), set η = 1/(λt); if yᵢ(w·xᵢ + b) &lt; 1 (with w and b
    /// before the step) then w ← (1 − ηλ)w + ηyᵢxᵢ and b ← (1 − ηλ)b + ηyᵢ, else only the shrink by (1 − ηλ). Deterministic
    /// for a given seed.
    /// </summary>
    /// <param name="features">The samples, n × d.</param>
    /// <param name="labels">yᵢ ∈ {−1, +1}.</param>
    /// <param name="lambda">λ &gt; 0.</param>
    /// <param name="iterations">T ≥ 1.</param>
    /// <param name="random">The seeded source of the sample indices.</param>
    /// <returns>The trained model.</returns>
    public static LinearSvm Train(double[,] features, int[] labels, double lambda, int iterations, Random random)
    {
        // TODO: one sample and one shrink-and-step per iteration.
        throw new NotImplementedException("TODO SupportVectorMachine.Train: return the Pegasos model after T steps.");
    }
}
