using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MathForML.Kata.Reset;

/// <summary>What <see cref="StubDetector"/> found: how many members still throw, and which ones have real code.</summary>
internal sealed record StubShape(int Throwing, IReadOnlyList<string> Implemented)
{
    /// <summary>A pristine stub: something to implement, and nothing implemented yet.</summary>
    public bool IsPristine => Throwing > 0 && Implemented.Count == 0;
}

/// <summary>
/// Decides whether a C# file is an untouched kata stub: in every type that has something to implement, every visible
/// method, operator and accessor body is exactly <c>throw new NotImplementedException(...)</c>. A type with no such
/// body at all is code the stub gives the learner (a result record, an expression tree) and does not count.
/// Constructors and overrides are left out (stubs may give a data type's plumbing), and so are private members (a
/// learner's helpers live there, but they only matter once the public methods call them). Reads the file with the C#
/// compiler's own parser (Roslyn), so comments, strings and any syntax the language has never confuse it.
/// </summary>
internal static class StubDetector
{
    public static StubShape Inspect(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        var bodies = root.DescendantNodes()
            .OfType<TypeDeclarationSyntax>()
            .SelectMany(type => Bodies(type).Select(body => (Owner: type, body.Member, body.Throws)))
            .ToList();

        var typesToImplement = bodies.Where(b => b.Throws).Select(b => b.Owner).ToHashSet();
        return new StubShape(
            bodies.Count(b => b.Throws),
            [.. bodies.Where(b => !b.Throws && typesToImplement.Contains(b.Owner)).Select(b => b.Member)]);
    }

    /// <summary>Exactly "throw new [System.]NotImplementedException(...);" and nothing else counts as a stub body.</summary>
    internal static bool IsNotImplementedThrow(string statements) =>
        SyntaxFactory.ParseStatement("{" + statements + "}") is BlockSyntax block && Throws(block, null);

    /// <summary>The visible members of one type (not those of types nested in it) with a body, and whether each only throws.</summary>
    private static IEnumerable<(string Member, bool Throws)> Bodies(TypeDeclarationSyntax type)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method when Counts(method.Modifiers) && method is not (ConstructorDeclarationSyntax or DestructorDeclarationSyntax):
                    if (method.Body is not null || method.ExpressionBody is not null)
                    {
                        yield return (NameOf(method), Throws(method.Body, method.ExpressionBody));
                    }

                    break;
                case BasePropertyDeclarationSyntax property when Counts(property.Modifiers):
                    var name = property switch
                    {
                        PropertyDeclarationSyntax p => p.Identifier.Text,
                        IndexerDeclarationSyntax => "this[]",
                        EventDeclarationSyntax e => e.Identifier.Text,
                        _ => property.ToString(),
                    };
                    var getter = (property as PropertyDeclarationSyntax)?.ExpressionBody ?? (property as IndexerDeclarationSyntax)?.ExpressionBody;
                    if (getter is not null)
                    {
                        yield return (name, Throws(null, getter));
                    }

                    foreach (var accessor in property.AccessorList?.Accessors ?? [])
                    {
                        if ((accessor.Body is not null || accessor.ExpressionBody is not null) && !accessor.Modifiers.Any(SyntaxKind.PrivateKeyword))
                        {
                            yield return ($"{name}.{accessor.Keyword.Text}", Throws(accessor.Body, accessor.ExpressionBody));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Visible to the tests (public, internal or protected) and the learner's to write (not an override).</summary>
    private static bool Counts(SyntaxTokenList modifiers) =>
        (modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.InternalKeyword) || modifiers.Any(SyntaxKind.ProtectedKeyword))
        && !modifiers.Any(SyntaxKind.OverrideKeyword);

    private static string NameOf(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        OperatorDeclarationSyntax o => o.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax c => c.Type.ToString(),
        _ => method.Kind().ToString(),
    };

    private static bool Throws(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow) =>
        block is { Statements: [ThrowStatementSyntax { Expression: { } thrown }] } ? IsNotImplemented(thrown)
        : arrow is { Expression: ThrowExpressionSyntax { Expression: var expression } } && IsNotImplemented(expression);

    /// <summary>new NotImplementedException(…), optionally qualified as System. or global::System. — nothing else.</summary>
    private static bool IsNotImplemented(ExpressionSyntax expression) =>
        expression is ObjectCreationExpressionSyntax { ArgumentList: not null, Initializer: null } creation
        && creation.Type.ToString().Replace(" ", "", StringComparison.Ordinal) is "NotImplementedException" or "System.NotImplementedException" or "global::System.NotImplementedException";
}
