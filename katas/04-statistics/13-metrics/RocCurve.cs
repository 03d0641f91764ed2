namespace MathForML.Statistics;

/// <summary>
/// The points of a ROC curve, one per threshold (given code: you use it, you don't write it): at threshold t every
/// sample with score ≥ t is predicted positive, and point i is (FalsePositiveRates[i], TruePositiveRates[i]).
/// </summary>
/// <param name="Thresholds">+∞ first (nothing predicted positive), then every distinct score in descending order.</param>
/// <param name="FalsePositiveRates">FP/n₋ at each threshold, from 0 up to 1.</param>
/// <param name="TruePositiveRates">TP/n₊ at each threshold, from 0 up to 1.</param>
public sealed record RocCurve(double[] Thresholds, double[] FalsePositiveRates, double[] TruePositiveRates);
