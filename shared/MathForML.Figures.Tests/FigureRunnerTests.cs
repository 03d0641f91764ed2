using System.Buffers.Binary;
using ScottPlot;

namespace MathForML.Figures.Tests;

/// <summary>The runner draws each figure to files of the stated size, and says plainly when it cannot.</summary>
public class FigureRunnerTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Path.Combine(Path.GetTempPath(), "figures-tests-" + Guid.NewGuid().ToString("N")[..8]);

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_figure_is_written_as_png_and_svg_of_the_stated_size()
    {
        var (method, figure) = FigureRunner.Definitions(typeof(SampleFigures))[0];

        var outcome = FigureRunner.Draw(method, figure, folder);

        outcome.Status.Should().Be("ok");
        outcome.Files.Should().Equal(Path.Combine(folder, "parabola.png"), Path.Combine(folder, "parabola.svg"));
        // A PNG starts with its 8-byte signature and the IHDR chunk: width and height as big-endian integers.
        var png = File.ReadAllBytes(outcome.Files[0]);
        png.AsSpan(1, 3).ToArray().Should().Equal("PNG"u8.ToArray());
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(FigureStyle.Width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(FigureStyle.Height);
        File.ReadAllText(outcome.Files[1]).Should().Contain("<svg").And.Contain($"width=\"{FigureStyle.Width}\"").And.Contain($"height=\"{FigureStyle.Height}\"");
    }

    [Test]
    public void Figures_are_listed_in_declaration_order_and_only_parameterless_plot_methods_count()
    {
        FigureRunner.Definitions(typeof(SampleFigures)).Select(d => d.Figure.Name)
            .Should().Equal("parabola", "needs-a-stub", "throws", "parabola-again");
    }

    [Test]
    public void A_stub_method_still_throwing_is_named_instead_of_a_stack_trace()
    {
        var (method, figure) = FigureRunner.Definitions(typeof(SampleFigures))[1];

        var outcome = FigureRunner.Draw(method, figure, folder);

        outcome.Should().Be(new FigureOutcome("needs-a-stub", "not-implemented", "Stub.Compute", []));
        Directory.Exists(folder).Should().BeFalse("nothing is written for a figure that was not drawn");
    }

    [Test]
    public void Any_other_failure_is_reported_with_its_type_and_message()
    {
        var (method, figure) = FigureRunner.Definitions(typeof(SampleFigures))[2];

        FigureRunner.Draw(method, figure, folder).Should().Be(new FigureOutcome("throws", "failed", "InvalidOperationException: no data", []));
    }

    [Test]
    public void Draw_all_reports_each_figure_on_its_own_line_and_counts_the_ones_not_drawn()
    {
        using var output = new StringWriter();

        var failures = FigureRunner.DrawAll(typeof(SampleFigures), folder, png: false, svg: true, output);

        failures.Should().Be(2);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4).And.AllSatisfy(l => l.Should().StartWith(FigureRunner.OutcomePrefix));
        File.Exists(Path.Combine(folder, "parabola.svg")).Should().BeTrue();
        File.Exists(Path.Combine(folder, "parabola.png")).Should().BeFalse("only SVG was asked for");
    }

    [Test]
    public void The_same_data_draws_the_same_svg_and_other_data_a_different_one()
    {
        // What learners rely on: a figure changes exactly when their results change.
        var definitions = FigureRunner.Definitions(typeof(SampleFigures));
        var first = FigureRunner.Draw(definitions[0].Method, definitions[0].Figure, Path.Combine(folder, "a"), png: false);
        var again = FigureRunner.Draw(definitions[0].Method, definitions[0].Figure, Path.Combine(folder, "b"), png: false);
        var other = FigureRunner.Draw(definitions[3].Method, definitions[3].Figure, Path.Combine(folder, "c"), png: false);

        File.ReadAllText(again.Files[0]).Should().Be(File.ReadAllText(first.Files[0]), "clip paths are numbered from 0 in every file");
        File.ReadAllText(other.Files[0]).Should().NotBe(File.ReadAllText(first.Files[0]));
    }

    private static class Stub
    {
        public static double Compute(double x) => throw new NotImplementedException($"TODO Stub.Compute: square {x}.");
    }

    /// <summary>Figures as a kata defines them, plus two methods the runner must ignore.</summary>
    public static class SampleFigures
    {
        private static readonly double[] Xs = [-2, -1, 0, 1, 2];

        [Figure("parabola", "y = x²")]
        public static Plot Parabola() => Charts.Curves("y = x²", "x", "y", [Series.Of("x²", Xs, x => x * x)]);

        [Figure("needs-a-stub", "calls a method that is not implemented")]
        public static Plot NeedsAStub() => Charts.Curves("stub", "x", "y", [Series.Of("f", Xs, Stub.Compute)]);

        [Figure("throws", "fails for another reason")]
        public static Plot Throws() => throw new InvalidOperationException("no data");

        [Figure("parabola-again", "the same figure with other data: y = x² + 1")]
        public static Plot ParabolaAgain() => Charts.Curves("y = x²", "x", "y", [Series.Of("x²", Xs, x => (x * x) + 1)]);

        [Figure("with-a-parameter", "not a figure: it needs an argument")]
        public static Plot WithParameter(int n) => Charts.Curves("n", "x", "y", [Series.Of("n", Xs, _ => n)]);

        public static Plot NotMarked() => Charts.Curves("no attribute", "x", "y", []);
    }
}
