using System.Globalization;

namespace MathForML.Verification;

/// <summary>
/// A NIST StRD univariate data set with its certified summary statistics (see <c>Data/NistStrd/NOTICE.md</c>).
/// </summary>
/// <param name="Name">The data set's name, e.g. <c>NumAcc4</c>.</param>
/// <param name="Values">The observations, in file order.</param>
/// <param name="Mean">The certified sample mean.</param>
/// <param name="StandardDeviation">The certified sample standard deviation (denominator n − 1).</param>
/// <param name="Autocorrelation">The certified lag-1 sample autocorrelation coefficient.</param>
public sealed record UnivariateCertified(
    string Name, double[] Values, double Mean, double StandardDeviation, double Autocorrelation);

/// <summary>
/// A NIST StRD linear least-squares data set with its certified estimates (see <c>Data/NistStrd/NOTICE.md</c>).
/// The model is y = B0 + B1·x1 + … for Norris and Longley, and the polynomial y = B0 + B1·x + … + B10·x¹⁰ for Filip.
/// </summary>
/// <param name="Name">The data set's name, e.g. <c>Longley</c>.</param>
/// <param name="Predictors">The predictor columns as given in the file, observations × predictors (no column of ones).</param>
/// <param name="Response">The response y, one per observation.</param>
/// <param name="Coefficients">The certified estimates B0, B1, …</param>
/// <param name="CoefficientStandardDeviations">The certified standard deviation of each estimate.</param>
/// <param name="ResidualStandardDeviation">The certified residual standard deviation.</param>
/// <param name="RSquared">The certified coefficient of determination R².</param>
public sealed record RegressionCertified(
    string Name,
    double[,] Predictors,
    double[] Response,
    double[] Coefficients,
    double[] CoefficientStandardDeviations,
    double ResidualStandardDeviation,
    double RSquared);

/// <summary>
/// The NIST Statistical Reference Datasets shipped inside the harness, with their certified values, and the log
/// relative error that measures a result against them. Read from embedded resources: nothing touches the network
/// or a path outside the workbook.
/// </summary>
public static class CertifiedData
{
    /// <summary>The univariate data sets, from the easiest to the hardest.</summary>
    public static IReadOnlyList<string> UnivariateNames { get; } = ["NumAcc1", "Michelso", "NumAcc2", "NumAcc3", "NumAcc4"];

    /// <summary>The linear regression data sets, from the easiest to the hardest.</summary>
    public static IReadOnlyList<string> RegressionNames { get; } = ["Norris", "Longley", "Filip"];

    /// <summary>The largest LRE reported: the certified values have 15 significant digits.</summary>
    public const double MaximumDigits = 15;

    /// <summary>Loads a univariate data set by name (see <see cref="UnivariateNames"/>).</summary>
    /// <exception cref="ArgumentException">No univariate data set has that name.</exception>
    public static UnivariateCertified Univariate(string name)
    {
        var lines = ReadLines(name, UnivariateNames);
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Data: Y", StringComparison.Ordinal));
        var values = lines.Skip(start + 1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('-'))
            .Select(Number)
            .ToArray();
        // The certified value is the last field of its line (the files differ in the labels between).
        double LastField(string prefix) =>
            Number(lines.First(l => l.StartsWith(prefix, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        return new UnivariateCertified(
            name, values, LastField("Sample Mean"), LastField("Sample Standard Deviation"), LastField("Sample Autocorrelation"));
    }

    /// <summary>Loads a linear regression data set by name (see <see cref="RegressionNames"/>).</summary>
    /// <exception cref="ArgumentException">No regression data set has that name.</exception>
    public static RegressionCertified Regression(string name)
    {
        var lines = ReadLines(name, RegressionNames);
        var estimates = lines
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 3 && f[0].Length > 1 && f[0][0] == 'B' && f[0][1..].All(char.IsAsciiDigit))
            .ToArray();
        var header = Array.FindLastIndex(lines, l => l.StartsWith("Data:", StringComparison.Ordinal));
        var rows = lines.Skip(header + 1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 0)
            .Select(f => f.Select(Number).ToArray())
            .ToArray();
        var predictors = new double[rows.Length, rows[0].Length - 1];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 1; j < rows[i].Length; j++)
            {
                predictors[i, j - 1] = rows[i][j];
            }
        }

        return new RegressionCertified(
            name,
            predictors,
            [.. rows.Select(r => r[0])],
            [.. estimates.Select(f => Number(f[1]))],
            [.. estimates.Select(f => Number(f[2]))],
            Certified(lines, "Standard Deviation", after: "Residual"),
            Certified(lines, "R-Squared"));
    }

    /// <summary>
    /// The log relative error −log₁₀(|x − c| / |c|): roughly the number of significant digits <paramref name="actual"/>
    /// shares with the certified value <paramref name="certified"/> (the absolute error's −log₁₀ when c = 0), clamped to
    /// [0, <see cref="MaximumDigits"/>]. A NaN or infinite result has 0 correct digits.
    /// </summary>
    public static double LogRelativeError(double actual, double certified)
    {
        if (!double.IsFinite(actual))
        {
            return 0;
        }

        var error = Math.Abs(actual - certified);
        if (error == 0)
        {
            return MaximumDigits;
        }

        var relative = certified == 0 ? error : error / Math.Abs(certified);
        return Math.Clamp(-Math.Log10(relative), 0, MaximumDigits);
    }

    private static string[] ReadLines(string name, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!known.Contains(name))
        {
            throw new ArgumentException($"Unknown data set '{name}'; known: {string.Join(", ", known)}.", nameof(name));
        }

        var assembly = typeof(CertifiedData).Assembly;
        using var stream = assembly.GetManifestResourceStream($"NistStrd.{name}.dat")
            ?? throw new InvalidOperationException($"The resource for '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    private static double Certified(string[] lines, string label, string? after = null)
    {
        var from = after is null ? 0 : Array.FindIndex(lines, l => l.Trim() == after);
        var line = lines.Skip(from).First(l => l.Contains(label, StringComparison.Ordinal));
        var text = line[(line.IndexOf(label, StringComparison.Ordinal) + label.Length)..];
        return Number(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
