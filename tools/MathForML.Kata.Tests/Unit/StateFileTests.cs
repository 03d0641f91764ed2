using MathForML.Kata.Caching;
using MathForML.Kata.Progress;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

/// <summary>Local state in .kata/ cannot break the tool: unreadable files are moved aside, runs take turns.</summary>
public class StateFileTests
{
    [TestCase("{ not json", TestName = "A_corrupt_progress_file_is_moved_aside_and_named_in_a_warning")]
    [TestCase("[1, 2, 3]", TestName = "A_foreign_progress_file_is_moved_aside_and_named_in_a_warning")]
    [TestCase("{\"savedAt\": \"2025-01-01T00:00:00+00:00\"}", TestName = "A_progress_file_without_katas_is_moved_aside")]
    public void Unreadable_progress_is_moved_aside(string content)
    {
        using var workbook = MiniWorkbook.Create();
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        workbook.Write(".kata/progress.json", content);
        using var warnings = new StringWriter();

        new ProgressStore(root, warnings).Load().Should().BeNull();

        File.Exists(root.ProgressStatePath).Should().BeFalse();
        var backup = Directory.GetFiles(root.StateFolder, "progress.json.unreadable-*").Should().ContainSingle().Subject;
        File.ReadAllText(backup).Should().Be(content, "the learner's file is kept, not deleted");
        warnings.ToString().Trim().Split('\n').Should().ContainSingle()
            .Which.Should().Contain(".kata/progress.json").And.Contain(Path.GetFileName(backup));
    }

    [Test]
    public void A_missing_progress_file_is_a_first_run_without_warnings()
    {
        using var workbook = MiniWorkbook.Create();
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        using var warnings = new StringWriter();

        new ProgressStore(root, warnings).Load().Should().BeNull();

        warnings.ToString().Should().BeEmpty();
    }

    [Test]
    public void Concurrent_saves_never_leave_a_half_written_file()
    {
        using var workbook = MiniWorkbook.Create();
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        var path = Path.Combine(root.CacheFolder, "numbers.json");

        Parallel.For(0, 40, i => StateFile.Save(root, path, Enumerable.Range(0, 2000 + i).ToArray()));

        using var warnings = new StringWriter();
        StateFile.Load<int[]>(root, path, warnings).Should().NotBeNull().And.Subject.Should().HaveCountGreaterThanOrEqualTo(2000);
        warnings.ToString().Should().BeEmpty();
        Directory.GetFiles(root.CacheFolder, "*.tmp").Should().BeEmpty();
    }

    [Test]
    public async Task A_second_run_waits_for_the_first_to_release_the_checkout()
    {
        using var workbook = MiniWorkbook.Create();
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        using var notices = new StringWriter();

        var first = await RunLock.AcquireAsync(root, notices, CancellationToken.None);
        var second = RunLock.AcquireAsync(root, notices, CancellationToken.None);
        await Task.Delay(600);
        second.IsCompleted.Should().BeFalse("the first run still holds the checkout");
        notices.ToString().Should().Contain("waiting");

        first.Dispose();
        using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(30));
        acquired.Should().NotBeNull();
    }
}
