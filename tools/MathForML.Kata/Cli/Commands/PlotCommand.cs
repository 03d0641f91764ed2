using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Figures;
using MathForML.Kata.SourceCode;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class PlotCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "plot",
            "Draw a kata's figures from your code into .kata/figures/<topic>/<kata>/ as PNG and SVG (--reference: from the reference; --update-lessons: re-render the lessons' pictures).");
        var target = CliOptions.Target("The kata (id or unique name); with --update-lessons also a topic, or nothing for every kata.");
        var reference = new Option<bool>("--reference") { Description = "Draw from the reference solution instead of your code." };
        var updateLessons = new Option<bool>("--update-lessons") { Description = "For contributors: draw from the references into each kata's figures/ folder (SVG), the pictures its lesson shows." };
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds, "Seconds allowed for drawing the figures (your code runs in them).");
        command.Add(target);
        command.Add(reference);
        command.Add(updateLessons);
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var plotter = new FigurePlotter(workbook, CliOptions.Seconds(parsed.GetValue(timeout)));
            if (parsed.GetValue(updateLessons))
            {
                var scope = TargetResolver.Resolve(catalog, parsed.GetValue(target));
                return await UpdateLessonsAsync(context, workbook, plotter, scope, token).ConfigureAwait(false);
            }

            var name = parsed.GetValue(target) ?? throw new UsageException($"Which kata? e.g. {KataCommand.With("plot linear-algebra/svd")}");
            var kata = TargetResolver.ResolveKata(catalog, name, "plot");
            var side = parsed.GetValue(reference) ? FigureSide.Reference : FigureSide.Learner;
            return await PlotAsync(context, workbook, plotter, kata, side, token).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>The hidden command that draws in a child process (see <see cref="PlotWorker"/>).</summary>
    public static Command CreateWorker(CliContext context)
    {
        var command = new Command(PlotWorker.CommandName, "Internal: draws figures in a separate process.") { Hidden = true };
        var request = new Argument<string>("request");
        command.Add(request);
        command.SetAction(parsed => PlotWorker.Run(parsed.GetValue(request)!, context.Console.Profile.Out.Writer));
        return command;
    }

    /// <summary>Draws one kata's figures from one side and reports each file, or what to do first.</summary>
    public static async Task<int> PlotAsync(
        CliContext context, WorkbookRoot workbook, FigurePlotter plotter, KataEntry kata, FigureSide side, CancellationToken cancellationToken)
    {
        var figures = KataFigures.Of(workbook, kata);
        if (figures.Count == 0)
        {
            context.Console.WriteLine($"{kata.Id} has no figures yet (no *{WorkbookRoot.FiguresSuffix} in {workbook.Relative(workbook.KataFolder(kata))}).");
            return ExitCodes.Problems;
        }

        var whose = side == FigureSide.Learner ? "your code" : "the reference";
        var (assembly, problem) = await context.WithStatus($"Building {whose}…", () => plotter.BuildAsync(kata.Topic, side, cancellationToken)).ConfigureAwait(false);
        if (assembly is null)
        {
            context.Console.WriteLine($"No figures: {problem}");
            return ExitCodes.Problems;
        }

        var folder = plotter.OutputFolder(kata, side);
        var results = await context.WithStatus($"Drawing the figures of {kata.Id} from {whose}…", () =>
            plotter.DrawAsync(assembly, figures.Select(f => (f, folder)).ToList(), png: true, svg: true, cancellationToken)).ConfigureAwait(false);
        return Report(context.Console, workbook, kata, results) ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>Prints each figure's files or why it is missing; true when every figure was drawn.</summary>
    public static bool Report(IAnsiConsole console, WorkbookRoot workbook, KataEntry kata, IReadOnlyList<PlotResult> results)
    {
        var allDrawn = true;
        foreach (var result in results)
        {
            foreach (var outcome in result.Outcomes)
            {
                switch (outcome.Status)
                {
                    case FigureOutcome.Ok:
                        console.MarkupLineInterpolated($"[green]✓[/] {outcome.Name}: {string.Join("  ", outcome.Files.Select(workbook.Relative))}");
                        break;
                    case FigureOutcome.NotImplemented:
                        allDrawn = false;
                        console.MarkupLineInterpolated(
                            $"[yellow]✗[/] {outcome.Name}: implement {outcome.Detail} first (it still throws NotImplementedException; see {Where(workbook, kata, outcome.Detail)}).");
                        break;
                    default:
                        allDrawn = false;
                        console.MarkupLineInterpolated($"[red]✗[/] {outcome.Name}: {outcome.Detail}");
                        break;
                }
            }

            if (result.Problem is not null)
            {
                allDrawn = false;
                console.MarkupLineInterpolated($"[red]✗[/] {result.Problem} (in {workbook.Relative(workbook.StubPath(kata))}).");
            }
        }

        return allDrawn;
    }

    /// <summary>
    /// The stub that declares the method still to implement: usually the kata's own, but a figure may build on an
    /// earlier kata of the topic (the SVD's compares with Jacobi's eigenvalues), and then that kata is named.
    /// </summary>
    private static string Where(WorkbookRoot workbook, KataEntry kata, string? method)
    {
        var type = method?.Split('.')[0];
        var owner = kata.Topic.Katas.FirstOrDefault(k => File.Exists(workbook.StubPath(k))
            && DeclaredTypes.In(File.ReadAllText(workbook.StubPath(k)), k.Topic.Namespace).Any(t => t == $"{k.Topic.Namespace}.{type}"));
        return owner is null || owner == kata
            ? workbook.Relative(workbook.StubPath(kata))
            : $"{workbook.Relative(workbook.StubPath(owner))}, the stub of {owner.Id}";
    }

    private static async Task<int> UpdateLessonsAsync(
        CliContext context, WorkbookRoot workbook, FigurePlotter plotter, Scope scope, CancellationToken cancellationToken)
    {
        var jobs = scope.Katas.SelectMany(k => KataFigures.Of(workbook, k).Select(f => (Figures: f, Folder: KataFigures.LessonFolder(workbook, k)))).ToList();
        if (jobs.Count == 0)
        {
            context.Console.WriteLine($"No figures to draw in {scope.Description}.");
            return ExitCodes.Success;
        }

        var topic = scope.Topics[0].Topic; // the reference test project holds every topic's figures
        var (assembly, problem) = await context.WithStatus("Building the references…", () => plotter.BuildAsync(topic, FigureSide.Reference, cancellationToken)).ConfigureAwait(false);
        if (assembly is null)
        {
            context.Console.WriteLine($"No figures: {problem}");
            return ExitCodes.Problems;
        }

        var results = await context.WithStatus($"Drawing {jobs.Sum(j => j.Figures.Figures.Count)} figures from the references…", () =>
            plotter.DrawAsync(assembly, jobs, png: false, svg: true, cancellationToken)).ConfigureAwait(false);
        var allDrawn = true;
        foreach (var result in results)
        {
            allDrawn &= Report(context.Console, workbook, result.Figures.Kata, [result]);
        }

        return allDrawn ? ExitCodes.Success : ExitCodes.Problems;
    }
}
