namespace MathForML.Statistics;

/// <summary>
/// Reference solution: counts for the confusion matrix and its ratios, the ROC curve by sweeping a threshold down the
/// sorted scores a tie group at a time, AUC by trapezoids, and two-pass sums of squares for R².
/// </summary>
public static class Metrics
{
    /// <summary>Counts of the four (actual, predicted) pairs.</summary>
    public static ConfusionMatrix Confusion(int[] actual, int[] predicted)
    {
        CheckPair(actual, predicted);
        CheckBinary(actual, nameof(actual));
        CheckBinary(predicted, nameof(predicted));
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            switch ((actual[i], predicted[i]))
            {
                case (1, 1): tp++; break;
                case (0, 1): fp++; break;
                case (0, 0): tn++; break;
                default: fn++; break;
            }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /// <summary>(TP + TN)/N.</summary>
    public static double Accuracy(ConfusionMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (m.Total == 0)
        {
            throw new ArgumentException("The confusion matrix is empty: it counts no sample.", nameof(m));
        }

        return (double)(m.TruePositives + m.TrueNegatives) / m.Total;
    }

    /// <summary>TP/(TP + FP), 0 without predicted positives.</summary>
    public static double Precision(ConfusionMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return Ratio(m.TruePositives, m.TruePositives + m.FalsePositives);
    }

    /// <summary>TP/(TP + FN), 0 without actual positives.</summary>
    public static double Recall(ConfusionMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return Ratio(m.TruePositives, m.TruePositives + m.FalseNegatives);
    }

    /// <summary>2PR/(P + R) = 2TP/(2TP + FP + FN), 0 without a true positive.</summary>
    public static double F1(ConfusionMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        // The count form avoids 0/0 when P = R = 0 and equals 2PR/(P + R) otherwise.
        return Ratio(2 * m.TruePositives, (2 * m.TruePositives) + m.FalsePositives + m.FalseNegatives);
    }

    /// <summary>One ROC point per distinct score, sweeping the threshold from +∞ down.</summary>
    public static RocCurve Roc(int[] labels, double[] scores)
    {
        CheckPair(labels, scores);
        CheckBinary(labels, nameof(labels));
        if (scores.Any(double.IsNaN))
        {
            throw new ArgumentException("A score is NaN: it cannot be ranked.", nameof(scores));
        }

        var positives = labels.Count(l => l == 1);
        var negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException(
                $"A ROC curve needs at least one positive and one negative label, but there are {positives} positive and {negatives} negative.", nameof(labels));
        }

        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        List<double> thresholds = [double.PositiveInfinity], fpr = [0], tpr = [0];
        int tp = 0, fp = 0;
        for (var start = 0; start < order.Length;)
        {
            // Every sample tied at this score crosses the threshold together: one step, diagonal if the tie mixes classes.
            var score = scores[order[start]];
            var end = start;
            while (end < order.Length && scores[order[end]] == score)
            {
                if (labels[order[end]] == 1)
                {
                    tp++;
                }
                else
                {
                    fp++;
                }

                end++;
            }

            thresholds.Add(score);
            fpr.Add((double)fp / negatives);
            tpr.Add((double)tp / positives);
            start = end;
        }

        return new RocCurve([.. thresholds], [.. fpr], [.. tpr]);
    }

    /// <summary>The trapezoids under the grouped ROC curve (= Mann–Whitney U/(n₊n₋) with ties counting one half).</summary>
    public static double Auc(int[] labels, double[] scores)
    {
        var roc = Roc(labels, scores);
        var area = 0.0;
        for (var i = 1; i < roc.Thresholds.Length; i++)
        {
            area += (roc.FalsePositiveRates[i] - roc.FalsePositiveRates[i - 1]) * (roc.TruePositiveRates[i] + roc.TruePositiveRates[i - 1]) / 2;
        }

        return area;
    }

    /// <summary>(1/n)·Σ(yᵢ − ŷᵢ)².</summary>
    public static double MeanSquaredError(double[] actual, double[] predicted)
    {
        CheckPair(actual, predicted);
        return actual.Zip(predicted, (y, p) => (y - p) * (y - p)).Average();
    }

    /// <summary>(1/n)·Σ|yᵢ − ŷᵢ|.</summary>
    public static double MeanAbsoluteError(double[] actual, double[] predicted)
    {
        CheckPair(actual, predicted);
        return actual.Zip(predicted, (y, p) => Math.Abs(y - p)).Average();
    }

    /// <summary>1 − SS_res/SS_tot, the total sum of squares taken about the mean (two passes, so large offsets cancel exactly).</summary>
    public static double RSquared(double[] actual, double[] predicted)
    {
        CheckPair(actual, predicted);
        var mean = actual.Average();
        var total = actual.Sum(y => (y - mean) * (y - mean));
        if (total == 0)
        {
            throw new ArgumentException("The actual values are constant: R² divides by their spread, which is 0.", nameof(actual));
        }

        var residual = actual.Zip(predicted, (y, p) => (y - p) * (y - p)).Sum();
        return 1 - (residual / total);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static void CheckPair<TA, TB>(TA[] first, TB[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length != second.Length)
        {
            throw new ArgumentException($"The arrays must have one length, but they have {first.Length} and {second.Length} entries.", nameof(second));
        }

        if (first.Length == 0)
        {
            throw new ArgumentException("The arrays are empty: there is nothing to score.", nameof(first));
        }
    }

    private static void CheckBinary(int[] labels, string name)
    {
        if (labels.Any(l => l is not (0 or 1)))
        {
            throw new ArgumentException($"Every label must be 0 or 1, but {labels.First(l => l is not (0 or 1))} is not.", name);
        }
    }
}
