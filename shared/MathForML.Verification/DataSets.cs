namespace MathForML.Verification;

/// <summary>A linear regression data set produced by <see cref="TestData.Regression"/>.</summary>
/// <param name="Features">The design matrix X, samples × features (no column of ones).</param>
/// <param name="Targets">The targets y, one per sample.</param>
/// <param name="Coefficients">The true weights w used to generate the targets.</param>
/// <param name="Intercept">The true intercept b used to generate the targets.</param>
public sealed record RegressionData(double[,] Features, double[] Targets, double[] Coefficients, double Intercept);

/// <summary>A classification data set produced by <see cref="TestData.Classification"/>.</summary>
/// <param name="Features">The inputs, samples × features.</param>
/// <param name="Labels">The class of each sample, in 0 … <paramref name="Classes"/> − 1.</param>
/// <param name="Classes">The number of classes.</param>
public sealed record ClassificationData(double[,] Features, int[] Labels, int Classes);
