namespace MathForML.Statistics;

/// <summary>
/// How a model is scored: for binary classification the confusion matrix, accuracy, precision, recall, F1, the ROC
/// curve and its area (AUC); for regression the mean squared and absolute errors and R².
/// </summary>
/// <remarks>
/// Labels are 0 (negative) or 1 (positive). Zero-division conventions: a ratio whose denominator is 0 is 0 (precision
/// with no predicted positives, recall with no actual positives, F1 with no true positive). Bad input: null →
/// <see cref="ArgumentNullException"/>; arrays of different lengths → <see cref="ArgumentException"/> with "length";
/// empty arrays → "empty"; a label other than 0 or 1 → "0 or 1"; a ROC curve or AUC without both classes → "positive";
/// a NaN score → "NaN"; R² of constant actual values → "constant".
/// Lesson: katas/04-statistics/13-metrics/README.md
/// </remarks>
public static class Metrics
{
    /// <summary>The counts of (actual, predicted) pairs: true/false positives and negatives.</summary>
    /// <param name="actual">The true labels, 0 or 1.</param>
    /// <param name="predicted">The predicted labels, 0 or 1, as many.</param>
    /// <returns>The confusion matrix.</returns>
    /// <exception cref="ArgumentException">
    /// Lengths differ ("length"), the arrays are empty ("empty"), or a label is not 0 or 1 ("0 or 1", and the message shows
    /// the first such label).
    /// </exception>
    public static ConfusionMatrix Confusion(int[] actual, int[] predicted)
    {
        // TODO: count the four kinds of pair.
        throw new NotImplementedException("TODO Metrics.Confusion: return the counts of true/false positives and negatives.");
    }

    /// <summary>Accuracy (TP + TN)/N: the share of correct predictions.</summary>
    /// <param name="m">The confusion matrix.</param>
    /// <returns>A number in [0, 1].</returns>
    /// <exception cref="ArgumentException">The matrix counts no sample ("empty").</exception>
    public static double Accuracy(ConfusionMatrix m)
    {
        // TODO: correct over all.
        throw new NotImplementedException("TODO Metrics.Accuracy: return (TP + TN) / N.");
    }

    /// <summary>Precision TP/(TP + FP): the share of predicted positives that are positive; 0 when nothing is predicted positive.</summary>
    /// <param name="m">The confusion matrix.</param>
    /// <returns>A number in [0, 1].</returns>
    public static double Precision(ConfusionMatrix m)
    {
        // TODO: mind the zero-division convention.
        throw new NotImplementedException("TODO Metrics.Precision: return TP / (TP + FP), or 0 when there are no predicted positives.");
    }

    /// <summary>Recall TP/(TP + FN): the share of actual positives that are found; 0 when there are no actual positives.</summary>
    /// <param name="m">The confusion matrix.</param>
    /// <returns>A number in [0, 1].</returns>
    public static double Recall(ConfusionMatrix m)
    {
        // TODO: mind the zero-division convention.
        throw new NotImplementedException("TODO Metrics.Recall: return TP / (TP + FN), or 0 when there are no actual positives.");
    }

    /// <summary>F1, the harmonic mean 2PR/(P + R) of precision and recall; 0 when there is no true positive.</summary>
    /// <param name="m">The confusion matrix.</param>
    /// <returns>A number in [0, 1].</returns>
    public static double F1(ConfusionMatrix m)
    {
        // TODO: a harmonic mean, not an arithmetic one.
        throw new NotImplementedException("TODO Metrics.F1: return the harmonic mean of precision and recall.");
    }

    /// <summary>
    /// The ROC curve of scores against labels: one point per threshold as <see cref="RocCurve"/> describes, so tied
    /// scores make one step (diagonal when the tie mixes classes), from (0, 0) to (1, 1).
    /// </summary>
    /// <param name="labels">The true labels, 0 or 1, with at least one of each.</param>
    /// <param name="scores">The scores (higher = more positive), as many, none NaN.</param>
    /// <returns>The curve, with one more point than there are distinct scores.</returns>
    /// <exception cref="ArgumentException">Lengths differ ("length"), empty ("empty"), a label not 0 or 1 ("0 or 1"), one class missing ("positive"), a NaN score ("NaN").</exception>
    public static RocCurve Roc(int[] labels, double[] scores)
    {
        // TODO: sort by score, descending; move one threshold at a time, a whole group of equal scores at once.
        throw new NotImplementedException("TODO Metrics.Roc: return the ROC points, one per distinct score.");
    }

    /// <summary>
    /// The area under the ROC curve: the probability that a random positive scores above a random negative, ties
    /// counting one half — U/(n₊·n₋) of the Mann–Whitney test. Exact to rounding.
    /// </summary>
    /// <param name="labels">The true labels, 0 or 1, with at least one of each.</param>
    /// <param name="scores">The scores, as many, none NaN.</param>
    /// <returns>A number in [0, 1].</returns>
    /// <exception cref="ArgumentException">As for <see cref="Roc"/>.</exception>
    public static double Auc(int[] labels, double[] scores)
    {
        // TODO: the trapezoids under your ROC curve.
        throw new NotImplementedException("TODO Metrics.Auc: return the area under the ROC curve, ties counting one half.");
    }

    /// <summary>The mean squared error (1/n)·Σ(yᵢ − ŷᵢ)².</summary>
    /// <param name="actual">The true values y.</param>
    /// <param name="predicted">The predictions ŷ, as many.</param>
    /// <returns>The MSE, ≥ 0.</returns>
    /// <exception cref="ArgumentException">Lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double MeanSquaredError(double[] actual, double[] predicted)
    {
        // TODO: average the squared residuals.
        throw new NotImplementedException("TODO Metrics.MeanSquaredError: return the mean of the squared residuals.");
    }

    /// <summary>The mean absolute error (1/n)·Σ|yᵢ − ŷᵢ|.</summary>
    /// <param name="actual">The true values y.</param>
    /// <param name="predicted">The predictions ŷ, as many.</param>
    /// <returns>The MAE, ≥ 0.</returns>
    /// <exception cref="ArgumentException">Lengths differ ("length") or the arrays are empty ("empty").</exception>
    public static double MeanAbsoluteError(double[] actual, double[] predicted)
    {
        // TODO: average the absolute residuals.
        throw new NotImplementedException("TODO Metrics.MeanAbsoluteError: return the mean of the absolute residuals.");
    }

    /// <summary>
    /// The coefficient of determination R² = 1 − Σ(yᵢ − ŷᵢ)²/Σ(yᵢ − ȳ)²: 1 for a perfect fit, 0 for predicting the mean
    /// ȳ, negative for worse. Accurate to about 1e-9 relative even when the values share a large offset (1e9).
    /// </summary>
    /// <param name="actual">The true values y, not all equal.</param>
    /// <param name="predicted">The predictions ŷ, as many.</param>
    /// <returns>R², at most 1.</returns>
    /// <exception cref="ArgumentException">Lengths differ ("length"), empty ("empty"), or the actual values are constant ("constant").</exception>
    public static double RSquared(double[] actual, double[] predicted)
    {
        // TODO: residual sum of squares over total sum of squares.
        throw new NotImplementedException("TODO Metrics.RSquared: return 1 − SS_res / SS_tot.");
    }
}
