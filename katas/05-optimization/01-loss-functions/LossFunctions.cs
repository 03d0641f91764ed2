namespace MathForML.Optimization;

/// <summary>
/// The common losses of regression and classification, each the MEAN over n examples, and their gradients with
/// respect to the predictions (or the logits, or the scores): the vectors every optimiser of this topic consumes.
/// </summary>
/// <remarks>
/// Shared rules: null arrays are <see cref="ArgumentNullException"/>s; arrays of different lengths are
/// <see cref="ArgumentException"/>s whose message contains "length"; empty input is an <see cref="ArgumentException"/>
/// with "empty". Gradients are new arrays of the inputs' shape and agree with central differences to 1e-7 away from
/// kinks. Lesson: katas/05-optimization/01-loss-functions/README.md
/// </remarks>
public static class LossFunctions
{
    /// <summary>The mean squared error (1/n) Σᵢ (pᵢ − tᵢ)². Exact for residuals of 1 between values near 10¹².</summary>
    /// <param name="predictions">The predictions p₁ … pₙ.</param>
    /// <param name="targets">The targets t₁ … tₙ.</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double MeanSquaredError(double[] predictions, double[] targets)
    {
        // TODO: average the squared residuals.
        throw new NotImplementedException("TODO LossFunctions.MeanSquaredError: return (1/n) Σ (pᵢ − tᵢ)².");
    }

    /// <summary>The gradient of <see cref="MeanSquaredError"/> with respect to the predictions.</summary>
    /// <param name="predictions">The predictions.</param>
    /// <param name="targets">The targets.</param>
    /// <returns>∂MSE/∂pᵢ for every i.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double[] MeanSquaredErrorGradient(double[] predictions, double[] targets)
    {
        // TODO: differentiate one term of the mean.
        throw new NotImplementedException("TODO LossFunctions.MeanSquaredErrorGradient: return ∂MSE/∂pᵢ for every i.");
    }

    /// <summary>The mean absolute error (1/n) Σᵢ |pᵢ − tᵢ|.</summary>
    /// <param name="predictions">The predictions.</param>
    /// <param name="targets">The targets.</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double MeanAbsoluteError(double[] predictions, double[] targets)
    {
        // TODO: average the absolute residuals.
        throw new NotImplementedException("TODO LossFunctions.MeanAbsoluteError: return (1/n) Σ |pᵢ − tᵢ|.");
    }

    /// <summary>
    /// A (sub)gradient of <see cref="MeanAbsoluteError"/>: the derivative where pᵢ ≠ tᵢ, and 0 for an entry with pᵢ = tᵢ.
    /// </summary>
    /// <param name="predictions">The predictions.</param>
    /// <param name="targets">The targets.</param>
    /// <returns>∂MAE/∂pᵢ for every i (0 at a tie).</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double[] MeanAbsoluteErrorGradient(double[] predictions, double[] targets)
    {
        // TODO: the slope of |r| is its sign.
        throw new NotImplementedException("TODO LossFunctions.MeanAbsoluteErrorGradient: return sign(pᵢ − tᵢ)/n for every i.");
    }

    /// <summary>
    /// The Huber loss (1/n) Σᵢ h(pᵢ − tᵢ) with h(r) = r²/2 for |r| ≤ δ and h(r) = δ(|r| − δ/2) for |r| &gt; δ.
    /// </summary>
    /// <param name="predictions">The predictions.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="delta">δ, where the parabola turns into two lines; positive and finite.</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not positive and finite.</exception>
    public static double Huber(double[] predictions, double[] targets, double delta)
    {
        // TODO: quadratic inside ±δ, linear outside.
        throw new NotImplementedException("TODO LossFunctions.Huber: return (1/n) Σ h(pᵢ − tᵢ).");
    }

    /// <summary>The gradient of <see cref="Huber"/> with respect to the predictions.</summary>
    /// <param name="predictions">The predictions.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="delta">δ, positive and finite.</param>
    /// <returns>∂Huber/∂pᵢ for every i.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not positive and finite.</exception>
    public static double[] HuberGradient(double[] predictions, double[] targets, double delta)
    {
        // TODO: h′(r) is r inside ±δ and ±δ outside.
        throw new NotImplementedException("TODO LossFunctions.HuberGradient: return h′(pᵢ − tᵢ)/n for every i.");
    }

    /// <summary>
    /// The binary cross-entropy of logits: (1/n) Σᵢ −[yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))] with σ(z) = 1/(1 + e⁻ᶻ).
    /// Finite and exact for logits of ±1000 (z = 1000, y = 0 costs exactly 1000).
    /// </summary>
    /// <param name="logits">The logits z₁ … zₙ (any finite values).</param>
    /// <param name="labels">The labels y₁ … yₙ, each in [0, 1].</param>
    /// <returns>The loss, ≥ 0 for labels in {0, 1}.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label lies outside [0, 1] ("label").</exception>
    public static double BinaryCrossEntropy(double[] logits, double[] labels)
    {
        // TODO: rewrite the loss in terms of z so that no exponential can overflow and no log sees 0.
        throw new NotImplementedException("TODO LossFunctions.BinaryCrossEntropy: return the mean cross-entropy of the logits.");
    }

    /// <summary>The gradient of <see cref="BinaryCrossEntropy"/> with respect to the logits; finite for logits of ±1000.</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="labels">The labels, each in [0, 1].</param>
    /// <returns>∂BCE/∂zᵢ for every i.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label lies outside [0, 1] ("label").</exception>
    public static double[] BinaryCrossEntropyGradient(double[] logits, double[] labels)
    {
        // TODO: the derivative is remarkably simple.
        throw new NotImplementedException("TODO LossFunctions.BinaryCrossEntropyGradient: return (σ(zᵢ) − yᵢ)/n for every i.");
    }

    /// <summary>
    /// The categorical cross-entropy of logits: (1/n) Σᵢ −log softmax(zᵢ)_cᵢ, where row i of <paramref name="logits"/> is
    /// zᵢ and cᵢ is its true class. Finite and exact for logits of ±1000.
    /// </summary>
    /// <param name="logits">An n × K matrix of logits, one row per example.</param>
    /// <param name="classes">The true class of each row, in 0 … K − 1 (C# indices).</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The row count differs from the number of classes ("length") or the logits are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A class index is outside 0 … K − 1 ("class").</exception>
    public static double CategoricalCrossEntropy(double[,] logits, int[] classes)
    {
        // TODO: −log softmax is a log-sum-exp minus one logit; make the log-sum-exp safe.
        throw new NotImplementedException("TODO LossFunctions.CategoricalCrossEntropy: return the mean of −log softmax(zᵢ)_cᵢ.");
    }

    /// <summary>The gradient of <see cref="CategoricalCrossEntropy"/> with respect to the logits, an n × K matrix.</summary>
    /// <param name="logits">An n × K matrix of logits.</param>
    /// <param name="classes">The true class of each row.</param>
    /// <returns>∂CE/∂zᵢₖ for every row i and class k.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The row count differs from the number of classes ("length") or the logits are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A class index is outside 0 … K − 1 ("class").</exception>
    public static double[,] CategoricalCrossEntropyGradient(double[,] logits, int[] classes)
    {
        // TODO: the softmax probabilities minus the one-hot label, averaged.
        throw new NotImplementedException("TODO LossFunctions.CategoricalCrossEntropyGradient: return (softmax(zᵢ)ₖ − [k = cᵢ])/n.");
    }

    /// <summary>The hinge loss (1/n) Σᵢ max(0, 1 − yᵢsᵢ) of scores sᵢ with labels yᵢ ∈ {−1, +1}.</summary>
    /// <param name="scores">The scores s₁ … sₙ.</param>
    /// <param name="labels">The labels, each −1 or +1.</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither −1 nor +1 ("label").</exception>
    public static double Hinge(double[] scores, double[] labels)
    {
        // TODO: a margin yᵢsᵢ of at least 1 costs nothing.
        throw new NotImplementedException("TODO LossFunctions.Hinge: return (1/n) Σ max(0, 1 − yᵢsᵢ).");
    }

    /// <summary>A (sub)gradient of <see cref="Hinge"/>: the derivative where yᵢsᵢ ≠ 1, and 0 for an entry on the kink yᵢsᵢ = 1.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="labels">The labels, each −1 or +1.</param>
    /// <returns>∂Hinge/∂sᵢ for every i (0 on the kink).</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length") or the arrays are empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither −1 nor +1 ("label").</exception>
    public static double[] HingeGradient(double[] scores, double[] labels)
    {
        // TODO: only the examples inside the margin push.
        throw new NotImplementedException("TODO LossFunctions.HingeGradient: return −yᵢ/n where yᵢsᵢ < 1, else 0.");
    }
}
