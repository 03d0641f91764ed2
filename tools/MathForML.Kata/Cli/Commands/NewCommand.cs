using System.CommandLine;
using MathForML.Kata.Scaffold;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "new",
            "Scaffold a kata for contributors: stub, test fixture, reference and catalog entry, all marked TODO. Never overwrites anything.");
        var topicArgument = new Argument<string>("topic") { Description = "The topic: its folder (00-prerequisites) or name (prerequisites)." };
        var nameArgument = new Argument<string>("Name") { Description = "The kata's class name in PascalCase, e.g. LinearMaps." };
        command.Add(topicArgument);
        command.Add(nameArgument);
        command.SetAction((parsed, _) => CliOptions.Guarded(context.Error, () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var topic = TargetResolver.ResolveTopic(catalog, parsed.GetValue(topicArgument)!);
            var name = parsed.GetValue(nameArgument)!.Trim();
            if (KataName.Problem(name) is { } problem)
            {
                throw new UsageException($"Cannot create a kata called that: {problem}.");
            }

            var scaffolder = new KataScaffolder(workbook, catalog);
            var plan = scaffolder.Plan(topic, name);
            if (plan.Refusals.Count > 0)
            {
                context.Console.MarkupLineInterpolated($"[red]Nothing was created[/] for {plan.Id}:");
                foreach (var refusal in plan.Refusals)
                {
                    context.Console.WriteLine("  " + refusal);
                }

                return Task.FromResult(ExitCodes.Problems);
            }

            scaffolder.Write(topic, name, plan);
            Report(context.Console, workbook, plan);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void Report(IAnsiConsole console, WorkbookRoot workbook, ScaffoldPlan plan)
    {
        console.MarkupLineInterpolated($"[green]Created[/] the kata {plan.Id}:");
        var table = new Table().NoBorder().HideHeaders().AddColumn("Path").AddColumn("What");
        table.AddRow(new Text(workbook.Relative(plan.StubPath)), new Text("the stub learners edit"));
        table.AddRow(new Text(workbook.Relative(plan.TestPath)), new Text("the tests: three templates that fail until you write them"));
        table.AddRow(new Text(workbook.Relative(plan.LessonPath)), new Text("the lesson: seven parts that say TODO"));
        table.AddRow(new Text(workbook.Relative(plan.ReferencePath)), new Text("the reference solution"));
        table.AddRow(new Text(workbook.Relative(workbook.CatalogPath)), new Text($"the entry {plan.Id}: title, covers and hints say TODO"));
        console.Write(table);
        console.WriteLine(
            $"Next: fill in the stub's surface and docs, the reference, the three tests, the lesson and the catalog entry; list {plan.Id} in "
            + $"roadmap.md and link its folder in the topic's README.md; then run `{KataCommand.With($"verify {plan.Id}")}` until it passes.");
    }
}
