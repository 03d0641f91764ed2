using MathForML.Kata.Caching;
using MathForML.Kata.Catalog;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

/// <summary>
/// The progress cache on a throwaway workbook (files only, nothing built): results come back while the topic's
/// sources and the tool are unchanged, and never after any change that could alter them.
/// </summary>
public class ProgressCacheTests
{
    private const string Tool = "tool-build-1";

    /// <summary>A throwaway workbook whose topic has results cached under its current sources.</summary>
    private sealed class Cached : IDisposable
    {
        public Cached()
        {
            Root = WorkbookRoot.Locate(Workbook.Directory, Workbook.Directory);
            var topic = CatalogLoader.Load(Root).Topics[0];
            Scope = new TopicScope(topic, topic.Katas);
            Cache = new ProgressCache(Root, Warnings, Tool);
            KataProgress[] measured =
            [
                new(Scope.Katas[0], KataStatus.Failing, 3, 4) { Results = [new(Scope.Katas[0].FixtureFullName, "Adds", "Failed", "expected 3")] },
                new(Scope.Katas[1], KataStatus.Done, 2, 2),
            ];
            Cache.Store(topic, Cache.FingerprintOf(topic), measured);
        }

        public MiniWorkbook Workbook { get; } = MiniWorkbook.Create();

        public WorkbookRoot Root { get; }

        public TopicScope Scope { get; }

        public ProgressCache Cache { get; }

        public StringWriter Warnings { get; } = new();

        public IReadOnlyList<KataProgress>? Reuse() => Cache.Reuse(Scope, Cache.FingerprintOf(Scope.Topic));

        public void Dispose()
        {
            Warnings.Dispose();
            Workbook.Dispose();
        }
    }

    [Test]
    public void An_unchanged_topic_gets_its_stored_results_back_with_the_failure_messages()
    {
        using var cached = new Cached();

        var reused = cached.Reuse();

        reused.Should().NotBeNull();
        reused!.Select(k => (k.Kata.Id, k.Status, k.Passed, k.Total)).Should().Equal(
            ("demo/adder", KataStatus.Failing, 3, 4), ("demo/doubler", KataStatus.Done, 2, 2));
        reused![0].Results.Single().Message.Should().Be("expected 3");
    }

    [TestCase(MiniWorkbook.AdderStub, TestName = "Editing_a_stub_invalidates_the_topic")]
    [TestCase(MiniWorkbook.DoublerTests, TestName = "Editing_a_test_file_invalidates_the_topic")]
    [TestCase("katas/00-demo/MathForML.Katas.Demo.csproj", TestName = "Editing_the_kata_project_invalidates_the_topic")]
    [TestCase("katas/catalog.json", TestName = "Editing_the_catalog_invalidates_the_topic")]
    public void A_changed_source_is_never_answered_from_the_cache(string file)
    {
        using var cached = new Cached();

        File.AppendAllText(cached.Workbook.Path(file), "\n// an edit\n");

        cached.Reuse().Should().BeNull();
    }

    [Test]
    public void A_file_added_to_a_kata_folder_invalidates_the_topic()
    {
        using var cached = new Cached();

        cached.Workbook.Write("katas/00-demo/01-adder/Helper.cs", "namespace MathForML.Demo;\n");

        cached.Reuse().Should().BeNull();
    }

    [Test]
    public void A_rebuilt_tool_never_reuses_results_of_the_old_one()
    {
        using var cached = new Cached();
        var rebuilt = new ProgressCache(cached.Root, cached.Warnings, "tool-build-2");

        rebuilt.Reuse(cached.Scope, rebuilt.FingerprintOf(cached.Scope.Topic)).Should().BeNull();
    }

    [Test]
    public void Build_output_and_reference_solutions_do_not_invalidate_the_learners_topic()
    {
        using var cached = new Cached();

        cached.Workbook.Write("katas/00-demo/obj/Debug/generated.cs", "// written by a build");
        File.AppendAllText(cached.Workbook.Path(MiniWorkbook.AdderReference), "\n// the reference changed\n");

        cached.Reuse().Should().NotBeNull();
    }

    [Test]
    public void A_timestamp_change_alone_keeps_the_cache_because_contents_are_hashed()
    {
        using var cached = new Cached();

        File.SetLastWriteTimeUtc(cached.Workbook.Path(MiniWorkbook.AdderStub), DateTime.UtcNow.AddDays(1));

        cached.Reuse().Should().NotBeNull();
    }

    [Test]
    public void A_corrupt_cache_file_is_moved_aside_with_a_warning_naming_the_backup()
    {
        using var cached = new Cached();
        File.WriteAllText(cached.Cache.PathOf(cached.Scope.Topic), "{ \"fingerprint\": ");

        cached.Reuse().Should().BeNull();

        File.Exists(cached.Cache.PathOf(cached.Scope.Topic)).Should().BeFalse();
        var backup = Directory.GetFiles(Path.GetDirectoryName(cached.Cache.PathOf(cached.Scope.Topic))!, "*.unreadable-*").Should().ContainSingle().Subject;
        cached.Warnings.ToString().Should().Contain("could not be read").And.Contain(Path.GetFileName(backup));
    }
}
