namespace MathForML.Statistics;

/// <summary>
/// A fitted feature scaler (given code: you use it, you don't write it): column j is mapped by
/// zⱼ = (xⱼ − Center[j]) / Scale[j]. Fit it on the training data only, then transform every data set with it.
/// </summary>
/// <param name="Center">What is subtracted from each column (its mean, minimum or median).</param>
/// <param name="Scale">What each centred column is divided by (its standard deviation, range or IQR; 1 for a constant column).</param>
public sealed record Scaler(double[] Center, double[] Scale);
