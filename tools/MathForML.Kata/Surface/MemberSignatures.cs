using System.Reflection;

namespace MathForML.Kata.Surface;

/// <summary>A member's identity ("Grids.Arange(Double, Double, Double)") and full signature.</summary>
internal readonly record struct MemberSignature(string Key, string Full);

/// <summary>Describes public and protected members as readable C#-like signatures.</summary>
internal static class MemberSignatures
{
    /// <summary>The member's signature, or null when it is not part of the public surface.</summary>
    public static MemberSignature? Describe(MemberInfo member, string owner)
    {
        try
        {
            return member switch
            {
                ConstructorInfo constructor => Constructor(constructor, owner),
                MethodInfo method => Method(method, owner),
                PropertyInfo property => Property(property, owner),
                FieldInfo field => Field(field, owner),
                EventInfo @event => Event(@event, owner),
                _ => null, // nested types are described as types of their own
            };
        }
        catch (FileNotFoundException e)
        {
            // A parameter type from an assembly we could not find: still a member, but not describable.
            var key = $"{owner}.{member.Name}";
            return new MemberSignature(key, $"{key} (unreadable: {e.FileName ?? e.Message} not found)");
        }
    }

    private static bool Visible(MethodBase? method) =>
        method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static MemberSignature? Constructor(ConstructorInfo constructor, string owner)
    {
        if (!Visible(constructor) || constructor.IsStatic)
        {
            return null;
        }

        var parameters = constructor.GetParameters();
        return new MemberSignature(
            $"new {owner}({ParameterTypes(parameters)})",
            $"{Access(constructor)}new {owner}({Parameters(parameters, isExtension: false)})");
    }

    private static MemberSignature? Method(MethodInfo method, string owner)
    {
        // Accessors belong to their property or event; operators are special names worth keeping.
        if (!Visible(method) || (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            return null;
        }

        var generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : "";
        var parameters = method.GetParameters();
        var isExtension = method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.ExtensionAttribute");
        var modifiers = Access(method) + (method.IsStatic ? "static " : "") + (method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract " : "");
        var name = $"{owner}.{method.Name}{generic}";
        return new MemberSignature(
            $"{name}({ParameterTypes(parameters)})",
            $"{modifiers}{TypeNames.Of(method.ReturnType)} {name}({Parameters(parameters, isExtension)})");
    }

    private static MemberSignature? Property(PropertyInfo property, string owner)
    {
        var getter = Visible(property.GetMethod) ? property.GetMethod : null;
        var setter = Visible(property.SetMethod) ? property.SetMethod : null;
        var accessor = getter ?? setter;
        if (accessor is null)
        {
            return null;
        }

        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length == 0 ? $"{owner}.{property.Name}" : $"{owner}.this";
        var key = indexParameters.Length == 0 ? name : $"{name}[{ParameterTypes(indexParameters)}]";
        var shown = indexParameters.Length == 0 ? name : $"{name}[{Parameters(indexParameters, isExtension: false)}]";
        var accessors = new List<string>();
        if (getter is not null)
        {
            accessors.Add(Access(getter) + "get;");
        }

        if (setter is not null)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers()
                .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add(Access(setter) + (isInit ? "init;" : "set;"));
        }

        var modifiers = accessor.IsStatic ? "static " : "";
        return new MemberSignature(key, $"{modifiers}{TypeNames.Of(property.PropertyType)} {shown} {{ {string.Join(' ', accessors)} }}");
    }

    private static MemberSignature? Field(FieldInfo field, string owner)
    {
        // Enums carry a special value__ field; it is not something anyone declares.
        if (!(field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) || field.IsSpecialName)
        {
            return null;
        }

        var access = field.IsPublic ? "" : "protected ";
        var name = $"{owner}.{field.Name}";
        var type = TypeNames.Of(field.FieldType);
        if (field.IsLiteral)
        {
            return new MemberSignature(name, $"{access}const {type} {name} = {SurfaceReader.FormatConstant(field.GetRawConstantValue())}");
        }

        var modifiers = access + (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
        return new MemberSignature(name, $"{modifiers}{type} {name}");
    }

    private static MemberSignature? Event(EventInfo @event, string owner)
    {
        var adder = @event.AddMethod;
        if (!Visible(adder))
        {
            return null;
        }

        var name = $"{owner}.{@event.Name}";
        var modifiers = Access(adder!) + (adder!.IsStatic ? "static " : "");
        return new MemberSignature(name, $"{modifiers}event {TypeNames.Of(@event.EventHandlerType!)} {name}");
    }

    private static string ParameterTypes(IEnumerable<ParameterInfo> parameters) =>
        string.Join(", ", parameters.Select(p => Modifier(p, isFirstOfExtension: false) + TypeNames.Of(p.ParameterType)));

    private static string Parameters(IReadOnlyList<ParameterInfo> parameters, bool isExtension) =>
        string.Join(", ", parameters.Select((p, i) =>
        {
            var defaultValue = p.HasDefaultValue ? " = " + SurfaceReader.FormatConstant(p.RawDefaultValue) : "";
            return $"{Modifier(p, isExtension && i == 0)}{TypeNames.Of(p.ParameterType)} {p.Name}{defaultValue}";
        }));

    private static string Modifier(ParameterInfo parameter, bool isFirstOfExtension)
    {
        if (isFirstOfExtension)
        {
            return "this ";
        }

        if (parameter.ParameterType.IsByRef)
        {
            return parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        return parameter.CustomAttributes.Any(a => a.AttributeType.FullName == "System.ParamArrayAttribute") ? "params " : "";
    }
}
