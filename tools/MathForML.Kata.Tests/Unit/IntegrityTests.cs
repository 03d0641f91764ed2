using MathForML.Kata.Catalog;
using MathForML.Kata.Integrity;
using MathForML.Kata.Progress;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

/// <summary>
/// Only the workbook's own tests count: a kata whose tests or given code differ from katas/checksums.json is
/// tests-modified, never done (throwaway workbook, nothing built).
/// </summary>
public class IntegrityTests
{
    private static (WorkbookRoot Root, KataCatalog Catalog) Open(MiniWorkbook workbook)
    {
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        return (root, CatalogLoader.Load(root));
    }

    private static IReadOnlyList<KataProgress> AllDone(KataCatalog catalog) =>
        [.. catalog.Katas.Select(k => new KataProgress(k, KataStatus.Done, 2, 2))];

    [Test]
    public void Katas_with_the_shipped_tests_keep_their_status()
    {
        using var workbook = MiniWorkbook.Create();
        var (root, catalog) = Open(workbook);
        new Checksums(root).Write(catalog);

        var (katas, isChecked) = TestIntegrity.Apply(root, AllDone(catalog));

        isChecked.Should().BeTrue();
        katas.Should().OnlyContain(k => k.Status == KataStatus.Done);
    }

    [Test]
    public void A_kata_turned_green_by_editing_its_tests_is_tests_modified_naming_the_file()
    {
        using var workbook = MiniWorkbook.Create();
        var (root, catalog) = Open(workbook);
        new Checksums(root).Write(catalog);
        workbook.Write(MiniWorkbook.AdderTests, workbook.Read(MiniWorkbook.AdderTests).Replace("[Test]", "[Test, Ignore(\"too hard\")]", StringComparison.Ordinal));

        var (katas, _) = TestIntegrity.Apply(root, AllDone(catalog));

        var adder = katas.Single(k => k.Kata.Id == "demo/adder");
        adder.Status.Should().Be(KataStatus.TestsModified);
        adder.ChangedFiles.Should().Equal(MiniWorkbook.AdderTests);
        adder.Detail.Should().Contain("reset demo/adder --tests");
        katas.Single(k => k.Kata.Id == "demo/doubler").Status.Should().Be(KataStatus.Done);
    }

    [Test]
    public void Deleting_a_test_file_or_adding_given_code_is_a_modification_too()
    {
        using var workbook = MiniWorkbook.Create();
        var (root, catalog) = Open(workbook);
        new Checksums(root).Write(catalog);
        File.Delete(workbook.Path(MiniWorkbook.DoublerTests));
        workbook.Write("katas/00-demo/01-adder/Shortcut.cs", "namespace MathForML.Demo;\n");

        var (katas, _) = TestIntegrity.Apply(root, AllDone(catalog));

        katas.Should().OnlyContain(k => k.Status == KataStatus.TestsModified);
        katas.Single(k => k.Kata.Id == "demo/adder").ChangedFiles.Should().Equal("katas/00-demo/01-adder/Shortcut.cs");
    }

    [Test]
    public void Line_endings_converted_by_a_windows_checkout_are_not_a_modification()
    {
        using var workbook = MiniWorkbook.Create();
        var (root, catalog) = Open(workbook);
        new Checksums(root).Write(catalog);
        workbook.Write(MiniWorkbook.AdderTests, workbook.Read(MiniWorkbook.AdderTests).Replace("\n", "\r\n", StringComparison.Ordinal));

        TestIntegrity.Apply(root, AllDone(catalog)).Katas.Should().OnlyContain(k => k.Status == KataStatus.Done);
    }

    [Test]
    public void Without_a_checksums_file_nothing_is_marked_and_the_export_says_unchecked()
    {
        using var workbook = MiniWorkbook.Create();
        var (root, catalog) = Open(workbook);

        var (katas, isChecked) = TestIntegrity.Apply(root, AllDone(catalog));

        isChecked.Should().BeFalse();
        katas.Should().OnlyContain(k => k.Status == KataStatus.Done);
    }

    [Test]
    public void The_real_workbook_records_the_tests_it_ships()
    {
        var root = WorkbookRoot.Locate(RepositoryRoot.Find(), RepositoryRoot.Find());
        var checksums = new Checksums(root);
        var recorded = checksums.Load();

        recorded.Should().NotBeNull($"{Checksums.RelativePath} ships with the workbook");
        CatalogLoader.Load(root).Katas.SelectMany(k => checksums.Changed(k, recorded!)).Should().BeEmpty(
            "after changing tests on purpose, run ./kata checksums");
    }
}
