using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.Verification;

/// <summary>
/// Reproducible random inputs for kata tests: vectors, matrices with chosen structure (symmetric positive
/// definite, orthogonal, given condition number), probability vectors and small regression and
/// classification data sets. The same seed always produces the same data, bit for bit.
/// </summary>
/// <remarks>
/// Each call draws from one shared <see cref="SeededRandom"/>, so the data depend on the seed and on the order of
/// calls; create one <see cref="TestData"/> per test. Invalid sizes or ranges throw
/// <see cref="ArgumentOutOfRangeException"/> (or <see cref="ArgumentException"/>) naming the parameter.
/// </remarks>
public sealed class TestData
{
    /// <summary>Creates a generator for one test.</summary>
    /// <param name="seed">Any value; tests conventionally use small literals such as 42.</param>
    public TestData(int seed)
    {
        Seed = seed;
        Random = new SeededRandom(seed);
    }

    /// <summary>The seed this generator started from (useful in failure messages).</summary>
    public int Seed { get; }

    /// <summary>The underlying generator, for draws the helpers below do not cover.</summary>
    public SeededRandom Random { get; }

    /// <summary>A vector of independent uniform entries on [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="length">The number of entries, non-negative.</param>
    /// <param name="min">The inclusive lower bound.</param>
    /// <param name="max">The exclusive upper bound, greater than <paramref name="min"/>.</param>
    /// <returns>A new array.</returns>
    public double[] Vector(int length, double min = -1, double max = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        SeededRandom.RequireInterval(min, max);
        var vector = new double[length];
        for (var i = 0; i < length; i++)
        {
            vector[i] = Random.Uniform(min, max);
        }

        return vector;
    }

    /// <summary>A vector of independent normal entries.</summary>
    /// <param name="length">The number of entries, non-negative.</param>
    /// <param name="mean">The mean of each entry.</param>
    /// <param name="stdDev">The standard deviation of each entry, non-negative.</param>
    /// <returns>A new array.</returns>
    public double[] GaussianVector(int length, double mean = 0, double stdDev = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        SeededRandom.RequireFinite(mean, nameof(mean));
        SeededRandom.RequireFinite(stdDev, nameof(stdDev));
        ArgumentOutOfRangeException.ThrowIfNegative(stdDev);
        var vector = new double[length];
        for (var i = 0; i < length; i++)
        {
            vector[i] = Random.Gaussian(mean, stdDev);
        }

        return vector;
    }

    /// <summary>A matrix of independent uniform entries on [<paramref name="min"/>, <paramref name="max"/>), filled row by row.</summary>
    /// <param name="rows">The number of rows, non-negative.</param>
    /// <param name="columns">The number of columns, non-negative.</param>
    /// <param name="min">The inclusive lower bound.</param>
    /// <param name="max">The exclusive upper bound, greater than <paramref name="min"/>.</param>
    /// <returns>A new rows × columns array.</returns>
    public double[,] Matrix(int rows, int columns, double min = -1, double max = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        SeededRandom.RequireInterval(min, max);
        var matrix = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                matrix[i, j] = Random.Uniform(min, max);
            }
        }

        return matrix;
    }

    /// <summary>
    /// A well-conditioned symmetric positive definite matrix <c>BᵀB / n + I</c> with standard normal B.
    /// Its eigenvalues lie, with high probability, between 1 and about 5, so its condition number is small;
    /// only the upper triangle is computed and then mirrored, so it is exactly symmetric.
    /// </summary>
    /// <param name="n">The size, positive.</param>
    /// <returns>A new n × n array.</returns>
    public double[,] Spd(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var b = GaussianMatrix(n, n);
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += b[k, i] * b[k, j];
                }

                a[i, j] = sum / n;
                a[j, i] = a[i, j];
            }

            a[i, i] += 1;
        }

        return a;
    }

    /// <summary>
    /// A random orthogonal matrix, distributed uniformly (Haar measure): the Q of a QR factorisation of a standard
    /// normal matrix, with column j multiplied by the sign of R[j, j] so that the factorisation's sign
    /// convention does not bias the result.
    /// </summary>
    /// <param name="n">The size, positive.</param>
    /// <returns>A new n × n array.</returns>
    public double[,] Orthogonal(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var qr = Matrix<double>.Build.DenseOfArray(GaussianMatrix(n, n)).QR(QRMethod.Full);
        var q = qr.Q.ToArray();
        var r = qr.R;
        for (var j = 0; j < n; j++)
        {
            if (r[j, j] < 0)
            {
                for (var i = 0; i < n; i++)
                {
                    q[i, j] = -q[i, j];
                }
            }
        }

        return q;
    }

    /// <summary>
    /// A matrix with a chosen 2-norm condition number: <c>U · diag(σ) · Vᵀ</c> with random orthogonal U and V and
    /// singular values log-spaced from 1 down to <c>1 / conditionNumber</c>, so σmax / σmin equals the request
    /// up to rounding.
    /// </summary>
    /// <param name="n">The size, positive.</param>
    /// <param name="conditionNumber">The condition number, finite and at least 1 (exactly 1 when n is 1).</param>
    /// <returns>A new n × n array.</returns>
    public double[,] WithConditionNumber(int n, double conditionNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (!double.IsFinite(conditionNumber) || conditionNumber < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(conditionNumber), conditionNumber, "A condition number must be finite and at least 1.");
        }

        if (n == 1 && conditionNumber != 1)
        {
            throw new ArgumentException("A 1x1 matrix always has condition number 1.", nameof(conditionNumber));
        }

        var sigma = new double[n];
        var logKappa = PortableMath.Log(conditionNumber);
        for (var k = 0; k < n; k++)
        {
            sigma[k] = k == 0 ? 1 : k == n - 1 ? 1 / conditionNumber : PortableMath.Exp(-logKappa * k / (n - 1));
        }

        var u = Orthogonal(n);
        var v = Orthogonal(n);
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += u[i, k] * sigma[k] * v[j, k];
                }

                a[i, j] = sum;
            }
        }

        return a;
    }

    /// <summary>
    /// A random point of the probability simplex, uniformly distributed: independent exponential draws divided by
    /// their sum. Every entry is strictly positive; the entries sum to 1 up to rounding (within a few multiples of
    /// 1e-16 times the length), so compare the sum with a tolerance such as <see cref="Tolerance.Tight"/>.
    /// </summary>
    /// <param name="length">The number of entries, positive.</param>
    /// <returns>A new array.</returns>
    public double[] ProbabilityVector(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var p = new double[length];
        var total = 0.0;
        for (var i = 0; i < length; i++)
        {
            p[i] = -PortableMath.Log(Random.NextOpenDouble());
            total += p[i];
        }

        for (var i = 0; i < length; i++)
        {
            p[i] /= total;
        }

        return p;
    }

    /// <summary>
    /// A linear regression data set: features uniform on [-1, 1) and targets <c>y = X w + b + noise</c>, the noise
    /// normal with standard deviation <paramref name="noiseStdDev"/>. All features are drawn before any noise,
    /// so the same seed gives the same features whatever the noise level.
    /// </summary>
    /// <param name="samples">The number of rows, positive.</param>
    /// <param name="coefficients">The true weights w, one per feature (at least one); copied.</param>
    /// <param name="intercept">The true intercept b.</param>
    /// <param name="noiseStdDev">The noise standard deviation, non-negative (0 gives exact targets).</param>
    /// <returns>The data set.</returns>
    public RegressionData Regression(int samples, double[] coefficients, double intercept = 0, double noiseStdDev = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length == 0)
        {
            throw new ArgumentException("At least one coefficient is needed.", nameof(coefficients));
        }

        if (!coefficients.All(double.IsFinite))
        {
            throw new ArgumentException("Coefficients must be finite.", nameof(coefficients));
        }

        SeededRandom.RequireFinite(intercept, nameof(intercept));
        SeededRandom.RequireFinite(noiseStdDev, nameof(noiseStdDev));
        ArgumentOutOfRangeException.ThrowIfNegative(noiseStdDev);

        var features = Matrix(samples, coefficients.Length);
        var targets = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var y = intercept;
            for (var j = 0; j < coefficients.Length; j++)
            {
                y += features[i, j] * coefficients[j];
            }

            targets[i] = y;
        }

        if (noiseStdDev > 0)
        {
            for (var i = 0; i < samples; i++)
            {
                targets[i] += noiseStdDev * Random.Gaussian();
            }
        }

        return new RegressionData(features, targets, (double[])coefficients.Clone(), intercept);
    }

    /// <summary>
    /// A classification data set of Gaussian blobs: each class has a centre, and its samples are the centre plus
    /// standard normal noise in every feature. The centres are random directions scaled so that the closest pair
    /// is exactly <paramref name="separation"/> apart, in units of the blob standard deviation (3 gives mostly
    /// separable classes, 0 identical ones). Rows are shuffled so classes are interleaved.
    /// </summary>
    /// <param name="samplesPerClass">The number of samples in each class, positive.</param>
    /// <param name="classes">The number of classes, at least 2; labels are 0 … classes − 1.</param>
    /// <param name="features">The number of features, positive.</param>
    /// <param name="separation">The distance between the closest pair of centres, finite and non-negative.</param>
    /// <returns>The data set.</returns>
    public ClassificationData Classification(int samplesPerClass, int classes, int features, double separation = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samplesPerClass);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(features);
        SeededRandom.RequireFinite(separation, nameof(separation));
        ArgumentOutOfRangeException.ThrowIfNegative(separation);

        var centres = GaussianMatrix(classes, features);
        var closest = double.PositiveInfinity;
        for (var a = 0; a < classes; a++)
        {
            for (var b = a + 1; b < classes; b++)
            {
                var squared = 0.0;
                for (var f = 0; f < features; f++)
                {
                    var d = centres[a, f] - centres[b, f];
                    squared += d * d;
                }

                closest = Math.Min(closest, Math.Sqrt(squared));
            }
        }

        // Two continuous draws coincide with probability zero; guard anyway rather than divide by zero.
        var scale = closest > 0 ? separation / closest : 0;

        var order = Enumerable.Range(0, samplesPerClass * classes).ToArray();
        Random.Shuffle(order);
        var x = new double[order.Length, features];
        var labels = new int[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            // Sample n belongs to class n / samplesPerClass and is stored at its shuffled row.
            var label = n / samplesPerClass;
            var row = order[n];
            labels[row] = label;
            for (var f = 0; f < features; f++)
            {
                x[row, f] = (scale * centres[label, f]) + Random.Gaussian();
            }
        }

        return new ClassificationData(x, labels, classes);
    }

    /// <summary>
    /// The Hilbert matrix <c>H[i, j] = 1 / (i + j + 1)</c>: symmetric positive definite yet famously
    /// ill-conditioned (κ ≈ 1.5e10 at n = 8), the classic stress test for linear solvers.
    /// </summary>
    /// <param name="n">The size, positive.</param>
    /// <returns>A new n × n array.</returns>
    public static double[,] Hilbert(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] = 1.0 / (i + j + 1);
            }
        }

        return h;
    }

    /// <summary>
    /// One draw from a categorical distribution: the first category whose cumulative probability exceeds one
    /// <c>random.NextDouble()</c> (the last category takes any rounding remainder).
    /// </summary>
    /// <param name="probabilities">The category probabilities, summing to 1.</param>
    /// <param name="random">The source of randomness (seeded by the caller).</param>
    /// <returns>The category index, in 0 … probabilities.Length − 1.</returns>
    public static int Category(double[] probabilities, Random random)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble();
        for (var i = 0; i < probabilities.Length - 1; i++)
        {
            u -= probabilities[i];
            if (u < 0)
            {
                return i;
            }
        }

        return probabilities.Length - 1;
    }

    /// <summary>Multinomial counts: how often each category came up in <paramref name="draws"/> draws of <see cref="Category"/>.</summary>
    /// <param name="probabilities">The category probabilities, summing to 1.</param>
    /// <param name="draws">How many draws.</param>
    /// <param name="random">The source of randomness (seeded by the caller).</param>
    /// <returns>The counts, one per category, summing to <paramref name="draws"/>.</returns>
    public static double[] Multinomial(double[] probabilities, int draws, Random random)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var counts = new double[probabilities.Length];
        for (var draw = 0; draw < draws; draw++)
        {
            counts[Category(probabilities, random)]++;
        }

        return counts;
    }

    /// <summary>Row <paramref name="i"/> of a matrix, copied into a vector.</summary>
    /// <param name="a">The matrix.</param>
    /// <param name="i">The row index.</param>
    /// <returns>A new array of a.GetLength(1) entries.</returns>
    public static double[] Row(double[,] a, int i)
    {
        ArgumentNullException.ThrowIfNull(a);
        return [.. Enumerable.Range(0, a.GetLength(1)).Select(j => a[i, j])];
    }

    /// <summary>The given rows of a matrix, in the given order (repeats allowed), copied into a new matrix.</summary>
    /// <param name="a">The matrix.</param>
    /// <param name="rows">Row indices into <paramref name="a"/>.</param>
    /// <returns>A new rows.Count × a.GetLength(1) array.</returns>
    public static double[,] SelectRows(double[,] a, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(rows);
        var picked = new double[rows.Count, a.GetLength(1)];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                picked[i, j] = a[rows[i], j];
            }
        }

        return picked;
    }

    /// <summary>The design matrix D = [1 X]: a column of ones (the intercept's) in front of the features.</summary>
    /// <param name="x">The features, samples × features.</param>
    /// <returns>A new n × (p + 1) array.</returns>
    public static double[,] WithInterceptColumn(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        var design = new double[n, p + 1];
        for (var i = 0; i < n; i++)
        {
            design[i, 0] = 1;
            for (var j = 0; j < p; j++)
            {
                design[i, j + 1] = x[i, j];
            }
        }

        return design;
    }

    /// <summary>
    /// The Vandermonde matrix of polynomial fitting: row i is <c>1, xᵢ, xᵢ², …, xᵢ^degree</c>. Its condition number
    /// grows quickly with the degree, which is why naive polynomial least squares loses accuracy.
    /// </summary>
    /// <param name="x">The sample points, at least one, finite.</param>
    /// <param name="degree">The highest power, non-negative.</param>
    /// <returns>A new x.Length × (degree + 1) array.</returns>
    public static double[,] Vandermonde(double[] x, int degree)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("At least one sample point is needed.", nameof(x));
        }

        if (!x.All(double.IsFinite))
        {
            throw new ArgumentException("Sample points must be finite.", nameof(x));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var v = new double[x.Length, degree + 1];
        for (var i = 0; i < x.Length; i++)
        {
            var power = 1.0;
            for (var k = 0; k <= degree; k++)
            {
                v[i, k] = power;
                power *= x[i];
            }
        }

        return v;
    }

    private double[,] GaussianMatrix(int rows, int columns)
    {
        var g = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                g[i, j] = Random.Gaussian();
            }
        }

        return g;
    }
}
