using MathNet.Numerics.Distributions;

namespace MathForML.Statistics;

/// <summary>Reference solution: one-sample and Welch t-tests and the one-sample z-test for a proportion, two-sided.</summary>
public static class SignificanceTesting
{
    /// <summary>t = (x̄ − μ₀)/(s/√n), ν = n − 1.</summary>
    public static TestResult OneSampleT(double[] data, double mu0)
    {
        RequireFinite(mu0, nameof(mu0));
        var variance = DescriptiveStatistics.Variance(data); // rejects null, empty, NaN and n < 2
        RequireSpread(variance, nameof(data));
        var n = data.Length;
        var t = (DescriptiveStatistics.Mean(data) - mu0) / Math.Sqrt(variance / n);
        return WithStudentP(t, n - 1);
    }

    /// <summary>t = (x̄ₐ − x̄ᵦ)/√(sₐ²/nₐ + sᵦ²/nᵦ) with the Welch–Satterthwaite degrees of freedom.</summary>
    public static TestResult WelchT(double[] a, double[] b)
    {
        var (va, vb) = (DescriptiveStatistics.Variance(a) / a.Length, DescriptiveStatistics.Variance(b) / b.Length);
        RequireSpread(va + vb, nameof(a));
        var t = (DescriptiveStatistics.Mean(a) - DescriptiveStatistics.Mean(b)) / Math.Sqrt(va + vb);
        // ν = (vₐ + vᵦ)² / (vₐ²/(nₐ − 1) + vᵦ²/(nᵦ − 1)), with vₐ = sₐ²/nₐ; written with a ratio so that nothing overflows.
        var r = va / (va + vb);
        var nu = 1 / ((r * r / (a.Length - 1)) + ((1 - r) * (1 - r) / (b.Length - 1)));
        return WithStudentP(t, nu);
    }

    /// <summary>z = (p̂ − p₀)/√(p₀(1 − p₀)/n), normal reference.</summary>
    public static TestResult ProportionZ(int successes, int trials, double p0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"The successes must lie between 0 and the {trials} trials.");
        }

        if (double.IsNaN(p0) || p0 <= 0 || p0 >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p0), p0, "The null proportion p₀ must lie strictly between 0 and 1.");
        }

        var z = (((double)successes / trials) - p0) / Math.Sqrt(p0 * (1 - p0) / trials);
        // 2Φ(−|z|) rather than 2(1 − Φ(|z|)): the subtraction would round every p below 1e-16 to 0.
        return new TestResult(z, double.PositiveInfinity, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    private static TestResult WithStudentP(double t, double nu) => new(t, nu, 2 * StudentT.CDF(0, 1, nu, -Math.Abs(t)));

    private static void RequireSpread(double variance, string name)
    {
        if (variance == 0)
        {
            throw new ArgumentException("The data are constant: with zero variance the t statistic is undefined.", name);
        }
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The null value must be finite.");
        }
    }
}
