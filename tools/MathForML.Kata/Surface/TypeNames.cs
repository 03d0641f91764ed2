namespace MathForML.Kata.Surface;

/// <summary>Short, C#-like names for types as reflection sees them: Double[], Func&lt;Double, Double&gt;, Int32?, (Double, Double).</summary>
internal static class TypeNames
{
    public static string Of(Type type)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsPointer)
        {
            return Of(type.GetElementType()!) + "*";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = type.GetGenericTypeDefinition().FullName;
            var arguments = type.GetGenericArguments();
            if (definition == "System.Nullable`1")
            {
                return Of(arguments[0]) + "?";
            }

            if (definition?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true && arguments.Length < 8)
            {
                return "(" + string.Join(", ", arguments.Select(Of)) + ")";
            }
        }

        return Declared(type);
    }

    /// <summary>The name a type is declared with, outer types first: Outer.Inner&lt;T&gt;.</summary>
    public static string Declared(Type type) => Declared(type, type.IsGenericType ? type.GetGenericArguments() : []);

    // A nested type's generic arguments include its outer types' ones, first: each level shows only its own.
    private static string Declared(Type type, Type[] arguments)
    {
        var outer = type.IsNested ? type.DeclaringType : null;
        var inherited = outer is { IsGenericType: true } ? outer.GetGenericArguments().Length : 0;
        var prefix = outer is null ? "" : Declared(outer, arguments.Take(inherited).ToArray()) + ".";
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick < 0)
        {
            return prefix + name;
        }

        return prefix + name[..tick] + "<" + string.Join(", ", arguments.Skip(inherited).Select(Of)) + ">";
    }
}
