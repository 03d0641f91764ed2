using MathForML.Kata.SourceCode;

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
/// learner's helpers live there, but they only matter once the public methods call them). Works on tokens, so
/// comments and strings never confuse it.
/// </summary>
internal static class StubDetector
{
    private static readonly HashSet<string> TypeKeywords = new(StringComparer.Ordinal) { "class", "struct", "interface", "record", "enum" };
    private static readonly HashSet<string> Visible = new(StringComparer.Ordinal) { "public", "internal", "protected" };
    private static readonly HashSet<string> Accessors = new(StringComparer.Ordinal) { "get", "set", "init", "add", "remove" };

    public static StubShape Inspect(string source)
    {
        var tokens = CSharpTokens.Tokenize(source);
        var bodies = new List<(string Owner, string Member, bool Throws)>();
        var frames = new Stack<Frame>();
        frames.Push(new Frame(Block.Namespace, "", IsVisible: true));
        var header = new List<string>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            var parent = frames.Peek();
            if (token == "{")
            {
                var frame = Classify(header, parent);
                header.Clear();
                if (frame.Kind is Block.Member or Block.Other)
                {
                    var close = Matching(tokens, i);
                    if (frame.Kind == Block.Member && frame.IsVisible)
                    {
                        bodies.Add((OwnerType(frames), frame.Name, IsNotImplementedThrow(tokens.GetRange(i + 1, Math.Max(0, close - i - 1)))));
                    }

                    i = close + 1;
                    continue;
                }

                frames.Push(frame);
            }
            else if (token == "}")
            {
                if (frames.Count > 1)
                {
                    frames.Pop();
                }

                header.Clear();
            }
            else if (token == ";")
            {
                header.Clear();
            }
            else if (token == "=>" && parent.Kind is Block.Type or Block.Property && !HasTopLevelAssignment(header))
            {
                var member = Classify(header, parent);
                var end = EndOfExpression(tokens, i + 1);
                if (member.Kind is Block.Member or Block.Property && member.IsVisible)
                {
                    bodies.Add((OwnerType(frames), member.Name, IsNotImplementedThrow([.. tokens.GetRange(i + 1, end - i - 1), ";"])));
                }

                header.Clear();
                i = end + 1;
                continue;
            }
            else
            {
                header.Add(token);
            }

            i++;
        }

        var typesToImplement = bodies.Where(b => b.Throws).Select(b => b.Owner).ToHashSet(StringComparer.Ordinal);
        return new StubShape(
            bodies.Count(b => b.Throws),
            [.. bodies.Where(b => !b.Throws && typesToImplement.Contains(b.Owner)).Select(b => b.Member)]);
    }

    /// <summary>The innermost type around the current position (frames enumerate from the top of the stack).</summary>
    private static string OwnerType(Stack<Frame> frames) => frames.FirstOrDefault(f => f.Kind == Block.Type)?.Name ?? "";

    private enum Block
    {
        Namespace,
        Type,
        Property,
        Member,
        Other,
    }

    private sealed record Frame(Block Kind, string Name, bool IsVisible);

    private static Frame Classify(List<string> header, Frame parent)
    {
        var firstParen = header.IndexOf("(");
        if (header.Contains("namespace"))
        {
            return new Frame(Block.Namespace, "", true);
        }

        var typeKeyword = header.FindIndex(t => TypeKeywords.Contains(t));
        if (typeKeyword >= 0 && (firstParen < 0 || typeKeyword < firstParen) && parent.Kind is Block.Namespace or Block.Type)
        {
            if (header[typeKeyword] == "enum")
            {
                return new Frame(Block.Other, "", false);
            }

            var name = header.Skip(typeKeyword + 1).FirstOrDefault(t => !TypeKeywords.Contains(t)) ?? "";
            return new Frame(Block.Type, name, true);
        }

        switch (parent.Kind)
        {
            case Block.Type when HasTopLevelAssignment(header):
                return new Frame(Block.Other, "", false); // a field's initializer
            case Block.Type when firstParen >= 0:
            {
                var name = firstParen > 0 ? header[firstParen - 1] : "";
                var isConstructor = name == parent.Name;
                var visible = header.Take(firstParen).Any(Visible.Contains) && !header.Contains("override") && !isConstructor;
                return new Frame(Block.Member, name, visible);
            }

            case Block.Type:
            {
                var name = header.LastOrDefault(t => t.Length > 0 && (char.IsLetter(t[0]) || t[0] == '_') || t == "]") ?? "";
                var visible = header.Any(Visible.Contains) && !header.Contains("override");
                return new Frame(Block.Property, name == "]" ? "this[]" : name, visible);
            }

            case Block.Property when header.Count > 0 && Accessors.Contains(header[^1]):
            {
                var restricted = header.Contains("private");
                return new Frame(Block.Member, $"{parent.Name}.{header[^1]}", parent.IsVisible && !restricted);
            }

            default:
                return new Frame(Block.Other, "", false);
        }
    }

    /// <summary>Exactly "throw new [System.]NotImplementedException(...);" counts as a stub body.</summary>
    internal static bool IsNotImplementedThrow(List<string> body)
    {
        if (body.Count < 6 || body[0] != "throw" || body[1] != "new" || body[^1] != ";" || body[^2] != ")")
        {
            return false;
        }

        var open = body.IndexOf("(");
        if (open < 3 || body[open - 1] != "NotImplementedException")
        {
            return false;
        }

        // Only "System." may qualify the name, and the parentheses must close right at the end.
        var qualifier = body.GetRange(2, open - 3);
        return (qualifier.Count == 0 || qualifier.SequenceEqual(["System", "."]) || qualifier.SequenceEqual(["global", ":", ":", "System", "."]))
            && Matching(body, open, "(", ")") == body.Count - 2;
    }

    private static bool HasTopLevelAssignment(List<string> header)
    {
        var depth = 0;
        foreach (var token in header)
        {
            depth += token switch
            {
                "(" or "[" or "<" => 1,
                ")" or "]" or ">" => -1,
                _ => 0,
            };
            if (token == "=" && depth <= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Matching(List<string> tokens, int open, string opening = "{", string closing = "}")
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i] == opening)
            {
                depth++;
            }
            else if (tokens[i] == closing && --depth == 0)
            {
                return i;
            }
        }

        return tokens.Count - 1;
    }

    /// <summary>The index of the ";" ending an expression body, skipping nested brackets (lambdas, initializers).</summary>
    private static int EndOfExpression(List<string> tokens, int start)
    {
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            depth += tokens[i] switch
            {
                "(" or "[" or "{" => 1,
                ")" or "]" or "}" => -1,
                _ => 0,
            };
            if (tokens[i] == ";" && depth <= 0)
            {
                return i;
            }
        }

        return tokens.Count - 1;
    }
}
