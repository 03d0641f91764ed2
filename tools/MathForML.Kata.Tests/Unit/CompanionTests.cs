using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Hints;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Watch;

namespace MathForML.Kata.Tests.Unit;

/// <summary>The pieces behind progress history, next, hint and watch that need no build.</summary>
public class CompanionTests
{
    private static readonly KataCatalog Catalog = CatalogLoader.Parse(MiniWorkbook.CatalogJson);

    private static KataEntry Adder => Catalog.Katas.Single(k => k.Id == "demo/adder");

    private static KataEntry Doubler => Catalog.Katas.Single(k => k.Id == "demo/doubler");

    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static StoredProgress Stored(params (string Id, string Status, int Passed, int Total)[] katas) =>
        new(Now.AddMinutes(-5), katas.ToDictionary(k => k.Id, k => new StoredKata(k.Status, k.Passed, k.Total)));

    [Test]
    public void The_change_since_the_last_run_counts_tests_gained_and_names_katas_whose_status_moved()
    {
        var previous = Stored(("demo/adder", "failing", 2, 4), ("demo/doubler", "done", 2, 2));
        KataProgress[] current = [new(Adder, KataStatus.Done, 4, 4), new(Doubler, KataStatus.Failing, 1, 2)];

        ProgressChange.Describe(previous, current, Now).Should()
            .Be("Since the last run (5 min ago): +1 test passing · demo/adder is now done · demo/doubler is now failing (was done)");
    }

    [Test]
    public void No_change_and_a_first_run_are_said_plainly()
    {
        KataProgress[] current = [new(Adder, KataStatus.NotStarted, 0, 4)];

        ProgressChange.Describe(Stored(("demo/adder", "not-started", 0, 4)), current, Now).Should().Be("No change since the last run (5 min ago).");
        ProgressChange.Describe(null, current, Now).Should().StartWith("First run:");
    }

    [Test]
    public void A_trx_file_of_a_crashed_run_gives_the_partial_results_and_the_crash_reason()
    {
        const string trx = """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="1" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testId="a1" testName="Adds" outcome="Failed" startTime="2025-01-01T12:00:01.0000000+00:00">
                  <Output><ErrorInfo><Message>boom</Message><StackTrace>   at MathForML.Demo.Adder.Add(Int32 a, Int32 b) in /w/katas/00-demo/Adder.cs:line 7</StackTrace></ErrorInfo></Output>
                </UnitTestResult>
              </Results>
              <TestDefinitions>
                <UnitTest name="Adds" id="a1"><TestMethod className="MathForML.Demo.Tests.AdderTests" name="Adds" /></UnitTest>
              </TestDefinitions>
              <ResultSummary outcome="Failed">
                <RunInfos>
                  <RunInfo computerName="vm" outcome="Error" timestamp="2025-01-01T12:00:02+00:00">
                    <Text>The active test run was aborted. Reason: Test host process crashed : Stack overflow.
               at MathForML.Demo.Recurser.Depth(Int32)
               at MathForML.Demo.Tests.RecurserTests.Depth_of_zero_is_one()</Text>
                  </RunInfo>
                </RunInfos>
              </ResultSummary>
            </TestRun>
            """;

        var report = TrxParser.ParseReport(trx);

        report.Results.Should().ContainSingle().Which.StartTime.Should().Be(new DateTimeOffset(2025, 1, 1, 12, 0, 1, TimeSpan.Zero));
        report.CrashReason.Should().NotBeNull();
        TestHostCrash.Reason(report.CrashReason!).Should().Be("Stack overflow.");
        TestHostCrash.RunningTest(report.CrashReason!, "MathForML.Demo.Tests").Should().Be(("RecurserTests", "Depth_of_zero_is_one"));
        StackTraceFrames.Parse(report.Results[0].StackTrace).Should().Equal(new SourceFrame("MathForML.Demo.Adder.Add(Int32 a, Int32 b)", "/w/katas/00-demo/Adder.cs", 7));
    }

    [Test]
    public void The_isolating_targets_file_removes_the_broken_files_with_msbuild_escaping()
    {
        var text = BuildIsolation.TargetsText(["/w/katas/00-demo/Adder.cs", "/w/it's 100%/Tests/AdderTests.cs"]);

        text.Should().Contain("<Compile Remove=\"/w/katas/00-demo/Adder.cs\" />");
        text.Should().Contain("<Compile Remove=\"/w/it%27s 100%25/Tests/AdderTests.cs\" />");
    }

    [TestCase("/w/katas/00-demo/01-adder/Adder.cs", true)]
    [TestCase("/w/katas/00-demo/01-adder/Sum.cs", true)]
    [TestCase("/w/katas/00-demo/01-adder/AdderTests.cs", false)]
    [TestCase("/w/katas/00-demo/obj/Debug/net10.0/Demo.AssemblyInfo.cs", false)]
    [TestCase("/w/katas/00-demo/bin/Debug/net10.0/x.cs", false)]
    [TestCase("/w/katas/00-demo/README.md", false)]
    public void Watch_reacts_to_learner_files_only(string path, bool learner)
    {
        SaveWatcher.IsLearnerFile("/w/katas/00-demo", path).Should().Be(learner);
    }

    [Test]
    public void Hint_without_a_kata_takes_the_first_kata_the_last_run_did_not_see_done()
    {
        HintSelection.NextFromStore(Catalog, Stored(("demo/adder", "done", 4, 4))).Should().BeSameAs(Doubler);
        HintSelection.NextFromStore(Catalog, Stored(("demo/adder", "done", 4, 4), ("demo/doubler", "done", 2, 2))).Should().BeNull();
        HintSelection.NextFromStore(Catalog, Stored()).Should().BeSameAs(Adder);
    }

    [Test]
    public void Hint_levels_show_the_first_n_hints_and_count_the_rest()
    {
        var first = HintSelection.For(Adder, 1);
        first.Shown.Should().Equal("Use the + operator.");
        first.Remaining.Should().Be(1);

        HintSelection.For(Adder, 5).Remaining.Should().Be(0);
    }

    [Test]
    public void A_command_that_needs_a_kata_lists_the_katas_of_a_topic_given_instead()
    {
        var act = () => TargetResolver.ResolveKata(Catalog, "demo", "compare");

        act.Should().Throw<UsageException>().WithMessage("'compare' needs a kata, and 'demo' is the topic 00-demo: its katas are demo/adder, demo/doubler.");
        TargetResolver.ResolveKata(Catalog, "doubler", "compare").Should().BeSameAs(Doubler);
    }

    [Test]
    public void Topics_resolve_by_folder_or_name_and_an_unknown_one_gets_suggestions()
    {
        TargetResolver.ResolveTopic(Catalog, "00-demo").Folder.Should().Be("00-demo");
        TargetResolver.ResolveTopic(Catalog, "future").Folder.Should().Be("01-future");

        var act = () => TargetResolver.ResolveTopic(Catalog, "dmeo");
        act.Should().Throw<UsageException>().WithMessage("Unknown topic 'dmeo'. Did you mean: demo?");
    }

    [Test]
    public void The_command_for_one_kata_filters_on_its_fixture()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kata-root-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "katas"));
        File.WriteAllText(Path.Combine(folder, "katas", "catalog.json"), MiniWorkbook.CatalogJson);
        try
        {
            var root = Workbook.WorkbookRoot.Locate(folder, folder);

            TopicRunner.CommandFor(root, Adder).Should().Be("dotnet test katas/00-demo --filter \"FullyQualifiedName~MathForML.Demo.Tests.AdderTests\"");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Statuses_without_results_are_timeout_crashed_and_build_error()
    {
        KataStatus.Crashed.Name().Should().Be("crashed");
        Enum.GetValues<KataStatus>().Where(s => s.HasNoResults()).Should().BeEquivalentTo([KataStatus.BuildError, KataStatus.Timeout, KataStatus.Crashed]);
    }
}
