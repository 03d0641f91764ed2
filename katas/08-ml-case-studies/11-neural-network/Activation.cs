namespace MathForML.CaseStudies;

/// <summary>The element-wise activation of a hidden layer (given code: read, don't edit).</summary>
public enum Activation
{
    /// <summary>The rectified linear unit max(0, z).</summary>
    ReLU,

    /// <summary>The hyperbolic tangent tanh z.</summary>
    Tanh,

    /// <summary>The logistic sigmoid σ(z) = 1/(1 + e⁻ᶻ).</summary>
    Sigmoid,
}
