using MathForML.Kata.Lessons;

namespace MathForML.Kata.Tests.Unit;

/// <summary>The rules verify applies to Markdown: math GitHub renders, and the parts of a lesson.</summary>
public class LessonRulesTests
{
    [TestCase("The norm $\\|x\\|$ of x.")]
    [TestCase("A thin space $k\\,h$ inline.")]
    [TestCase("Sets $\\{1, 2\\}$ inline.")]
    [TestCase("$$A = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$$")]
    [TestCase("Text, then $x$ and $\\lVert y \\rVert \\; z$ on one line.")]
    public void Math_with_a_markdown_escape_is_found(string line)
    {
        MarkdownMath.MangledLines("# Title\n\n" + line + "\n").Should().Equal(3);
    }

    [TestCase("The norm $`\\|x\\|`$ in backtick math.")]
    [TestCase("Plain $\\lVert x \\rVert$ has no punctuation escape.")]
    [TestCase("Code `$\\|x\\|$` is not math.")]
    [TestCase("Prices of $5 and $6 are not math.")]
    [TestCase("Unicode ‖x‖₂ needs nothing.")]
    public void Math_that_renders_is_not_flagged(string line)
    {
        MarkdownMath.MangledLines(line + "\n").Should().BeEmpty();
    }

    [Test]
    public void A_display_over_several_lines_is_followed_and_fenced_blocks_are_skipped()
    {
        const string markdown = "Intro\n$$\nA \\\\ B\n$$\n```math\nA \\\\ B\n```\n```csharp\nvar s = \"$\\\\,$\";\n```\nafter $a\\,b$\n";

        MarkdownMath.MangledLines(markdown).Should().Equal(3, 11);
    }

    [Test]
    public void A_complete_lesson_has_no_problems()
    {
        var lesson = "# Title\n\n" + string.Concat(LessonOutline.Parts.Select(p => $"## {p}\n\nText.\n\n"));

        LessonOutline.Problems(lesson).Should().BeEmpty();
    }

    [Test]
    public void A_heading_inside_a_code_fence_does_not_count_as_a_part()
    {
        var lesson = "# Title\n\n```\n## Concept overview\n```\n" + string.Concat(LessonOutline.Parts.Skip(1).Select(p => $"## {p}\n"));

        LessonOutline.Problems(lesson).Should().ContainSingle().Which.Should().Be((6, "part '## Concept overview' is missing (the parts are: "
            + string.Join(" · ", LessonOutline.Parts) + ")"));
    }
}
