using System.Text.RegularExpressions;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>reset on a throwaway workbook under git: the learner's file is backed up, the stub comes from history.</summary>
[TestFixture]
[Category("Integration")]
public class ResetScenarioTests
{
    private const string LearnersAdder = """
        namespace MathForML.Demo;

        /// <summary>Integer addition.</summary>
        public static class Adder
        {
            /// <summary>My own attempt.</summary>
            public static int Add(int a, int b) => a + b; // learner's work
        }

        """;

    private MiniWorkbook workbook = null!;

    [SetUp]
    public void CreateWorkbookWithHistory()
    {
        workbook = MiniWorkbook.Create();
        CliRun.Run("checksums", "--root", workbook.Directory).ExitCode.Should().Be(0);
        Git.Run(workbook.Directory, "init", "-q");
        Git.CommitAll(workbook.Directory, "The workbook as published");

        // The learner commits their work: the newest committed version is no longer a stub.
        workbook.Write(MiniWorkbook.AdderStub, LearnersAdder);
        Git.CommitAll(workbook.Directory, "My adder");
    }

    [TearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    [Test]
    public void Reset_backs_up_the_learners_file_prints_where_and_restores_the_stub_from_history()
    {
        workbook.Write(MiniWorkbook.AdderStub, LearnersAdder + "// and an unsaved thought\n");

        var result = workbook.Kata("reset", "demo/adder");

        result.ExitCode.Should().Be(0, result.ToString());
        var backup = Regex.Match(result.Output, @"Backed up your katas/00-demo/01-adder/Adder\.cs to (?<path>\.kata/backups/[0-9]{8}-[0-9]{6}/katas/00-demo/01-adder/Adder\.cs)");
        backup.Success.Should().BeTrue(result.ToString());
        workbook.Read(backup.Groups["path"].Value).Should().Be(LearnersAdder + "// and an unsaved thought\n");
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(MiniWorkbook.AdderStubSource);
        result.Output.Should().Contain("Reset demo/adder: katas/00-demo/01-adder/Adder.cs is the stub again");
    }

    [Test]
    public void Reset_tests_puts_back_the_shipped_tests_even_when_the_learner_committed_their_edit()
    {
        var shipped = workbook.Read(MiniWorkbook.AdderTests);
        workbook.Write(MiniWorkbook.AdderTests, "namespace MathForML.Demo.Tests;\n\npublic class AdderTests\n{\n}\n");
        Git.CommitAll(workbook.Directory, "Tests were too hard");

        var result = workbook.Kata("reset", "demo/adder", "--tests");

        result.ExitCode.Should().Be(0, result.ToString());
        workbook.Read(MiniWorkbook.AdderTests).Should().Be(shipped);
        result.Output.Should().Contain("Backed up your katas/00-demo/01-adder/AdderTests.cs to .kata/backups/")
            .And.Contain("Restored katas/00-demo/01-adder/AdderTests.cs");
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(LearnersAdder, "the learner's stub is left alone");
    }

    [Test]
    public void Reset_of_an_untouched_stub_changes_nothing_and_makes_no_backup()
    {
        var result = workbook.Kata("reset", "demo/doubler");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("demo/doubler: katas/00-demo/02-doubler/Doubler.cs is already the stub; nothing to do.");
        Directory.Exists(workbook.Path(".kata/backups")).Should().BeFalse();
    }

    [Test]
    public void Reset_all_without_yes_refuses_when_nobody_can_answer_and_changes_nothing()
    {
        var result = workbook.Kata("reset", "--all");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("add --yes to confirm");
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(LearnersAdder);
    }

    [Test]
    public void Reset_all_asks_and_an_answer_other_than_yes_keeps_everything()
    {
        var result = CliRun.Run(new StringReader("n\n"), "reset", "--all", "--root", workbook.Directory);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("Reset all 2 katas to their stubs?").And.Contain("Nothing was reset.");
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(LearnersAdder);
    }

    [Test]
    public void Reset_all_with_yes_backs_up_and_resets_every_changed_kata()
    {
        var result = workbook.Kata("reset", "--all", "--yes");

        result.ExitCode.Should().Be(0, result.ToString());
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(MiniWorkbook.AdderStubSource);
        result.Output.Should().Contain("Backed up your katas/00-demo/01-adder/Adder.cs to .kata/backups/");
        result.Output.Should().Contain("demo/doubler: katas/00-demo/02-doubler/Doubler.cs is already the stub");
        File.ReadAllText(workbook.Path(".kata/.gitignore")).Should().Contain("*");
    }

    [Test]
    public void Reset_without_git_history_says_why_and_changes_nothing()
    {
        Directory.Delete(workbook.Path(".git"), recursive: true);

        var result = workbook.Kata("reset", "demo/adder");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("Could not reset demo/adder: git cannot read the history here");
        workbook.Read(MiniWorkbook.AdderStub).Should().Be(LearnersAdder);
    }

    [Test]
    public void Reset_needs_a_kata_or_all()
    {
        var result = workbook.Kata("reset");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Which kata?");
    }
}
