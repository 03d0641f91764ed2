namespace MathForML.Probability;

/// <summary>
/// Monte Carlo estimation: π from random darts, expectations with standard errors, and importance sampling.
/// </summary>
public static class MonteCarlo
{
    /// <summary>π as 4 × the fraction of darts in the quarter disc.</summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="darts">The number of darts.</param>
    /// <param name="inside">Receives the darts inside, or null.</param>
    /// <param name="outside">Receives the others, or null.</param>
    /// <returns>The estimate.</returns>
    public static double EstimatePi(Random random, int darts, IList<double[]>? inside = null, IList<double[]>? outside = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(darts, 1);
        var hits = 0;
        for (var i = 0; i < darts; i++)
        {
            var x = random.NextDouble();
            var y = random.NextDouble();

            // The quarter disc has area π/4 inside the unit square, so each dart lands in it with probability π/4.
            if ((x * x) + (y * y) <= 1)
            {
                hits++;
                inside?.Add([x, y]);
            }
            else
            {
                outside?.Add([x, y]);
            }
        }

        return 4.0 * hits / darts;
    }

    /// <summary>The sample mean of f(X) and its standard error.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="draw">One draw.</param>
    /// <param name="f">The function.</param>
    /// <param name="samples">n.</param>
    /// <returns>(estimate, standard error).</returns>
    public static (double Estimate, double StandardError) Expectation(Random random, Func<Random, double> draw, Func<double, double> f, int samples)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var values = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            values[i] = f(draw(random));
        }

        return MeanAndStandardError(values);
    }

    /// <summary>The mean of f(xᵢ)p(xᵢ)/q(xᵢ) over draws from q, and its standard error.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="proposalDraw">One draw from q.</param>
    /// <param name="proposalDensity">q.</param>
    /// <param name="targetDensity">p.</param>
    /// <param name="f">The function.</param>
    /// <param name="samples">n.</param>
    /// <returns>(estimate, standard error).</returns>
    public static (double Estimate, double StandardError) ImportanceSampling(
        Random random, Func<Random, double> proposalDraw, Func<double, double> proposalDensity, Func<double, double> targetDensity,
        Func<double, double> f, int samples)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(proposalDraw);
        ArgumentNullException.ThrowIfNull(proposalDensity);
        ArgumentNullException.ThrowIfNull(targetDensity);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var values = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var x = proposalDraw(random);
            var q = proposalDensity(x);
            if (!(q > 0))
            {
                throw new InvalidOperationException($"The proposal density is {q} at its own draw {x}: q must be positive wherever it draws.");
            }

            // E_p[f] = ∫ f p = ∫ f (p/q) q = E_q[f·p/q]: the weight p/q corrects for drawing from the wrong distribution.
            values[i] = f(x) * targetDensity(x) / q;
        }

        return MeanAndStandardError(values);
    }

    /// <summary>The mean and s/√n, with s² the two-pass sample variance (divisor n − 1).</summary>
    private static (double Mean, double StandardError) MeanAndStandardError(double[] values)
    {
        var mean = values.Average();
        var sumOfSquares = 0.0;
        foreach (var v in values)
        {
            sumOfSquares += (v - mean) * (v - mean);
        }

        var n = values.Length;
        return (mean, Math.Sqrt(sumOfSquares / (n - 1) / n));
    }
}
