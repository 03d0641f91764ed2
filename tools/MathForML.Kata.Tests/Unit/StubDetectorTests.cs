using MathForML.Kata.Catalog;
using MathForML.Kata.Reset;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

public class StubDetectorTests
{
    [Test]
    public void Every_stub_of_the_real_workbook_is_pristine()
    {
        var root = WorkbookRoot.Locate(RepositoryRoot.Find(), RepositoryRoot.Find());
        var stubs = CatalogLoader.Load(root).Katas.Select(root.StubPath).ToList();

        stubs.Should().NotBeEmpty();
        stubs.Should().AllSatisfy(f => StubDetector.Inspect(File.ReadAllText(f)).IsPristine.Should().BeTrue(f));
    }

    [Test]
    public void No_reference_solution_of_the_real_workbook_passes_for_a_stub()
    {
        var references = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "solutions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();

        references.Should().NotBeEmpty();
        references.Should().AllSatisfy(f => StubDetector.Inspect(File.ReadAllText(f)).IsPristine.Should().BeFalse(f));
    }

    [Test]
    public void One_implemented_method_among_stubs_makes_the_file_a_learners_work()
    {
        const string source = """
            namespace Demo;

            public static class Sums
            {
                /// <summary>Σ.</summary>
                public static double Sum(double[] values)
                {
                    var total = 0.0;
                    foreach (var v in values) { total += v; }
                    return total;
                }

                public static double Mean(double[] values) => throw new NotImplementedException("TODO Sums.Mean: { not a brace");
            }
            """;

        var shape = StubDetector.Inspect(source);

        shape.IsPristine.Should().BeFalse();
        shape.Throwing.Should().Be(1);
        shape.Implemented.Should().Equal("Sum");
    }

    [Test]
    // A stub may give the learner a finished data type (a result record, an expression tree); only the
    // types with something left to implement decide whether the file is untouched.
    public void A_finished_type_given_beside_the_stub_does_not_count_as_learner_work()
    {
        const string source = """
            namespace Demo;

            public sealed record Factors(double[] Values)
            {
                public int Count => Values.Length;
            }

            public static class Factorizer
            {
                public static Factors Factor(double[] a) => throw new NotImplementedException("TODO Factorizer.Factor");
            }
            """;

        var pristine = StubDetector.Inspect(source);
        var started = StubDetector.Inspect(source.Replace("throw new NotImplementedException(\"TODO Factorizer.Factor\")", "new Factors(a)", StringComparison.Ordinal));

        pristine.IsPristine.Should().BeTrue();
        pristine.Implemented.Should().BeEmpty();
        started.IsPristine.Should().BeFalse("the only method to implement now has real code");
    }

    [Test]
    public void Comments_strings_and_braces_inside_them_do_not_confuse_the_detector()
    {
        const string source = """"
            namespace Demo;

            // A comment with code in it: public static int X() { return 1; }
            /* and a block comment { with braces } */
            public static class Tricky
            {
                private const string Template = "}{ return 5; {";
                private static readonly string Raw = """
                    { not code }
                    """;

                public static string Format(double x)
                {
                    // TODO: format it like $"{x:F2}".
                    throw new System.NotImplementedException($"TODO Tricky.Format: {nameof(x)} as \"{{x}}\"");
                }

                public static char First(string s) =>
                    throw new NotImplementedException('}'.ToString());
            }
            """";

        var shape = StubDetector.Inspect(source);

        shape.Implemented.Should().BeEmpty();
        shape.Throwing.Should().Be(2);
        shape.IsPristine.Should().BeTrue();
    }

    [Test]
    public void Properties_accessors_and_indexers_count_like_methods()
    {
        const string source = """
            namespace Demo;

            public sealed class Window
            {
                public int Size => throw new NotImplementedException();

                public double this[int i]
                {
                    get => throw new NotImplementedException();
                    set { throw new NotImplementedException(); }
                }

                public int Count { get { return 3; } }
            }
            """;

        var shape = StubDetector.Inspect(source);

        shape.Throwing.Should().Be(3);
        shape.Implemented.Should().Equal("Count.get");
    }

    [Test]
    public void Constructors_overrides_private_helpers_records_and_fields_are_given_code_not_the_learners()
    {
        const string source = """
            namespace Demo;

            public sealed record Fit(double Slope, double Intercept);

            public sealed class Model
            {
                private readonly Func<double, double> square = x => x * x;
                private readonly int[] sizes = { 1, 2 };

                public Model(int size) { Size = size; }

                public int Size { get; }

                public override string ToString() => $"Model({Size})";

                public double Predict(double x) => throw new NotImplementedException("TODO Model.Predict");

                private static double Helper(double x) => x + 1;
            }
            """;

        var shape = StubDetector.Inspect(source);

        shape.Implemented.Should().BeEmpty();
        shape.Throwing.Should().Be(1);
        shape.IsPristine.Should().BeTrue();
    }

    [Test]
    public void A_file_with_nothing_to_implement_is_not_a_stub()
    {
        StubDetector.Inspect("namespace Demo;\n\npublic static class Empty\n{\n}\n").IsPristine.Should().BeFalse();
    }

    [TestCase("throw new NotImplementedException();", true)]
    [TestCase("throw new System.NotImplementedException(\"TODO\");", true)]
    [TestCase("throw new ArgumentException(\"no\");", false)]
    [TestCase("throw new NotImplementedException(); return 1;", false)]
    [TestCase("return Helper() ?? throw new NotImplementedException();", false)]
    public void Only_a_lone_NotImplementedException_throw_is_a_stub_body(string body, bool isStub)
    {
        StubDetector.IsNotImplementedThrow(body).Should().Be(isStub);
    }
}
