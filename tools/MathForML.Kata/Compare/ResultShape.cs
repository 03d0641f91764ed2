using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using MathForML.Kata.Surface;

namespace MathForML.Kata.Compare;

/// <summary>A result reduced to its shape (lengths, field names, exact strings) and its numbers, in a fixed order.</summary>
internal sealed record FlatResult(string Shape, IReadOnlyList<double> Numbers);

/// <summary>
/// Flattens what a method returned so that the learner's and the reference's results can be compared number by
/// number: scalars, arrays of any rank, jagged arrays, tuples, MathNet vectors and matrices (through ToArray), other
/// sequences, records and classes (their public properties, by name), and functions (evaluated at fixed points).
/// </summary>
internal static class ResultShape
{
    private const int MaxDepth = 5;

    /// <summary>Where a returned Func&lt;double, double&gt; is evaluated.</summary>
    private static readonly double[] Points = [-2, -1, -0.5, 0, 0.25, 0.5, 1, 2];

    public static FlatResult? TryFlatten(object? value, out string? problem)
    {
        var numbers = new List<double>();
        var shape = new StringBuilder();
        problem = Flatten(value, numbers, shape, 0);
        return problem is null ? new FlatResult(shape.ToString(), numbers) : null;
    }

    private static string? Flatten(object? value, List<double> numbers, StringBuilder shape, int depth)
    {
        if (depth > MaxDepth)
        {
            return "the result is nested too deeply to compare";
        }

        switch (value)
        {
            case null:
                shape.Append("null;");
                return null;
            case double d:
                return Number(d, numbers, shape);
            case float f:
                return Number(f, numbers, shape);
            case int or long or short or byte or uint or ulong or ushort or sbyte or decimal:
                return Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), numbers, shape);
            case bool b:
                return Number(b ? 1 : 0, numbers, shape);
            case string s:
                shape.Append("s:").Append(s).Append(';');
                return null;
            case Func<double, double> f1:
                shape.Append("f1;");
                numbers.AddRange(Points.Select(x => Safely(() => f1(x))));
                return null;
            case Func<double, double, double> f2:
                shape.Append("f2;");
                numbers.AddRange(Points.SelectMany(x => Points.Select(y => Safely(() => f2(x, y)))));
                return null;
            case Array array:
                shape.Append('[').Append(string.Join(",", Enumerable.Range(0, array.Rank).Select(array.GetLength))).Append(']');
                foreach (var item in array)
                {
                    if (Flatten(item, numbers, shape, depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case ITuple tuple:
                shape.Append('(');
                for (var i = 0; i < tuple.Length; i++)
                {
                    if (Flatten(tuple[i], numbers, shape, depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }

                shape.Append(')');
                return null;
            case Delegate other:
                return $"the result is a {TypeNames.Of(other.GetType())}, which compare cannot evaluate";
            default:
                return FlattenObject(value, numbers, shape, depth);
        }
    }

    private static string? FlattenObject(object value, List<double> numbers, StringBuilder shape, int depth)
    {
        var type = value.GetType();

        // MathNet's Vector<double> and Matrix<double> (and friends) copy themselves out with ToArray().
        if (type.GetMethod("ToArray", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } toArray && toArray.ReturnType.IsArray)
        {
            return Flatten(toArray.Invoke(value, null), numbers, shape, depth + 1);
        }

        if (value is IEnumerable sequence)
        {
            shape.Append("seq{");
            foreach (var item in sequence)
            {
                if (Flatten(item, numbers, shape, depth + 1) is { } problem)
                {
                    return problem;
                }
            }

            shape.Append('}');
            return null;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        if (properties.Count == 0)
        {
            return $"the result is a {TypeNames.Of(type)} with no public properties to compare";
        }

        shape.Append('{');
        foreach (var property in properties)
        {
            shape.Append(property.Name).Append(':');
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                return $"reading {TypeNames.Of(type)}.{property.Name} threw {e.InnerException?.GetType().Name}";
            }

            if (Flatten(propertyValue, numbers, shape, depth + 1) is { } problem)
            {
                return problem;
            }
        }

        shape.Append('}');
        return null;
    }

    private static string? Number(double value, List<double> numbers, StringBuilder shape)
    {
        shape.Append("n;");
        numbers.Add(value);
        return null;
    }

    private static double Safely(Func<double> evaluate)
    {
        try
        {
            return evaluate();
        }
#pragma warning disable CA1031 // A returned function that throws at one point is compared as NaN there, not a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
            return double.NaN;
        }
    }
}
