using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace MathForML.Kata.Surface;

/// <summary>
/// Reads the public surface of a namespace from a built assembly without loading it for execution
/// (MetadataLoadContext), so stubs and references with identical type names can be inspected side by side.
/// </summary>
internal static class SurfaceReader
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <param name="assemblyPath">The dll to read.</param>
    /// <param name="topicNamespace">Types in it and its sub-namespaces count, except the tests' and the figures' namespaces.</param>
    /// <param name="dependencyFolders">Extra folders to resolve references from (a class library's bin lacks its packages).</param>
    public static ApiSurface Read(string assemblyPath, string topicNamespace, IEnumerable<string> dependencyFolders)
    {
        var folders = new[] { Path.GetDirectoryName(Path.GetFullPath(assemblyPath))! }
            .Concat(dependencyFolders.Where(Directory.Exists))
            .Append(RuntimeEnvironment.GetRuntimeDirectory());
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.dll"))
            .Append(Path.GetFullPath(assemblyPath))
            .Distinct(StringComparer.Ordinal);

        using var context = new MetadataLoadContext(new PathAssemblyResolver(files));
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        var types = LoadableTypes(assembly)
            .Where(t => t.IsVisible && InTopic(t.Namespace, topicNamespace))
            .Select(t => Describe(t, topicNamespace))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        return new ApiSurface(types);
    }

    internal static bool InTopic(string? typeNamespace, string topicNamespace)
    {
        if (typeNamespace is null)
        {
            return false;
        }

        // The tests and the figures are compiled on both sides but belong to neither surface.
        bool Within(string outer) => typeNamespace == outer || typeNamespace.StartsWith(outer + ".", StringComparison.Ordinal);
        return Within(topicNamespace) && !Within(topicNamespace + ".Tests") && !Within(topicNamespace + ".Figures");
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static ApiType Describe(Type type, string topicNamespace)
    {
        // Types of sub-namespaces keep the part after the topic namespace: Shapes.Circle.
        var subNamespace = type.Namespace!.Length > topicNamespace.Length ? type.Namespace[(topicNamespace.Length + 1)..] + "." : "";
        var name = subNamespace + TypeNames.Declared(type);
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in type.GetMembers(Declared))
        {
            var described = MemberSignatures.Describe(member, name);
            if (described is { } signature)
            {
                members[signature.Key] = signature.Full;
            }
        }

        return new ApiType(name, Declaration(type, name), members);
    }

    private static string Declaration(Type type, string name)
    {
        var access = type.IsNestedFamily || type.IsNestedFamORAssem ? "protected " : "";
        string kind;
        if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsValueType)
        {
            kind = "struct";
        }
        else if (type.BaseType?.FullName == "System.MulticastDelegate")
        {
            kind = "delegate";
        }
        else
        {
            var isRecord = type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
            var modifier = type is { IsAbstract: true, IsSealed: true } ? "static "
                : type.IsAbstract ? "abstract "
                : type.IsSealed ? "sealed "
                : "";
            kind = modifier + (isRecord ? "record" : "class");
        }

        var bases = new List<string>();
        if (kind.EndsWith("class", StringComparison.Ordinal) || kind.EndsWith("record", StringComparison.Ordinal))
        {
            if (type.BaseType is { FullName: not "System.Object" } baseType)
            {
                bases.Add(TypeNames.Of(baseType));
            }
        }

        if (kind is not "enum" and not "delegate")
        {
            bases.AddRange(type.GetInterfaces().Select(TypeNames.Of).Order(StringComparer.Ordinal));
        }

        return $"{access}{kind} {name}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    internal static string FormatConstant(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
