namespace MathForML.CaseStudies;

/// <summary>Reference solution: initialisation scales, seeded weights and the variance of a signal through depth.</summary>
public static class WeightInitialization
{
    /// <summary>σ of the scheme.</summary>
    public static double StandardDeviation(InitScheme scheme, int fanIn, int fanOut)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fanIn, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fanOut, 1);
        return scheme switch
        {
            InitScheme.StandardNormal => 1,
            InitScheme.SmallNormal => 0.01,

            // Var(z) = fan_in·σ²·E[a²] forwards and fan_out·σ² backwards: Xavier balances the two.
            InitScheme.Xavier => Math.Sqrt(2.0 / (fanIn + fanOut)),

            // ReLU zeroes half of a symmetric input, E[a²] = Var(z)/2: the 2 puts that half back.
            InitScheme.He => Math.Sqrt(2.0 / fanIn),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown initialisation scheme."),
        };
    }

    /// <summary>fan_out × fan_in draws of σ·N(0, 1).</summary>
    public static double[,] Weights(InitScheme scheme, int fanIn, int fanOut, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sigma = StandardDeviation(scheme, fanIn, fanOut);
        var w = new double[fanOut, fanIn];
        for (var i = 0; i < fanOut; i++)
        {
            for (var j = 0; j < fanIn; j++)
            {
                w[i, j] = sigma * NormalSampler.Next(random);
            }
        }

        return w;
    }

    /// <summary>Var(zₗ) for l = 1 … L.</summary>
    public static double[] PreActivationVariances(
        InitScheme scheme, Func<double, double> activation, int width, int layers, int samples, Random random)
    {
        // A null random is rejected, by the same name, by the first NormalSampler.Next below.
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);

        var a = new double[samples, width];
        for (var s = 0; s < samples; s++)
        {
            for (var j = 0; j < width; j++)
            {
                a[s, j] = NormalSampler.Next(random);
            }
        }

        var variances = new double[layers];
        for (var l = 0; l < layers; l++)
        {
            var w = Weights(scheme, width, width, random);
            var z = new double[samples, width];
            for (var s = 0; s < samples; s++)
            {
                for (var i = 0; i < width; i++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < width; j++)
                    {
                        sum += w[i, j] * a[s, j];
                    }

                    z[s, i] = sum;
                }
            }

            variances[l] = PopulationVariance(z);
            for (var s = 0; s < samples; s++)
            {
                for (var i = 0; i < width; i++)
                {
                    a[s, i] = activation(z[s, i]);
                }
            }
        }

        return variances;
    }

    /// <summary>The mean of squared deviations from the mean (two passes: no cancellation of E[z²] − E[z]²).</summary>
    private static double PopulationVariance(double[,] z)
    {
        var mean = 0.0;
        foreach (var v in z)
        {
            mean += v;
        }

        mean /= z.Length;
        var sum = 0.0;
        foreach (var v in z)
        {
            sum += (v - mean) * (v - mean);
        }

        return sum / z.Length;
    }
}
