namespace MathForML.Optimization;

/// <summary>Reference solution: AdaGrad, x ← x − η·g/(√G + ε) with G the running sum of g².</summary>
public sealed class AdaGrad
{
    private double[]? sumOfSquares;

    /// <summary>Creates the optimiser with its settings; state is allocated on the first step.</summary>
    public AdaGrad(double learningRate = 0.01, double epsilon = 1e-8)
    {
        LearningRate = OptimizerSettings.Positive(learningRate, nameof(learningRate));
        Epsilon = OptimizerSettings.NonNegative(epsilon, nameof(epsilon));
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>ε, added to the root in the denominator.</summary>
    public double Epsilon { get; }

    /// <summary>One step from x with gradient g.</summary>
    public double[] Step(double[] x, double[] gradient)
    {
        sumOfSquares = AdaptiveGuard.State(sumOfSquares, x, gradient);
        var next = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            sumOfSquares[i] += gradient[i] * gradient[i];
            next[i] = x[i] - (LearningRate * AdaptiveGuard.Ratio(gradient[i], Math.Sqrt(sumOfSquares[i]), Epsilon));
        }

        return next;
    }
}

/// <summary>Reference solution: RMSProp, x ← x − η·g/(√s + ε) with s ← ρs + (1 − ρ)g².</summary>
public sealed class RmsProp
{
    private double[]? meanSquare;

    /// <summary>Creates the optimiser with its settings; state is allocated on the first step.</summary>
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

    /// <summary>One step from x with gradient g.</summary>
    public double[] Step(double[] x, double[] gradient)
    {
        meanSquare = AdaptiveGuard.State(meanSquare, x, gradient);
        var next = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            meanSquare[i] = (Decay * meanSquare[i]) + ((1 - Decay) * gradient[i] * gradient[i]);
            next[i] = x[i] - (LearningRate * AdaptiveGuard.Ratio(gradient[i], Math.Sqrt(meanSquare[i]), Epsilon));
        }

        return next;
    }
}

/// <summary>Reference solution: Adam with bias correction, and AdamW's decoupled weight decay when weightDecay &gt; 0.</summary>
public sealed class Adam
{
    private double[]? m;
    private double[]? v;
    private int t;

    /// <summary>Creates the optimiser with its settings; state is allocated on the first step.</summary>
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

    /// <summary>One step from x with gradient g.</summary>
    public double[] Step(double[] x, double[] gradient)
    {
        m = AdaptiveGuard.State(m, x, gradient);
        v ??= new double[x.Length];
        t++;

        // The moving averages start at 0, so early on they are too small by the factors 1 − β₁ᵗ and 1 − β₂ᵗ.
        var correction1 = 1 - Math.Pow(Beta1, t);
        var correction2 = 1 - Math.Pow(Beta2, t);
        var next = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            m[i] = (Beta1 * m[i]) + ((1 - Beta1) * gradient[i]);
            v[i] = (Beta2 * v[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            var mHat = m[i] / correction1;
            var vHat = v[i] / correction2;

            // AdamW: the decay shrinks the weight directly, outside the adaptive scaling.
            var decayed = x[i] - (LearningRate * WeightDecay * x[i]);
            next[i] = decayed - (LearningRate * AdaptiveGuard.Ratio(mHat, Math.Sqrt(vHat), Epsilon));
        }

        return next;
    }
}

/// <summary>Checks shared by the adaptive optimisers.</summary>
internal static class AdaptiveGuard
{
    /// <summary>The per-coordinate state, allocated on the first step; the lengths of x, g and the state must agree.</summary>
    public static double[] State(double[]? state, double[] x, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gradient);
        if (x.Length == 0)
        {
            throw new ArgumentException("The parameter vector is empty.", nameof(x));
        }

        if (gradient.Length != x.Length)
        {
            throw new ArgumentException($"The gradient has length {gradient.Length} but x has {x.Length} entries.", nameof(gradient));
        }

        if (state is not null && state.Length != x.Length)
        {
            throw new ArgumentException($"This optimiser was used with {state.Length} parameters; x now has length {x.Length}.", nameof(x));
        }

        return state ?? new double[x.Length];
    }

    /// <summary>numerator/(root + ε), with 0/0 = 0 (a coordinate that has never had a gradient does not move).</summary>
    public static double Ratio(double numerator, double root, double epsilon)
    {
        var denominator = root + epsilon;
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
