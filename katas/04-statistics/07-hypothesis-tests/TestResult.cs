namespace MathForML.Statistics;

/// <summary>
/// The outcome of a hypothesis test (given code: you use it, you don't write it).
/// </summary>
/// <param name="Statistic">The test statistic (t or z), signed: positive when the data lie above the null value.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom of its reference distribution (∞ for a normal reference).</param>
/// <param name="PValue">The two-sided p-value: the probability, under the null hypothesis, of a statistic at least this far from 0.</param>
public sealed record TestResult(double Statistic, double DegreesOfFreedom, double PValue);
