namespace MathForML.Statistics;

/// <summary>
/// The outcome of a chi-squared test (given code: you use it, you don't write it).
/// </summary>
/// <param name="Statistic">χ² = Σ (O − E)²/E over the cells, ≥ 0: how far the observed counts O lie from the expected counts E.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom ν of the chi-squared reference distribution, ≥ 1.</param>
/// <param name="PValue">The upper-tail p-value P(X ≥ χ²) for X ~ χ²(ν): the probability, under the null hypothesis, of counts at least this far from expected.</param>
public sealed record ChiSquaredResult(double Statistic, int DegreesOfFreedom, double PValue);
