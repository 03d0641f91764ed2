namespace MathForML.CaseStudies;

/// <summary>A fitted Gaussian naive Bayes classifier (given code: you use it, you don't write it).</summary>
/// <param name="LogPriors">log P(y = c) for each class c, K entries.</param>
/// <param name="Means">The mean of feature j in class c at [c, j], K × d.</param>
/// <param name="Variances">The (smoothed) variance of feature j in class c at [c, j], K × d, all positive.</param>
public sealed record NaiveBayesModel(double[] LogPriors, double[,] Means, double[,] Variances);
