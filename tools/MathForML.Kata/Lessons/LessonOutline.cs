namespace MathForML.Kata.Lessons;

/// <summary>
/// The parts every kata lesson has, as level-2 headings in this order: the six parts of a good notebook and the
/// reading list.
/// </summary>
internal static class LessonOutline
{
    public static readonly IReadOnlyList<string> Parts =
    [
        "Concept overview",
        "Mathematical explanation",
        "Intuition & visualization",
        "Implementation notes",
        "ML connection",
        "Summary",
        "Further reading",
    ];

    /// <summary>Each problem with the (1-based) line it concerns: a part missing or out of order, a TODO left by the scaffold.</summary>
    public static IReadOnlyList<(int Line, string Problem)> Problems(string markdown)
    {
        var lines = markdown.Split('\n');
        var headings = new List<(int Line, string Text)>();
        var problems = new List<(int Line, string Problem)>();
        var todos = new List<int>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                headings.Add((i + 1, line[3..].Trim()));
            }
            else if (!inFence && line.TrimStart().StartsWith("TODO", StringComparison.Ordinal))
            {
                todos.Add(i + 1);
            }
        }

        if (todos.Count > 0)
        {
            problems.Add((todos[0], todos.Count == 1 ? "still says TODO" : $"still says TODO (first of {todos.Count} places)"));
        }

        // Walk the parts in order; each must appear after the previous one.
        var position = 0;
        foreach (var part in Parts)
        {
            var found = headings.FindIndex(position, h => h.Text == part);
            if (found >= 0)
            {
                position = found + 1;
                continue;
            }

            var before = position < headings.Count ? headings[position].Line : lines.Length;
            problems.Add(headings.Exists(h => h.Text == part)
                ? (headings.First(h => h.Text == part).Line, $"part '## {part}' is out of order (the parts are: {string.Join(" · ", Parts)})")
                : (before, $"part '## {part}' is missing (the parts are: {string.Join(" · ", Parts)})"));
        }

        return problems.OrderBy(p => p.Line).ToList();
    }
}
