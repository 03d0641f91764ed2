namespace MathForML.Optimization;

/// <summary>
/// AdaGrad: each coordinate's step is divided by the root of the SUM of its squared gradients so far,
/// xᵢ ← xᵢ − η·gᵢ/(√Gᵢ + ε) with Gᵢ = Σ gᵢ². The constructor (given) checks the settings; the state is yours.
/// </summary>
/// <remarks>
/// Shared by the three optimisers: <c>Step(x, g)</c> returns the new parameters as a new array (x and g are not
/// modified) and updates the optimiser's state, which is allocated at the first step for x's length; a later step
/// with another length, a gradient of a different length than x → <see cref="ArgumentException"/> ("length"); an empty
/// x → "empty"; null → <see cref="ArgumentNullException"/>. Where a denominator √(…) + ε is exactly 0 (ε = 0 and no
/// gradient yet), the coordinate does not move. Lesson: katas/05-optimization/06-adaptive-methods/README.md
/// </remarks>
public sealed class AdaGrad
{
    /// <summary>Creates the optimiser (given code: the settings are checked here).</summary>
    /// <param name="learningRate">η, positive.</param>
    /// <param name="epsilon">ε ≥ 0, added to the root in the denominator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public AdaGrad(double learningRate = 0.01, double epsilon = 1e-8)
    {
        LearningRate = OptimizerSettings.Positive(learningRate, nameof(learningRate));
        Epsilon = OptimizerSettings.NonNegative(epsilon, nameof(epsilon));
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>ε, added to the root in the denominator.</summary>
    public double Epsilon { get; }

    /// <summary>One AdaGrad step from x with gradient g.</summary>
    /// <param name="x">The parameters.</param>
    /// <param name="gradient">The gradient at x.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Lengths that differ ("length") or an empty x ("empty").</exception>
    public double[] Step(double[] x, double[] gradient)
    {
        // TODO: a running sum of squares per coordinate (allocated at the first step).
        throw new NotImplementedException("TODO AdaGrad.Step: return x − η·g/(√G + ε) with G the running sum of g².");
    }
}

/// <summary>
/// RMSProp: like <see cref="AdaGrad"/>, but with an exponentially decaying MEAN of squared gradients,
/// sᵢ ← ρsᵢ + (1 − ρ)gᵢ², xᵢ ← xᵢ − η·gᵢ/(√sᵢ + ε), from s = 0. Same rules as AdaGrad.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/06-adaptive-methods/README.md</remarks>
public sealed class RmsProp
{
    /// <summary>Creates the optimiser (given code: the settings are checked here).</summary>
    /// <param name="learningRate">η, positive.</param>
    /// <param name="decay">ρ, in [0, 1).</param>
    /// <param name="epsilon">ε ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public RmsProp(double learningRate = 0.001, double decay = 0.9, double epsilon = 1e-8)
    {
        LearningRate = OptimizerSettings.Positive(learningRate, nameof(learningRate));
        Decay = OptimizerSettings.Fraction(decay, nameof(decay));
        Epsilon = OptimizerSettings.NonNegative(epsilon, nameof(epsilon));
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>ρ, the decay of the mean square.</summary>
    public double Decay { get; }

    /// <summary>ε, added to the root in the denominator.</summary>
    public double Epsilon { get; }

    /// <summary>One RMSProp step from x with gradient g.</summary>
    /// <param name="x">The parameters.</param>
    /// <param name="gradient">The gradient at x.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Lengths that differ ("length") or an empty x ("empty").</exception>
    public double[] Step(double[] x, double[] gradient)
    {
        // TODO: a decaying mean of squares per coordinate.
        throw new NotImplementedException("TODO RmsProp.Step: return x − η·g/(√s + ε) with s ← ρs + (1 − ρ)g².");
    }
}

/// <summary>
/// Adam with bias correction, and AdamW when <see cref="WeightDecay"/> λ &gt; 0. At step t = 1, 2, …:
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), and
/// x ← x − ηλx − η·m̂/(√v̂ + ε) (the decay term uses the x passed in). So the first step is exactly −η·sign(g) when ε = 0.
/// Same rules as <see cref="AdaGrad"/>.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/06-adaptive-methods/README.md</remarks>
public sealed class Adam
{
    /// <summary>Creates the optimiser (given code: the settings are checked here).</summary>
    /// <param name="learningRate">η, positive.</param>
    /// <param name="beta1">β₁, in [0, 1).</param>
    /// <param name="beta2">β₂, in [0, 1).</param>
    /// <param name="epsilon">ε ≥ 0.</param>
    /// <param name="weightDecay">λ ≥ 0, AdamW's decoupled weight decay (0 for plain Adam).</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0)
    {
        LearningRate = OptimizerSettings.Positive(learningRate, nameof(learningRate));
        Beta1 = OptimizerSettings.Fraction(beta1, nameof(beta1));
        Beta2 = OptimizerSettings.Fraction(beta2, nameof(beta2));
        Epsilon = OptimizerSettings.NonNegative(epsilon, nameof(epsilon));
        WeightDecay = OptimizerSettings.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>β₁, the decay of the first moment.</summary>
    public double Beta1 { get; }

    /// <summary>β₂, the decay of the second moment.</summary>
    public double Beta2 { get; }

    /// <summary>ε, added to the root in the denominator.</summary>
    public double Epsilon { get; }

    /// <summary>λ, AdamW's decoupled weight decay (0: plain Adam).</summary>
    public double WeightDecay { get; }

    /// <summary>One Adam (or AdamW) step from x with gradient g.</summary>
    /// <param name="x">The parameters.</param>
    /// <param name="gradient">The gradient at x (of the loss alone: AdamW adds its decay itself).</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Lengths that differ ("length") or an empty x ("empty").</exception>
    public double[] Step(double[] x, double[] gradient)
    {
        // TODO: two moving averages, a step counter, the bias corrections, then the decoupled decay.
        throw new NotImplementedException("TODO Adam.Step: return x − ηλx − η·m̂/(√v̂ + ε) with bias-corrected moments m̂, v̂.");
    }
}
