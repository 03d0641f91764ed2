namespace MathForML.Calculus;

/// <summary>What the second-order test says about a critical point (a point where the gradient is zero).</summary>
public enum CriticalPointKind
{
    /// <summary>A strict local minimum: the curvature is positive in every direction.</summary>
    Minimum,

    /// <summary>A strict local maximum: the curvature is negative in every direction.</summary>
    Maximum,

    /// <summary>A saddle: the function curves up in some direction and down in another.</summary>
    Saddle,

    /// <summary>The second-order test cannot decide: the curvature is zero in some direction (and no two directions disagree in sign).</summary>
    Inconclusive,
}
