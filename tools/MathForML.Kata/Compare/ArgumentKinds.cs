using System.Reflection;
using MathForML.Kata.Surface;

namespace MathForML.Kata.Compare;

/// <summary>The parameter types compare can generate values for.</summary>
internal enum ArgumentKind
{
    Double,
    Single,
    Int32,
    Int64,
    Boolean,
    DoubleArray,
    IntArray,
    DoubleMatrix,
    JaggedDoubles,
    UnaryFunction,
    BinaryFunction,
    MathNetVector,
    MathNetMatrix,
}

/// <summary>
/// Seeded inputs for a method's parameters: several attempts with sizes 1 to 8 (square matrices first, then one more
/// column), values in [−3, 3], integers in [0, n], functions from a small fixed set. Arrays in one attempt share their
/// length, so paired arguments (two vectors, a matrix and a vector) usually fit together; attempts the reference
/// rejects are simply dropped.
/// </summary>
internal static class ArgumentKinds
{
    public const int Attempts = 12;

    private static readonly Func<double, double>[] UnaryFunctions = [x => x * x, Math.Sin, x => (2 * x) - 1, x => Math.Exp(-x * x)];
    private static readonly Func<double, double, double>[] BinaryFunctions = [(a, b) => a + b, Math.Max, (a, b) => a * b];

    /// <summary>The kind of a parameter type, or null with the reason it cannot be generated.</summary>
    public static (ArgumentKind? Kind, string? Problem) Classify(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef)
        {
            return (null, $"parameter '{parameter.Name}' is passed by reference");
        }

        ArgumentKind? kind = type switch
        {
            _ when type == typeof(double) => ArgumentKind.Double,
            _ when type == typeof(float) => ArgumentKind.Single,
            _ when type == typeof(int) => ArgumentKind.Int32,
            _ when type == typeof(long) => ArgumentKind.Int64,
            _ when type == typeof(bool) => ArgumentKind.Boolean,
            _ when type == typeof(double[]) => ArgumentKind.DoubleArray,
            _ when type == typeof(int[]) => ArgumentKind.IntArray,
            _ when type == typeof(double[,]) => ArgumentKind.DoubleMatrix,
            _ when type == typeof(double[][]) => ArgumentKind.JaggedDoubles,
            _ when type == typeof(Func<double, double>) => ArgumentKind.UnaryFunction,
            _ when type == typeof(Func<double, double, double>) => ArgumentKind.BinaryFunction,
            _ when IsMathNet(type, "Vector`1") => ArgumentKind.MathNetVector,
            _ when IsMathNet(type, "Matrix`1") => ArgumentKind.MathNetMatrix,
            _ => null,
        };
        return kind is null ? (null, $"cannot generate a {TypeNames.Of(type)} for parameter '{parameter.Name}'") : (kind, null);
    }

    /// <summary>The portable values of one attempt: plain arrays and numbers that either side can turn into arguments.</summary>
    public static object[] Generate(IReadOnlyList<ArgumentKind> kinds, int seed, int attempt)
    {
        var random = new Random(unchecked((seed * 7919) + attempt));
        var n = 1 + (attempt % 8);
        var columns = attempt < 8 ? n : n + 1;
        return kinds.Select(kind => (object)(kind switch
        {
            ArgumentKind.Double => Value(random),
            ArgumentKind.Single => (float)Value(random),
            ArgumentKind.Int32 => random.Next(0, n + 1),
            ArgumentKind.Int64 => (long)random.Next(0, n + 1),
            ArgumentKind.Boolean => random.Next(2) == 1,
            ArgumentKind.DoubleArray or ArgumentKind.MathNetVector => Vector(random, n),
            ArgumentKind.IntArray => Enumerable.Range(0, n).Select(_ => random.Next(0, n)).ToArray(),
            ArgumentKind.DoubleMatrix or ArgumentKind.MathNetMatrix => Matrix(random, n, columns),
            ArgumentKind.JaggedDoubles => Enumerable.Range(0, n).Select(_ => Vector(random, columns)).ToArray(),
            ArgumentKind.UnaryFunction => UnaryFunctions[attempt % UnaryFunctions.Length],
            ArgumentKind.BinaryFunction => BinaryFunctions[attempt % BinaryFunctions.Length],
            _ => throw new ArgumentOutOfRangeException(nameof(kinds), kind, null),
        })).ToArray();
    }

    /// <summary>Fresh arguments for one call on one side: arrays are copied (a method may change its input), MathNet types built in that side's context.</summary>
    public static object?[] ToArguments(object[] portable, IReadOnlyList<ArgumentKind> kinds, ParameterInfo[] parameters) =>
        portable.Select((value, i) => kinds[i] switch
        {
            ArgumentKind.MathNetVector or ArgumentKind.MathNetMatrix => BuildMathNet(parameters[i].ParameterType, ((Array)value).Clone()),
            ArgumentKind.JaggedDoubles => ((double[][])value).Select(row => (double[])row.Clone()).ToArray(),
            _ when value is Array array => array.Clone(),
            _ => value,
        }).ToArray();

    private static double Value(Random random) => Math.Round((random.NextDouble() * 6) - 3, 6);

    private static double[] Vector(Random random, int length) => Enumerable.Range(0, length).Select(_ => Value(random)).ToArray();

    private static double[,] Matrix(Random random, int rows, int columns)
    {
        var matrix = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                matrix[i, j] = Value(random);
            }
        }

        return matrix;
    }

    private static bool IsMathNet(Type type, string genericName) =>
        type.IsGenericType
        && type.GetGenericTypeDefinition() is { Namespace: "MathNet.Numerics.LinearAlgebra" } definition
        && definition.Name == genericName
        && type.GetGenericArguments()[0] == typeof(double);

    /// <summary>Vector&lt;double&gt;.Build.DenseOfArray(values), through reflection so each side uses its own MathNet.</summary>
    private static object? BuildMathNet(Type type, object values)
    {
        // MathNet declares Build as a static readonly field; a property would do as well.
        var builder = type.GetField("Build", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? type.GetProperty("Build", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{TypeNames.Of(type)} has no static Build member");
        var dense = builder.GetType().GetMethod("DenseOfArray", [values.GetType()])
            ?? throw new InvalidOperationException($"{TypeNames.Of(type)}.Build has no DenseOfArray({TypeNames.Of(values.GetType())})");
        return dense.Invoke(builder, [values]);
    }
}
