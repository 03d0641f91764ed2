using MathForML.Kata.Cli;
using MathForML.Kata.Verification;

namespace MathForML.Kata.Tests.Unit;

public class VerifyOutputTests
{
    private static readonly VerifyReport Report = new(
    [
        new VerifyStep("Build", [Check.Pass("builds")], TimeSpan.FromSeconds(3)),
        new VerifyStep("Kata tests on the stubs", [
            Check.Pass("demo/adder: Adds fails on the stub"),
            Check.Fail("demo/adder: Subtracts passes on the stub (every test must fail until the learner implements the kata)"),
            Check.Fail("demo/doubler: fixture ran no tests"),
            Check.Pass("demo/doubler: Doubles fails on the stub"),
        ], TimeSpan.FromSeconds(1)),
        VerifyStep.Skipped("Other test projects", "a target was given"),
    ]);

    [Test]
    public void The_tally_counts_every_check_of_every_step()
    {
        Report.Passed.Should().Be(3);
        Report.Failed.Should().Be(2);
        Report.Succeeded.Should().BeFalse();
        Report.Tally.Should().Be("3 passed, 2 failed");
        VerifyReport.FormatTally(212, 0).Should().Be("212 passed, 0 failed");
    }

    [Test]
    public void The_rendered_report_lists_each_problem_and_ends_with_the_tally_line()
    {
        using var writer = new StringWriter();
        var renderer = new VerifyRenderer(ConsoleFactory.Create(writer, isTerminal: false));

        renderer.Start("the whole workbook", "/w");
        foreach (var step in Report.Steps)
        {
            renderer.Step(step);
        }

        renderer.Finish(Report);

        var lines = writer.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[^1].Should().Be("3 passed, 2 failed");
        lines.Should().Contain("Kata tests on the stubs: 4 checks, 2 failed (1.0 s)");
        lines.Should().Contain("  ✗ demo/adder: Subtracts passes on the stub (every test must fail until the learner implements the kata)");
        lines.Should().Contain("  ✗ demo/doubler: fixture ran no tests");
        lines.Should().Contain("Other test projects: skipped (a target was given)");
        lines.Should().NotContain(l => l.Contains("Adds fails on the stub", StringComparison.Ordinal), "passed checks are only counted");
    }

    [Test]
    public void A_clean_report_ends_with_zero_failed()
    {
        using var writer = new StringWriter();
        var clean = new VerifyReport([new VerifyStep("Build", [Check.Pass("builds")], TimeSpan.Zero)]);

        new VerifyRenderer(ConsoleFactory.Create(writer, isTerminal: false)).Finish(clean);

        writer.ToString().TrimEnd().Split('\n')[^1].Should().Be("1 passed, 0 failed");
    }
}
