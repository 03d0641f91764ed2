using System.Buffers.Binary;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>
/// kata plot on a throwaway workbook: a stub names the method to implement, a solved kata gets its figures, a wrong
/// answer draws a different figure, and a hanging kata is stopped by the wall-clock limit like in progress.
/// </summary>
[TestFixture]
[Category("Integration")]
public class FigureScenarioTests
{
    private const string Output = ".kata/figures/demo/doubler";

    private MiniWorkbook workbook = null!;

    [OneTimeSetUp]
    public void CreateWorkbook() => workbook = FigureWorkbook.Create();

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    private string Drawing(string relative) => workbook.Read(relative);

    [Test, Order(1)]
    public void On_the_stub_plot_names_the_method_to_implement_first_without_a_stack_trace()
    {
        var result = workbook.Kata("plot", "demo/doubler");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("doubles: implement Doubler.Twice first").And.Contain(MiniWorkbook.DoublerStub);
        result.Output.Should().NotContain("   at ").And.NotContain("Exception:");
        File.Exists(workbook.Path($"{Output}/doubles.png")).Should().BeFalse();
    }

    [Test, Order(2)]
    public void Once_solved_plot_writes_png_and_svg_of_the_stated_size_and_prints_their_paths()
    {
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource))
        {
            var result = workbook.Kata("plot", "demo/doubler");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain($"{Output}/doubles.png").And.Contain($"{Output}/doubles.svg");
            var png = File.ReadAllBytes(workbook.Path($"{Output}/doubles.png"));
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(720);
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(480);
        }
    }

    [Test, Order(3)]
    public void A_wrong_answer_draws_a_different_figure_than_the_right_one()
    {
        var right = Drawing($"{Output}/doubles.svg");
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource.Replace("2 * x", "3 * x", StringComparison.Ordinal)))
        {
            workbook.Kata("plot", "demo/doubler").ExitCode.Should().Be(0);

            Drawing($"{Output}/doubles.svg").Should().NotBe(right, "the figure is drawn from the learner's Twice");
        }

        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource))
        {
            workbook.Kata("plot", "demo/doubler").ExitCode.Should().Be(0);

            Drawing($"{Output}/doubles.svg").Should().Be(right, "the same answer draws the same figure");
        }
    }

    [Test, Order(4)]
    public void A_hanging_kata_is_stopped_by_the_time_limit_and_named()
    {
        var looping = MiniWorkbook.DoublerStubSource.Replace("=> throw new NotImplementedException();", "{ while (true) { } }", StringComparison.Ordinal);
        using (workbook.Change(MiniWorkbook.DoublerStub, looping))
        {
            var result = workbook.Kata("plot", "demo/doubler", "--timeout", "5");

            result.ExitCode.Should().Be(1, result.ToString());
            result.Output.Should().Contain("the figure doubles did not finish within 5 s: look for a loop that never ends");
        }
    }

    [Test, Order(5)]
    public void The_reference_draws_into_its_own_folder_and_update_lessons_writes_the_lesson_picture()
    {
        var reference = workbook.Kata("plot", "demo/doubler", "--reference");
        reference.ExitCode.Should().Be(0, reference.ToString());
        reference.Output.Should().Contain($"{Output}/reference/doubles.png");

        var lessons = workbook.Kata("plot", "--update-lessons", "demo");
        lessons.ExitCode.Should().Be(0, lessons.ToString());
        lessons.Output.Should().Contain("katas/00-demo/02-doubler/figures/doubles.svg");
        File.Exists(workbook.Path("katas/00-demo/02-doubler/figures/doubles.png")).Should().BeFalse("lessons show the SVG only");
    }

    [Test, Order(6)]
    public void A_method_of_an_earlier_kata_is_named_with_that_kata_s_stub()
    {
        // A figure may build on an earlier kata: here the doubler's figure also adds, while the adder is still a stub.
        const string figures = """
            using MathForML.Figures;
            using ScottPlot;

            namespace MathForML.Demo.Figures;

            /// <summary>The doubler's figure, built on the adder too.</summary>
            public static class DoublerFigures
            {
                private static readonly double[] Xs = [0, 1, 2, 3, 4];

                /// <summary>2x against x, and x + 1 from Adder.Add.</summary>
                /// <returns>The plot.</returns>
                [Figure("doubles", "2x and x + 1")]
                public static Plot Doubles() => Charts.Curves(
                    "Doubling and adding one", "x", "y", [Series.Of("Twice(x)", Xs, Doubler.Twice), Series.Of("Add(x, 1)", Xs, x => Adder.Add((int)x, 1))]);
            }

            """;
        using (workbook.Change(FigureWorkbook.DoublerFigures, figures))
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource))
        {
            var result = workbook.Kata("plot", "demo/doubler");

            result.Output.Should().Contain($"implement Adder.Add first (it still throws NotImplementedException; see {MiniWorkbook.AdderStub}, the stub of demo/adder)");
        }
    }

    [Test, Order(7)]
    public void A_kata_without_figures_says_so()
    {
        var result = workbook.Kata("plot", "demo/adder");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("demo/adder has no figures yet (no *Figures.cs in katas/00-demo/01-adder)");
    }
}
