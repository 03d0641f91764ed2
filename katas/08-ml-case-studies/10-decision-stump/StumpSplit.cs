namespace MathForML.CaseStudies;

/// <summary>How a decision stump scores a candidate split (given code: read, don't edit).</summary>
public enum SplitCriterion
{
    /// <summary>Information gain: the drop in label entropy, in bits.</summary>
    InformationGain,

    /// <summary>Gini gain: the drop in Gini impurity.</summary>
    Gini,
}

/// <summary>
/// A decision stump: one question "is x[Feature] ≤ Threshold?" and the class predicted on each side (given code).
/// </summary>
/// <param name="Feature">The column index (from 0) of the feature tested.</param>
/// <param name="Threshold">Samples with x[Feature] ≤ Threshold go left, the others right.</param>
/// <param name="Gain">The criterion's gain of this split (bits for information gain).</param>
/// <param name="LeftClass">The majority class of the training samples on the left (smallest label on a tie).</param>
/// <param name="RightClass">The majority class of the training samples on the right (smallest label on a tie).</param>
public sealed record StumpSplit(int Feature, double Threshold, double Gain, int LeftClass, int RightClass)
{
    /// <summary>The class this stump predicts for one sample.</summary>
    /// <param name="x">The sample's features; needs at least <see cref="Feature"/> + 1 entries.</param>
    /// <returns><see cref="LeftClass"/> when x[Feature] ≤ <see cref="Threshold"/>, else <see cref="RightClass"/>.</returns>
    public int Predict(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x[Feature] <= Threshold ? LeftClass : RightClass;
    }
}
