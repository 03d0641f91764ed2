using Spectre.Console;

namespace MathForML.Kata.Verification;

/// <summary>Prints verify's steps as they finish, each problem on its own line, and the tally as the very last line.</summary>
internal sealed class VerifyRenderer(IAnsiConsole console)
{
    public void Start(string what, string rootDirectory)
    {
        console.MarkupLineInterpolated($"Verifying {what} in [bold]{rootDirectory}[/]");
        console.WriteLine();
    }

    public void Step(VerifyStep step)
    {
        if (step.SkippedBecause is not null)
        {
            console.MarkupLineInterpolated($"[bold]{step.Title}[/]: [grey]skipped ({step.SkippedBecause})[/]");
            return;
        }

        var count = step.Checks.Count == 1 ? "1 check" : $"{step.Checks.Count} checks";
        var verdict = step.Failed == 0 ? "[green]all passed[/]" : $"[red]{step.Failed} failed[/]";
        console.MarkupLine($"[bold]{Markup.Escape(step.Title)}[/]: {count}, {verdict} [grey]({step.Elapsed.TotalSeconds:0.0} s)[/]");
        foreach (var problem in step.Checks.Where(c => !c.Passed))
        {
            console.MarkupLineInterpolated($"  [red]✗[/] {problem.Text}");
        }
    }

    public void Finish(VerifyReport report)
    {
        console.WriteLine();
        if (report.Succeeded)
        {
            console.MarkupLine("[green]✓ The workbook is consistent: every check passed.[/]");
        }
        else
        {
            var problems = report.Failed == 1 ? "1 problem" : $"{report.Failed} problems";
            console.MarkupLine($"[red]✗ {problems} found.[/]");
        }

        // CI reads this line: it must stay the last one, exactly "N passed, N failed".
        console.WriteLine(report.Tally);
    }
}
