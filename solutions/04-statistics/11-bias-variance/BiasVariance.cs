using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.Statistics;

/// <summary>
/// Reference solution: the bias of an estimator as the average of many estimates minus the truth, and the bias–variance
/// decomposition of polynomial least-squares fits over many redrawn training sets.
/// </summary>
public static class BiasVariance
{
    /// <summary>The average of R estimates, each on n fresh draws, minus the true value.</summary>
    public static double EstimatorBias(Func<double[], double> estimator, Func<double> draw, double trueValue, int sampleSize, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 2);
        var sum = 0.0;
        for (var r = 0; r < repetitions; r++)
        {
            var sample = new double[sampleSize];
            for (var i = 0; i < sampleSize; i++)
            {
                sample[i] = draw();
            }

            sum += estimator(sample);
        }

        return (sum / repetitions) - trueValue;
    }

    /// <summary>Bias², variance (1/R), noise σ² and expected test error of degree-d fits, averaged over the test points.</summary>
    public static BiasVarianceDecomposition Decompose(
        Func<double, double> f, double[] trainX, Func<double> noise, double noiseVariance, int degree, double[] testX, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(trainX);
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentNullException.ThrowIfNull(testX);
        if (trainX.Length == 0 || testX.Length == 0)
        {
            throw new ArgumentException("The training and test points must not be empty.", trainX.Length == 0 ? nameof(trainX) : nameof(testX));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        if (degree >= trainX.Length)
        {
            throw new ArgumentException(
                $"A polynomial of degree {degree} needs more than {degree} training points to be determined, but there are {trainX.Length}.", nameof(degree));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 2);
        if (!(noiseVariance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseVariance), noiseVariance, "The noise variance must be non-negative.");
        }

        // predictions[r, t]: the r-th training set's fit evaluated at the t-th test point.
        // The inputs are the same for every training set, so the least-squares design and its QR factorisation are too.
        var design = Matrix<double>.Build.Dense(trainX.Length, degree + 1, (i, j) => Math.Pow(trainX[i], j));
        var qr = design.QR(QRMethod.Thin);
        var predictions = new double[repetitions, testX.Length];
        var y = Vector<double>.Build.Dense(trainX.Length);
        for (var r = 0; r < repetitions; r++)
        {
            for (var i = 0; i < trainX.Length; i++)
            {
                y[i] = f(trainX[i]) + noise();
            }

            var coefficients = qr.Solve(y).ToArray();
            for (var t = 0; t < testX.Length; t++)
            {
                predictions[r, t] = Polynomial.Evaluate(testX[t], coefficients);
            }
        }

        double biasSquared = 0, variance = 0, meanSquaredGap = 0;
        for (var t = 0; t < testX.Length; t++)
        {
            var truth = f(testX[t]);
            var mean = 0.0;
            for (var r = 0; r < repetitions; r++)
            {
                mean += predictions[r, t];
            }

            mean /= repetitions;
            // Divide by R: the identity bias² + variance = mean squared gap holds exactly for the R fits at hand.
            double spread = 0, gap = 0;
            for (var r = 0; r < repetitions; r++)
            {
                spread += (predictions[r, t] - mean) * (predictions[r, t] - mean);
                gap += (truth - predictions[r, t]) * (truth - predictions[r, t]);
            }

            biasSquared += (mean - truth) * (mean - truth);
            variance += spread / repetitions;
            meanSquaredGap += gap / repetitions;
        }

        var m = testX.Length;
        return new BiasVarianceDecomposition(biasSquared / m, variance / m, noiseVariance, (meanSquaredGap / m) + noiseVariance);
    }
}
