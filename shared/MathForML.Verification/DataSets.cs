namespace MathForML.Verification;

/// <summary>A linear regression data set produced by <see cref="TestData.Regression"/>.</summary>
/// <param name="Features">The design matrix X, samples × features (no column of ones).</param>
/// <param name="Targets">The targets y, one per sample.</param>
/// <param name="Coefficients">The true weights w used to generate the targets.</param>
/// <param name="Intercept">The true intercept b used to generate the targets.</param>
public sealed record RegressionData(double[,] Features, double[] Targets, double[] Coefficients, double Intercept);

/// <summary>A classification data set produced by <see cref="TestData.Classification"/>.</summary>
/// <param name="Features">The inputs, samples × features.</param>
/// <param name="Labels">The class of each sample, in 0 … <paramref name="Classes"/> − 1.</param>
/// <param name="Classes">The number of classes.</param>
public sealed record ClassificationData(double[,] Features, int[] Labels, int Classes);

/// <summary>A real labelled data set shipped with the workbook (see <c>Data/DataSets/NOTICE.md</c>).</summary>
/// <param name="Name">The data set's name.</param>
/// <param name="FeatureNames">The name (with unit) of each feature column.</param>
/// <param name="Features">The measurements, samples × features, in file order.</param>
/// <param name="Labels">The class of each sample, an index into <paramref name="ClassNames"/>.</param>
/// <param name="ClassNames">The class names, in order of first appearance in the file.</param>
public sealed record LabelledData(string Name, string[] FeatureNames, double[,] Features, int[] Labels, string[] ClassNames)
{
    /// <summary>The same data as a <see cref="ClassificationData"/>, the shape the generated data sets have.</summary>
    public ClassificationData ToClassification() => new(Features, Labels, ClassNames.Length);

    /// <summary>The number of samples.</summary>
    public int Count => Labels.Length;

    /// <summary>The samples at the given row indices, in that order (a subset, a shuffle or one side of a split).</summary>
    /// <param name="rows">Row indices into this data set; repeats are allowed.</param>
    /// <returns>A new data set with copied features; names and classes are kept.</returns>
    public LabelledData Rows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return this with { Features = TestData.SelectRows(Features, rows), Labels = [.. rows.Select(i => Labels[i])] };
    }

    /// <summary>
    /// A seeded train/test split: the rows are shuffled with <c>new SeededRandom(seed)</c>, the first
    /// <paramref name="trainCount"/> shuffled rows train and the rest test. The same seed gives the same split.
    /// </summary>
    /// <param name="trainCount">How many samples train, between 1 and <see cref="Count"/> − 1.</param>
    /// <param name="seed">The shuffle's seed.</param>
    /// <returns>The two disjoint parts, together holding every sample once.</returns>
    public (LabelledData Train, LabelledData Test) Split(int trainCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trainCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trainCount, Count);
        var order = Enumerable.Range(0, Count).ToArray();
        new SeededRandom(seed).Shuffle(order);
        return (Rows(order[..trainCount]), Rows(order[trainCount..]));
    }

    /// <summary>
    /// Every feature multiplied by the same factor: a fixed rescaling that needs no statistics, for data whose columns
    /// share one unit and range (the digits' ink counts 0 … 16 become fractions with factor 1/16). Unlike
    /// <see cref="StandardisedBy"/> it is safe for a column that is constant, even always 0.
    /// </summary>
    /// <param name="factor">The finite factor every feature is multiplied by.</param>
    /// <returns>A new data set with rescaled features.</returns>
    public LabelledData Scaled(double factor)
    {
        if (!double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be finite.");
        }

        var scaled = (double[,])Features.Clone();
        for (var i = 0; i < scaled.GetLength(0); i++)
        {
            for (var j = 0; j < scaled.GetLength(1); j++)
            {
                scaled[i, j] *= factor;
            }
        }

        return this with { Features = scaled };
    }

    /// <summary>
    /// Every feature turned into a z-score with the column means and sample standard deviations (n − 1) of
    /// <paramref name="reference"/>. Pass the training part, also for the test part, so no test information leaks
    /// into the scaling.
    /// </summary>
    /// <param name="reference">The data whose column statistics scale this data (same columns, at least 2 rows).</param>
    /// <returns>A new data set with standardised features.</returns>
    public LabelledData StandardisedBy(LabelledData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var (n, p) = (reference.Count, reference.Features.GetLength(1));
        if (p != Features.GetLength(1) || n < 2)
        {
            throw new ArgumentException("The reference needs the same feature columns and at least 2 rows.", nameof(reference));
        }

        var scaled = (double[,])Features.Clone();
        for (var j = 0; j < p; j++)
        {
            var mean = Enumerable.Range(0, n).Average(i => reference.Features[i, j]);
            var sd = Math.Sqrt(Enumerable.Range(0, n).Sum(i => Math.Pow(reference.Features[i, j] - mean, 2)) / (n - 1));
            for (var i = 0; i < Count; i++)
            {
                scaled[i, j] = (Features[i, j] - mean) / sd;
            }
        }

        return this with { Features = scaled };
    }
}

/// <summary>One (x, y) series of paired observations.</summary>
/// <param name="Name">The series' name.</param>
/// <param name="X">The inputs.</param>
/// <param name="Y">The outputs, one per input.</param>
public sealed record PairedSeries(string Name, double[] X, double[] Y);

/// <summary>
/// Real data sets shipped inside the harness as embedded CSV files, with their origin and licence in
/// <c>Data/DataSets/NOTICE.md</c>. Every call parses a fresh copy, so a test may change what it gets.
/// </summary>
public static class DataSets
{
    /// <summary>
    /// Fisher's iris flowers: 150 samples, 4 measurements in cm (sepal length, sepal width, petal length, petal
    /// width), 3 species of 50 samples each (setosa, versicolor, virginica), in that order.
    /// </summary>
    public static LabelledData Iris() => Labelled("iris", "iris.csv", labelColumn: 4, featureColumns: [0, 1, 2, 3]);

    /// <summary>
    /// The Palmer Archipelago penguins: the 342 of 344 birds with all four measurements (beak length and depth in mm,
    /// flipper length in mm, body mass in g), labelled by species (Adelie, Chinstrap, Gentoo).
    /// </summary>
    public static LabelledData Penguins() => Labelled("penguins", "penguins.csv", labelColumn: 0, featureColumns: [2, 3, 4, 5]);

    /// <summary>
    /// Handwritten digits, 8 × 8 images derived from MNIST: 1000 images, 100 of each digit, in digit order (the 100 zeros
    /// first). The 64 features are the ink counts 0 … 16 of the pixels in row-major order (r0c0, r0c1, …, r7c7: row 0 is
    /// the top of the image), labelled by digit 0 … 9 with class names "0" … "9", so a label equals its digit.
    /// </summary>
    public static LabelledData Digits() => Labelled("digits", "digits-8x8.csv", labelColumn: 0, featureColumns: [.. Enumerable.Range(1, 64)]);

    /// <summary>
    /// Anscombe's quartet: four series I–IV of 11 (x, y) pairs with nearly equal means, variances, correlation and
    /// least-squares line, and very different shapes.
    /// </summary>
    public static IReadOnlyList<PairedSeries> AnscombeQuartet() =>
        [.. Rows("anscombe.csv")
            .GroupBy(r => r[0])
            .Select(g => new PairedSeries(g.Key, [.. g.Select(r => Number(r[1]))], [.. g.Select(r => Number(r[2]))]))];

    private static LabelledData Labelled(string name, string file, int labelColumn, int[] featureColumns)
    {
        var header = Header(file);
        // A row missing any feature is left out: the loaders return complete cases only.
        var rows = Rows(file).Where(r => featureColumns.All(c => r[c].Length > 0)).ToArray();
        var classes = rows.Select(r => r[labelColumn]).Distinct().ToArray();
        var features = new double[rows.Length, featureColumns.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < featureColumns.Length; j++)
            {
                features[i, j] = Number(rows[i][featureColumns[j]]);
            }
        }

        return new LabelledData(
            name,
            [.. featureColumns.Select(c => header[c])],
            features,
            [.. rows.Select(r => Array.IndexOf(classes, r[labelColumn]))],
            classes);
    }

    private static string[] Header(string file) => Lines(file)[0].Split(',');

    private static IEnumerable<string[]> Rows(string file) =>
        Lines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    private static string[] Lines(string file)
    {
        var assembly = typeof(DataSets).Assembly;
        using var stream = assembly.GetManifestResourceStream($"DataSets.{file}")
            ?? throw new InvalidOperationException($"The data set resource '{file}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    private static double Number(string text) =>
        double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
