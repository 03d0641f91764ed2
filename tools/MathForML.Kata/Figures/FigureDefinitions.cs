using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MathForML.Kata.Catalog;
using MathForML.Kata.SourceCode;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Figures;

/// <summary>One figure a kata defines: its name, its caption and the line of its [Figure] attribute.</summary>
internal sealed record FigureDefinition(string Name, string Caption, int Line);

/// <summary>A kata's figures file (e.g. SvdFigures.cs): the class it declares and the figures in it, read from source.</summary>
internal sealed record KataFigures(KataEntry Kata, string File, string TypeName, IReadOnlyList<FigureDefinition> Figures)
{
    /// <summary>Where the lesson's pictures of the kata are committed: KK-slug/figures/.</summary>
    public static string LessonFolder(WorkbookRoot root, KataEntry kata) => Path.Combine(root.KataFolder(kata), "figures");

    /// <summary>The figures files of a kata (none for most katas without pictures yet), read with Roslyn.</summary>
    public static IReadOnlyList<KataFigures> Of(WorkbookRoot root, KataEntry kata) =>
        root.KataSources(kata)
            .Where(f => f.EndsWith(WorkbookRoot.FiguresSuffix, StringComparison.Ordinal))
            .Select(f => Read(kata, f))
            .ToList();

    private static KataFigures Read(KataEntry kata, string file)
    {
        var source = System.IO.File.ReadAllText(file);
        var declared = DeclaredTypes.Locate(source, kata.Topic.Namespace);
        var type = declared.Count > 0 ? declared[0].FullName : $"{kata.Topic.Namespace}.Figures.{Path.GetFileNameWithoutExtension(file)}";
        var figures = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Where(a => a.Name.ToString() is "Figure" or "FigureAttribute" && a.ArgumentList?.Arguments.Count >= 2)
            .Select(a => new FigureDefinition(
                Literal(a.ArgumentList!.Arguments[0]),
                Literal(a.ArgumentList.Arguments[1]),
                a.GetLocation().GetLineSpan().StartLinePosition.Line + 1))
            .ToList();
        return new KataFigures(kata, file, type, figures);
    }

    private static string Literal(AttributeArgumentSyntax argument) =>
        argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : argument.Expression.ToString();
}
