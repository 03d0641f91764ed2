namespace MathForML.Statistics;

/// <summary>
/// The bias–variance decomposition of a model's expected squared test error, averaged over the test points (given
/// code: you use it, you don't write it).
/// </summary>
/// <param name="BiasSquared">The squared gap between the average prediction and the true function, averaged over the test points.</param>
/// <param name="Variance">The spread of the predictions around their average (divided by R, the number of training sets), averaged over the test points.</param>
/// <param name="Noise">The irreducible error σ²: the variance of the noise on a new label.</param>
/// <param name="ExpectedTestError">The expected squared error of a prediction against a new noisy label, averaged over training sets and test points.</param>
public sealed record BiasVarianceDecomposition(double BiasSquared, double Variance, double Noise, double ExpectedTestError);
