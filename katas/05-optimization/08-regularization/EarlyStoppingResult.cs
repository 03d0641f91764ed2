namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): what <see cref="Regularization.EarlyStopping"/> returns.
/// </summary>
/// <param name="Weights">The iterate with the smallest validation loss (a new array).</param>
/// <param name="BestIteration">Its index k: w₀ = 0 is iteration 0, the first step gives iteration 1.</param>
/// <param name="ValidationLosses">The validation loss of every iterate computed, from w₀ on: entry k belongs to wₖ.</param>
public sealed record EarlyStoppingResult(double[] Weights, int BestIteration, double[] ValidationLosses);
