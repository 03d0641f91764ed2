namespace MathForML.Statistics;

/// <summary>
/// The confusion matrix of a binary classifier: how many samples of each actual class (1 = positive, 0 = negative)
/// were predicted as each class (given code: you use it, you don't write it).
/// </summary>
/// <param name="TruePositives">Actual 1, predicted 1.</param>
/// <param name="FalsePositives">Actual 0, predicted 1.</param>
/// <param name="TrueNegatives">Actual 0, predicted 0.</param>
/// <param name="FalseNegatives">Actual 1, predicted 0.</param>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>The number of samples counted.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
}
