namespace MathForML.Statistics;

/// <summary>
/// Reference solution: fit standard (z-score), min–max and robust (median/IQR) scalers column by column, and apply
/// them and their inverses. A column without spread gets the scale 1, so it maps to zeros instead of NaN.
/// </summary>
public static class FeatureScaling
{
    /// <summary>Centre = column mean, scale = column population standard deviation.</summary>
    public static Scaler FitStandard(double[,] x) =>
        Fit(x, column => (DescriptiveStatistics.Mean(column), DescriptiveStatistics.PopulationStandardDeviation(column)));

    /// <summary>Centre = column minimum, scale = column range.</summary>
    public static Scaler FitMinMax(double[,] x) =>
        Fit(x, column => (column.Min(), DescriptiveStatistics.Range(column)));

    /// <summary>Centre = column median, scale = column interquartile range.</summary>
    public static Scaler FitRobust(double[,] x) =>
        Fit(x, column => (DescriptiveStatistics.Median(column), DescriptiveStatistics.InterquartileRange(column)));

    /// <summary>zᵢⱼ = (xᵢⱼ − Center[j]) / Scale[j].</summary>
    public static double[,] Transform(Scaler scaler, double[,] x) => Map(scaler, x, (v, c, s) => (v - c) / s);

    /// <summary>xᵢⱼ = zᵢⱼ · Scale[j] + Center[j].</summary>
    public static double[,] InverseTransform(Scaler scaler, double[,] z) => Map(scaler, z, (v, c, s) => (v * s) + c);

    private static Scaler Fit(double[,] x, Func<double[], (double Center, double Scale)> summarise)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (rows, columns) = (x.GetLength(0), x.GetLength(1));
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException($"The data are empty ({rows} × {columns}): a scaler needs at least one row and one column.", nameof(x));
        }

        var (center, scale) = (new double[columns], new double[columns]);
        for (var j = 0; j < columns; j++)
        {
            var column = new double[rows];
            for (var i = 0; i < rows; i++)
            {
                column[i] = x[i, j];
            }

            (center[j], scale[j]) = summarise(column);
            // A constant column has no spread to divide by: keep it centred (all zeros) rather than 0/0 = NaN.
            if (scale[j] == 0)
            {
                scale[j] = 1;
            }
        }

        return new Scaler(center, scale);
    }

    private static double[,] Map(Scaler scaler, double[,] x, Func<double, double, double, double> f)
    {
        ArgumentNullException.ThrowIfNull(scaler);
        ArgumentNullException.ThrowIfNull(x);
        var (rows, columns) = (x.GetLength(0), x.GetLength(1));
        if (scaler.Center.Length != columns || scaler.Scale.Length != columns)
        {
            throw new ArgumentException($"The data have {columns} columns but the scaler was fitted on {scaler.Center.Length}.", nameof(x));
        }

        var result = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                result[i, j] = f(x[i, j], scaler.Center[j], scaler.Scale[j]);
            }
        }

        return result;
    }
}
