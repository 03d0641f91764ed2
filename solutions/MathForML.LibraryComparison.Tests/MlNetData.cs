using Microsoft.ML;
using Microsoft.ML.Data;

namespace MathForML.LibraryComparison.Tests;

/// <summary>
/// The workbook's double[,] data as ML.NET's IDataView: a fixed-size Single vector column "Features" and a Boolean
/// column "Label" (false where no labels are given). ML.NET trains in single precision, which is what bounds most
/// tolerances here.
/// </summary>
internal static class MlNetData
{
    /// <summary>The name of the feature column, ML.NET's default for trainers.</summary>
    public const string FeaturesColumn = nameof(Row.Features);

    /// <summary>One sample as ML.NET reads it.</summary>
    internal sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    /// <summary>The rows of <paramref name="x"/> (and labels, 0 or 1, if given) as a data view.</summary>
    public static IDataView Load(MLContext ml, double[,] x, int[]? labels = null)
    {
        var (n, d) = (x.GetLength(0), x.GetLength(1));
        var rows = Enumerable.Range(0, n)
            .Select(i => new Row { Features = [.. Enumerable.Range(0, d).Select(j => (float)x[i, j])], Label = labels?[i] == 1 })
            .ToArray();
        // Trainers need the vector's length in the schema, which a float[] property does not carry.
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>A float vector column of <paramref name="data"/>, one array per row.</summary>
    public static float[][] Column(IDataView data, string name)
    {
        var column = data.Schema[name];
        var values = new List<float[]>();
        using var cursor = data.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            values.Add(buffer.DenseValues().ToArray());
        }

        return [.. values];
    }
}
