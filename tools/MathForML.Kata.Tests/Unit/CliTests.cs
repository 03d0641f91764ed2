using MathForML.Kata.Cli;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Tests.Unit;

/// <summary>Command-line behaviour that needs no build: usage errors, help, finding the workbook.</summary>
public class CliTests
{
    private string emptyFolder = null!;

    [SetUp]
    public void CreateEmptyFolder()
    {
        emptyFolder = Path.Combine(Path.GetTempPath(), "kata-empty-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(emptyFolder);
    }

    [TearDown]
    public void DeleteEmptyFolder() => Directory.Delete(emptyFolder, recursive: true);

    [Test]
    public void Help_lists_the_commands_and_exits_0()
    {
        var result = CliRun.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("list").And.Contain("progress").And.Contain("verify").And.Contain("--root");
    }

    [Test]
    public void An_unknown_option_exits_2_and_points_to_help()
    {
        var result = CliRun.Run("list", "--colour");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--colour").And.Contain("kata --help");
    }

    [Test]
    public void A_non_positive_timeout_is_a_usage_error()
    {
        var result = CliRun.Run("progress", "--timeout", "0");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--timeout must be a positive number of seconds.");
    }

    [TestCase("list")]
    [TestCase("progress")]
    [TestCase("verify")]
    public void A_root_without_a_catalog_exits_2_with_a_clear_message(string command)
    {
        var result = CliRun.Run(command, "--root", emptyFolder);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"'{emptyFolder}' is not a workbook root: it has no katas/catalog.json.");
    }

    [Test]
    public void The_root_is_found_by_walking_up_from_a_subfolder()
    {
        Directory.CreateDirectory(Path.Combine(emptyFolder, "katas", "00-demo", "Tests"));
        File.WriteAllText(Path.Combine(emptyFolder, "katas", "catalog.json"), "{}");

        WorkbookRoot.Locate(null, Path.Combine(emptyFolder, "katas", "00-demo", "Tests")).Directory.Should().Be(emptyFolder);
    }

    [Test]
    public void No_workbook_above_the_current_folder_is_a_usage_error()
    {
        var act = () => WorkbookRoot.Locate(null, emptyFolder);

        act.Should().Throw<UsageException>().WithMessage("No workbook found: *--root <dir>.");
    }

    [Test]
    public void An_unreadable_catalog_is_a_usage_error_for_progress()
    {
        Directory.CreateDirectory(Path.Combine(emptyFolder, "katas"));
        File.WriteAllText(Path.Combine(emptyFolder, "katas", "catalog.json"), "{ not json");

        var result = CliRun.Run("progress", "--root", emptyFolder);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("katas/catalog.json is not valid");
    }

    [Test]
    public void Redirected_output_has_no_ansi_escape_sequences()
    {
        using var writer = new StringWriter();
        var console = ConsoleFactory.Create(writer, isTerminal: false);

        console.MarkupLine("[red bold]✗ failing[/] [green]✓ done[/]");
        console.Write(new Table().AddColumn("Kata").AddRow("demo/adder"));

        writer.ToString().Should().NotContain("\u001b").And.Contain("✗ failing ✓ done").And.Contain("demo/adder");
    }
}
