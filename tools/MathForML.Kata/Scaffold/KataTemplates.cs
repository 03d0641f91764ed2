namespace MathForML.Kata.Scaffold;

/// <summary>
/// The files of a new kata. Everything a contributor must still write says TODO, and each test template fails on the
/// reference too (Assert.Fail), so verify lists exactly what is left to finish.
/// </summary>
internal static class KataTemplates
{
    /// <summary>The placeholder method every template uses; the contributor renames it.</summary>
    public const string Method = "Compute";

    public static string Stub(string @namespace, string name, string lesson) => $$"""
        namespace {{@namespace}};

        /// <summary>
        /// TODO: what this kata computes, in one or two sentences of the lesson's notation (the lesson explains how).
        /// </summary>
        /// <remarks>Lesson: {{lesson}}</remarks>
        public static class {{name}}
        {
            /// <summary>
            /// TODO: the formula this method computes and what it returns.
            /// </summary>
            /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
            /// <exception cref="ArgumentException"><paramref name="values"/> is empty (say "empty" in the message).</exception>
            public static double {{Method}}(double[] values)
            {
                // TODO: a first step for the learner.
                throw new NotImplementedException("TODO {{name}}.{{Method}}: say what to implement.");
            }
        }

        """;

    public static string Reference(string @namespace, string name) => $$"""
        namespace {{@namespace}};

        /// <summary>
        /// TODO: the same summary as the stub's.
        /// </summary>
        public static class {{name}}
        {
            /// <summary>
            /// TODO: the same documentation as the stub's.
            /// </summary>
            /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
            /// <exception cref="ArgumentException"><paramref name="values"/> is empty (say "empty" in the message).</exception>
            public static double {{Method}}(double[] values)
            {
                // TODO: the reference implementation: validate the input, use a numerically stable formula.
                throw new NotImplementedException("TODO {{name}}.{{Method}}: write the reference implementation.");
            }
        }

        """;

    /// <param name="namespace">The topic's namespace.</param>
    /// <param name="name">The kata's class name.</param>
    /// <param name="hasHarness">Whether the kata project sees the shared harness (TestData): the real workbook does.</param>
    public static string Tests(string @namespace, string name, bool hasHarness)
    {
        var usings = hasHarness ? "using MathForML.Verification;\n\n" : "";
        var data = hasHarness
            ? "var data = new TestData(seed);\n        var values = data.Vector(8);"
            : "var random = new Random(seed);\n        var values = Enumerable.Range(0, 8).Select(_ => random.NextDouble()).ToArray();";
        return $$"""
            {{usings}}namespace {{@namespace}}.Tests;

            /// <summary>TODO: what this fixture proves about {{name}}.</summary>
            public class {{name}}Tests
            {
                // TODO worked example: the arithmetic a reader can check by hand, e.g. 1 + 2 + 3 = 6.
                [Test]
                [Order(1)]
                public void TODO_worked_example_stated_as_a_sentence()
                {
                    Assert.Fail("TODO: write a worked example, e.g. {{name}}.{{Method}}([1, 2, 3]).Should().Be(6);");
                }

                // TODO property: the invariant (or the MathNet oracle) that holds on seeded random inputs.
                [Test]
                [Order(2)]
                public void TODO_property_on_seeded_random_inputs([Range(1, 5)] int seed)
                {
                    {{data}}
                    Assert.Fail($"TODO: check an invariant of {{name}}.{{Method}} on these {values.Length} seeded values (seed {seed}).");
                }

                // TODO bad input: which input is invalid, and why.
                [Test]
                [Order(3)]
                public void TODO_rejects_bad_input()
                {
                    Assert.Fail("TODO: expect a specific exception, e.g. FluentActions.Invoking(() => {{name}}.{{Method}}([])).Should().Throw<ArgumentException>().WithMessage(\"*empty*\");");
                }
            }

            """;
    }

    /// <summary>The lesson: every part the verifier requires, each still saying TODO.</summary>
    public static string Lesson(string id, string name) =>
        $"# {Title(name)}\n\n`{id}` · the stub [{name}.cs]({name}.cs) · the tests [{name}Tests.cs]({name}Tests.cs)\n\n"
        + string.Concat(Lessons.LessonOutline.Parts.Select(part => $"## {part}\n\nTODO: {LessonPrompts[part]}\n\n"));

    private static readonly Dictionary<string, string> LessonPrompts = new(StringComparer.Ordinal)
    {
        ["Concept overview"] = "what the idea is and why a learner wants it, in a paragraph.",
        ["Mathematical explanation"] = "the definitions (every symbol defined before use), the formulas and the algorithm, once.",
        ["Intuition & visualization"] = "a picture or a small worked example that makes the idea obvious.",
        ["Implementation notes"] = "what the tests expect, in their order; errors, shapes and tolerances.",
        ["ML connection"] = "where this shows up in machine learning.",
        ["Summary"] = "three to five bullet points.",
        ["Further reading"] = "one to three pointers (book chapter, lecture, video).",
    };

    public static IReadOnlyList<string> Hints(string name) =>
    [
        $"TODO: a nudge for {name}: where to look.",
        $"TODO: the method for {name}.",
    ];

    public static string Title(string name) => $"TODO: the title of {name}";
}
