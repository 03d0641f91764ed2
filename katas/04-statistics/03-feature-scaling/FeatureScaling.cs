namespace MathForML.Statistics;

/// <summary>
/// Feature scaling, column by column: fit a <see cref="Scaler"/> on training data — standard (z-scores: mean and
/// population standard deviation), min–max (minimum and range) or robust (median and interquartile range) — then map
/// any data set with it, z = (x − centre)/scale, and back.
/// </summary>
/// <remarks>
/// A column whose spread is zero (standard deviation, range or IQR) gets the scale 1: it is centred to zeros, never
/// divided by zero. The fitting methods may use your <see cref="DescriptiveStatistics"/>.
/// Bad input: null → <see cref="ArgumentNullException"/>; a matrix with no rows or no columns → <see cref="ArgumentException"/>
/// with "empty"; NaN in the data → <see cref="ArgumentException"/> with "NaN" (the descriptive statistics reject it);
/// a matrix whose column count differs from the scaler's (the length of its Center or of its Scale) →
/// <see cref="ArgumentException"/> with "columns".
/// Lesson: katas/04-statistics/03-feature-scaling/README.md
/// </remarks>
public static class FeatureScaling
{
    /// <summary>The standard scaler: Center[j] = mean of column j, Scale[j] = its population standard deviation σⱼ (divide by n).</summary>
    /// <param name="x">The training data, rows (samples) × columns (features), at least 1 × 1.</param>
    /// <returns>The fitted scaler (new arrays).</returns>
    public static Scaler FitStandard(double[,] x)
    {
        // TODO: per column, its mean and σ; a σ of 0 becomes 1.
        throw new NotImplementedException("TODO FeatureScaling.FitStandard: return each column's mean and population standard deviation.");
    }

    /// <summary>The min–max scaler: Center[j] = min of column j, Scale[j] = max − min, so the training column maps onto [0, 1].</summary>
    /// <param name="x">The training data, at least 1 × 1.</param>
    /// <returns>The fitted scaler.</returns>
    public static Scaler FitMinMax(double[,] x)
    {
        // TODO: per column, its minimum and range; a range of 0 becomes 1.
        throw new NotImplementedException("TODO FeatureScaling.FitMinMax: return each column's minimum and range.");
    }

    /// <summary>The robust scaler: Center[j] = median of column j, Scale[j] = its interquartile range (type-7 quartiles).</summary>
    /// <param name="x">The training data, at least 1 × 1.</param>
    /// <returns>The fitted scaler.</returns>
    public static Scaler FitRobust(double[,] x)
    {
        // TODO: per column, its median and IQR; an IQR of 0 becomes 1.
        throw new NotImplementedException("TODO FeatureScaling.FitRobust: return each column's median and interquartile range.");
    }

    /// <summary>The scaled data zᵢⱼ = (xᵢⱼ − Center[j]) / Scale[j], a new matrix of the same shape.</summary>
    /// <param name="scaler">A fitted scaler.</param>
    /// <param name="x">Data with as many columns as the scaler (any number of rows).</param>
    /// <returns>The scaled data.</returns>
    public static double[,] Transform(Scaler scaler, double[,] x)
    {
        // TODO: subtract and divide, column by column.
        throw new NotImplementedException("TODO FeatureScaling.Transform: return (x − Center)/Scale column by column.");
    }

    /// <summary>The inverse map xᵢⱼ = zᵢⱼ · Scale[j] + Center[j], a new matrix: InverseTransform(s, Transform(s, x)) = x.</summary>
    /// <param name="scaler">A fitted scaler.</param>
    /// <param name="z">Scaled data with as many columns as the scaler.</param>
    /// <returns>The data in the original units.</returns>
    public static double[,] InverseTransform(Scaler scaler, double[,] z)
    {
        // TODO: multiply and add back.
        throw new NotImplementedException("TODO FeatureScaling.InverseTransform: return z·Scale + Center column by column.");
    }
}
