using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Kata.SourceCode;

/// <summary>A top-level type declared in a C# file: its full name and the (1-based) line of its declaration.</summary>
internal sealed record DeclaredType(string FullName, int Line)
{
    /// <summary>The name without its namespace.</summary>
    public string Name => FullName[(FullName.LastIndexOf('.') + 1)..];
}

/// <summary>The top-level types a C# file declares (classes, structs, records, interfaces, enums, delegates), read with Roslyn.</summary>
internal static class DeclaredTypes
{
    public static IReadOnlyList<string> In(string source, string fallbackNamespace) =>
        Locate(source, fallbackNamespace).Select(t => t.FullName).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<DeclaredType> Locate(string source, string fallbackNamespace)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        var types = new List<DeclaredType>();
        Collect(root.Members, null);
        return types;

        void Collect(SyntaxList<MemberDeclarationSyntax> members, string? @namespace)
        {
            foreach (var member in members)
            {
                var name = member switch
                {
                    BaseTypeDeclarationSyntax type => type.Identifier.Text,
                    DelegateDeclarationSyntax @delegate => @delegate.Identifier.Text,
                    _ => null,
                };
                if (member is BaseNamespaceDeclarationSyntax inner)
                {
                    var innerName = inner.Name.ToString();
                    Collect(inner.Members, @namespace is null ? innerName : $"{@namespace}.{innerName}");
                }
                else if (name is not null)
                {
                    var line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    types.Add(new DeclaredType($"{@namespace ?? fallbackNamespace}.{name}", line));
                }
            }
        }
    }
}
