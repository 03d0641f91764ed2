using System.Diagnostics;
using MathForML.Kata.Catalog;
using MathForML.Kata.Figures;
using MathForML.Kata.Lessons;
using MathForML.Kata.Processes;
using MathForML.Kata.Surface;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Verification;

/// <summary>
/// The contributor's and CI's check of a workbook: build, catalog against files, public surface of stubs against
/// references, every kata test failing on the stubs, every test passing on the references, and the other test projects.
/// Steps keep going after failures where they can, so one run reports every problem.
/// </summary>
internal sealed class Verifier(WorkbookRoot root, TimeSpan testTimeout)
{
    /// <summary>Building a whole workbook from cold can take a while on a small machine.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(20);

    private readonly DotnetCli dotnet = new(root.Directory);
    private readonly SurfaceCheck surfaces = new(root);

    /// <param name="catalog">The loaded catalog, or null when it could not be read.</param>
    /// <param name="catalogProblem">Why the catalog could not be read.</param>
    /// <param name="scope">What to verify; null (with no catalog) means everything.</param>
    /// <param name="onStep">Called as each step finishes, so output appears while later steps run.</param>
    /// <param name="cancellationToken">Stops the run (and kills running processes).</param>
    public async Task<VerifyReport> RunAsync(
        KataCatalog? catalog, string? catalogProblem, Scope? scope, Action<VerifyStep> onStep, CancellationToken cancellationToken)
    {
        var steps = new List<VerifyStep>();
        void Add(VerifyStep step)
        {
            steps.Add(step);
            onStep(step);
        }

        var build = await BuildAsync(cancellationToken).ConfigureAwait(false);
        Add(build);
        if (build.Failed > 0)
        {
            return new VerifyReport(steps);
        }

        var solution = SolutionFile.Load(root.SolutionPath);
        if (catalog is null || scope is null)
        {
            Add(new VerifyStep(Titles.Catalog, [Check.Fail(catalogProblem ?? "the catalog could not be read")], TimeSpan.Zero));
            const string noCatalog = "needs a readable catalog";
            Add(VerifyStep.Skipped(Titles.Surface, noCatalog));
            Add(VerifyStep.Skipped(Titles.Stubs, noCatalog));
            Add(VerifyStep.Skipped(Titles.References, noCatalog));
            Add(VerifyStep.Skipped(Titles.Figures, noCatalog));
            Add(await OtherTestProjectsAsync(solution, cancellationToken).ConfigureAwait(false));
            return new VerifyReport(steps);
        }

        Add(Timed(Titles.Catalog, () => CatalogChecks(catalog, solution, scope)));
        Add(await TimedAsync(Titles.Surface, () => SurfaceChecksAsync(scope, cancellationToken)).ConfigureAwait(false));
        var stubTestNames = new Dictionary<KataEntry, HashSet<string>>();
        Add(await TimedAsync(Titles.Stubs, () => StubTestChecksAsync(scope, stubTestNames, cancellationToken)).ConfigureAwait(false));
        Add(await TimedAsync(Titles.References, () => ReferenceTestChecksAsync(catalog, scope, stubTestNames, cancellationToken)).ConfigureAwait(false));
        Add(await TimedAsync(Titles.Figures, () => FigureChecksAsync(scope, cancellationToken)).ConfigureAwait(false));
        Add(scope.IsEverything
            ? await OtherTestProjectsAsync(solution, cancellationToken).ConfigureAwait(false)
            : VerifyStep.Skipped(Titles.Others, "a target was given"));
        return new VerifyReport(steps);
    }

    internal static class Titles
    {
        public const string Build = "Build";
        public const string Catalog = "Catalog and files";
        public const string Surface = "Public surface of stubs and references";
        public const string Stubs = "Kata tests on the stubs (each must fail)";
        public const string References = "Kata tests on the reference solutions (each must pass)";
        public const string Figures = "Figures drawn from the reference solutions";
        public const string Others = "Other test projects";
    }

    private async Task<VerifyStep> BuildAsync(CancellationToken cancellationToken)
    {
        var solutionName = WorkbookRoot.SolutionFileName;
        if (!File.Exists(root.SolutionPath))
        {
            return new VerifyStep(Titles.Build, [Check.Fail($"{solutionName} not found in {root.Directory}")], TimeSpan.Zero);
        }

        var result = await dotnet.BuildAsync(root.SolutionPath, BuildTimeout, cancellationToken).ConfigureAwait(false);
        Check check;
        if (result.TimedOut)
        {
            check = Check.Fail($"{solutionName} did not build within {BuildTimeout.TotalMinutes:0} minutes");
        }
        else if (result.ExitCode != 0)
        {
            var errors = CompilerMessages.Errors(result.AllOutput).Select(e => "    " + WithoutRoot(e.Text)).ToList();
            var details = errors.Count > 0 ? errors : [$"    {TestRun.LastLines(result.AllOutput, 5)}"];
            check = Check.Fail($"{solutionName} does not build:{Environment.NewLine}{string.Join(Environment.NewLine, details)}");
        }
        else
        {
            check = Check.Pass($"{solutionName} builds");
        }

        return new VerifyStep(Titles.Build, [check], result.Elapsed);
    }

    private List<Check> CatalogChecks(KataCatalog catalog, SolutionFile solution, Scope scope)
    {
        var checks = new List<Check>();
        var curriculumIds = catalog.CurriculumIds.ToList();
        var repeated = curriculumIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        checks.Add(repeated.Count == 0
            ? Check.Pass("curriculum ids are unique")
            : Check.Fail($"catalog: curriculum id(s) used more than once: {string.Join(", ", repeated)}"));
        checks.AddRange(new CatalogValidator(root, catalog, solution).Validate(scope));
        checks.AddRange(MarkdownFiles(scope).Select(MathCheck));
        return checks;
    }

    /// <summary>Every Markdown file of the workbook, or for a target only its topics' READMEs and its katas' lessons.</summary>
    private IEnumerable<string> MarkdownFiles(Scope scope)
    {
        if (!scope.IsEverything)
        {
            return scope.Topics.Select(t => root.TopicReadmePath(t.Topic))
                .Concat(scope.Katas.Select(root.LessonPath))
                .Where(File.Exists)
                .Distinct(StringComparer.Ordinal);
        }

        string[] skipped = ["bin", "obj", ".git", ".kata", "node_modules", "TestResults"];
        return Directory.EnumerateFiles(root.Directory, "*.md", SearchOption.AllDirectories)
            .Where(f => !root.Relative(f).Split('/').Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }

    private Check MathCheck(string markdown)
    {
        var lines = MarkdownMath.MangledLines(File.ReadAllText(markdown));
        var path = root.Relative(markdown);
        return lines.Count == 0
            ? Check.Pass($"{path}: math renders on GitHub")
            : Check.Fail(
                $"{path}: math that GitHub mangles (a Markdown escape such as \\| \\, \\{{ inside $…$ or $$…$$; write $`…`$ inline and a ```math block for displays): "
                + string.Join(", ", lines.Select(line => $"{path}:{line}")));
    }

    private async Task<List<Check>> SurfaceChecksAsync(Scope scope, CancellationToken cancellationToken)
    {
        var checks = new List<Check>();
        foreach (var topic in scope.Topics.Where(t => t.Katas.Count > 0).Select(t => t.Topic))
        {
            checks.AddRange(await surfaces.CheckTopicAsync(topic, cancellationToken).ConfigureAwait(false));
        }

        return checks;
    }

    private async Task<List<Check>> StubTestChecksAsync(
        Scope scope, Dictionary<KataEntry, HashSet<string>> testNames, CancellationToken cancellationToken)
    {
        var checks = new List<Check>();
        foreach (var topicScope in scope.Topics.Where(t => t.Katas.Count > 0))
        {
            var topic = topicScope.Topic;
            var project = ProjectFiles.FindSingle(root.TopicFolder(topic));
            if (project.Path is null)
            {
                checks.Add(Check.Fail($"{topic.ShortName}: no kata project to run ({root.Relative(root.TopicFolder(topic))} {project.Problem})"));
                continue;
            }

            var filter = topicScope.IsWholeTopic ? null : TestOptions.FilterFor(topicScope.Katas.Select(k => k.FixtureFullName));
            var run = await dotnet.TestAsync(project.Path, new TestOptions(testTimeout, NoBuild: true, Filter: filter), cancellationToken)
                .ConfigureAwait(false);
            if (run.State != TestRunState.Completed)
            {
                checks.Add(Check.Fail($"{topic.ShortName}: the kata tests {run.FailureSummary}"));
                continue;
            }

            var katasByFixture = topic.Katas.GroupBy(k => k.FixtureFullName).ToDictionary(g => g.Key, g => g.First());
            foreach (var result in InCatalogOrder(run.Results, topic.Katas))
            {
                if (!katasByFixture.TryGetValue(result.ClassName, out var kata))
                {
                    checks.Add(Check.Fail($"{topic.ShortName}: test {result.ClassName}.{result.Name} belongs to no catalog kata"));
                    continue;
                }

                testNames.TryAdd(kata, new HashSet<string>(StringComparer.Ordinal));
                testNames[kata].Add(result.Name);
                checks.Add(result switch
                {
                    { Failed: true } => Check.Pass($"{kata.Id}: {result.Name} fails on the stub"),
                    { Passed: true } => Check.Fail(
                        $"{kata.Id}: {result.Name} passes on the stub (every test must fail until the learner implements the kata)"),
                    _ => Check.Fail(
                        $"{kata.Id}: {result.Name} did not run on the stub (outcome {result.Outcome}; every test must fail until the learner implements the kata)"),
                });
            }

            checks.AddRange(topicScope.Katas
                .Where(k => !testNames.ContainsKey(k))
                .Select(k => Check.Fail($"{k.Id}: fixture {k.FixtureFullName} ran no tests in the kata project")));
        }

        return checks;
    }

    private async Task<List<Check>> ReferenceTestChecksAsync(
        KataCatalog catalog, Scope scope, Dictionary<KataEntry, HashSet<string>> stubTestNames, CancellationToken cancellationToken)
    {
        const string project = WorkbookRoot.SolutionsTestsProjectName;
        if (!File.Exists(root.SolutionsTestsProjectPath))
        {
            return [Check.Fail($"{root.Relative(root.SolutionsTestsProjectPath)} does not exist")];
        }

        var inScope = scope.Katas.ToList();
        var filter = scope.IsEverything ? null : TestOptions.FilterFor(inScope.Select(k => k.FixtureFullName));
        var run = await dotnet.TestAsync(root.SolutionsTestsProjectPath, new TestOptions(testTimeout, NoBuild: true, Filter: filter), cancellationToken)
            .ConfigureAwait(false);
        if (run.State != TestRunState.Completed)
        {
            return [Check.Fail($"{project}: {run.FailureSummary}")];
        }

        var checks = new List<Check>();
        var katasByFixture = catalog.Katas.GroupBy(k => k.FixtureFullName).ToDictionary(g => g.Key, g => g.First());
        var referenceTestNames = new Dictionary<KataEntry, HashSet<string>>();
        foreach (var result in InCatalogOrder(run.Results, catalog.Katas.ToList()))
        {
            if (!katasByFixture.TryGetValue(result.ClassName, out var kata))
            {
                checks.Add(Check.Fail($"{project}: test {result.ClassName}.{result.Name} belongs to no catalog kata"));
                continue;
            }

            referenceTestNames.TryAdd(kata, new HashSet<string>(StringComparer.Ordinal));
            referenceTestNames[kata].Add(result.Name);
            checks.Add(result switch
            {
                { Passed: true } => Check.Pass($"{kata.Id}: {result.Name} passes on the reference solution"),
                { Failed: true } => Check.Fail($"{kata.Id}: {result.Name} fails on the reference solution: {result.FirstMessageLine}"),
                _ => Check.Fail($"{kata.Id}: {result.Name} did not run on the reference solution (outcome {result.Outcome})"),
            });
        }

        foreach (var kata in inScope)
        {
            if (!referenceTestNames.TryGetValue(kata, out var referenceNames))
            {
                checks.Add(Check.Fail($"{kata.Id}: fixture {kata.FixtureFullName} ran no tests in {project}"));
            }
            else if (stubTestNames.TryGetValue(kata, out var stubNames))
            {
                checks.Add(SameTests(kata, stubNames, referenceNames));
            }
        }

        return checks;
    }

    /// <summary>Every figure of the katas in scope draws on the references (into a temporary folder: renderings differ across machines).</summary>
    private async Task<List<Check>> FigureChecksAsync(Scope scope, CancellationToken cancellationToken)
    {
        var figures = scope.Katas.SelectMany(k => KataFigures.Of(root, k)).ToList();
        if (figures.Count == 0)
        {
            return [Check.Pass("no figures to draw")];
        }

        var plotter = new FigurePlotter(root, testTimeout);
        var (assembly, problem) = await AssemblyLocator.FindAsync(root.SolutionsTestsProjectPath, cancellationToken).ConfigureAwait(false);
        if (assembly is null)
        {
            return [Check.Fail($"figures: {problem}")];
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"kata-verify-figures-{Guid.NewGuid():N}");
        try
        {
            var results = await plotter.DrawAsync(assembly, figures.Select(f => (f, Path.Combine(scratch, f.Kata.Id))).ToList(), png: true, svg: true, cancellationToken)
                .ConfigureAwait(false);
            return results.SelectMany(FigureChecks).ToList();
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private IEnumerable<Check> FigureChecks(PlotResult result)
    {
        var drawn = result.Outcomes.ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var figure in result.Figures.Figures)
        {
            var where = $"{root.Relative(result.Figures.File)}:{figure.Line}";
            yield return drawn.TryGetValue(figure.Name, out var outcome)
                ? outcome.Status == FigureOutcome.Ok
                    ? Check.Pass($"{result.Figures.Kata.Id}: the figure {figure.Name} draws on the reference")
                    : Check.Fail($"{result.Figures.Kata.Id}: the figure {figure.Name} ({where}) does not draw on the reference: {outcome.Detail}")
                : Check.Fail($"{result.Figures.Kata.Id}: the figure {figure.Name} ({where}) was not drawn on the reference: {result.Problem ?? "the [Figure] method must be public static, take no parameters and return a ScottPlot.Plot"}");
        }
    }

    private static Check SameTests(KataEntry kata, HashSet<string> onStub, HashSet<string> onReference)
    {
        if (onStub.SetEquals(onReference))
        {
            return Check.Pass($"{kata.Id}: the same {onStub.Count} tests run on the stub and on the reference");
        }

        static string List(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
        var onlyStub = onStub.Except(onReference).ToList();
        var onlyReference = onReference.Except(onStub).ToList();
        var parts = new List<string>();
        if (onlyStub.Count > 0)
        {
            parts.Add($"only in the kata project: {List(onlyStub)}");
        }

        if (onlyReference.Count > 0)
        {
            parts.Add($"only in {WorkbookRoot.SolutionsTestsProjectName}: {List(onlyReference)}");
        }

        return Check.Fail($"{kata.Id}: the tests differ between the kata project and the reference test project: {string.Join("; ", parts)}");
    }

    /// <summary>
    /// The other test projects run two at a time: the tool's own tests take minutes, and the small projects finish
    /// beside them instead of after them. Their checks are reported in solution order whichever finishes first.
    /// </summary>
    private async Task<VerifyStep> OtherTestProjectsAsync(SolutionFile solution, CancellationToken cancellationToken)
    {
        const int atOnce = 2;
        var stopwatch = Stopwatch.StartNew();
        var projects = solution.Projects
            .Where(p => p.Name.EndsWith(".Tests", StringComparison.Ordinal) && p.Name != WorkbookRoot.SolutionsTestsProjectName)
            .ToList();
        var checks = await Concurrently.InOrderAsync(projects, atOnce, p => TestProjectChecksAsync(p, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return new VerifyStep(Titles.Others, checks.SelectMany(c => c).ToList(), stopwatch.Elapsed);
    }

    private async Task<List<Check>> TestProjectChecksAsync(SolutionProject project, CancellationToken cancellationToken)
    {
        if (!File.Exists(project.FullPath))
        {
            return [Check.Fail($"{project.Name}: {project.RelativePath} is listed in the solution but does not exist")];
        }

        var run = await dotnet.TestAsync(project.FullPath, new TestOptions(testTimeout, NoBuild: true), cancellationToken).ConfigureAwait(false);
        if (run.State != TestRunState.Completed)
        {
            return [Check.Fail($"{project.Name}: {run.FailureSummary}")];
        }

        return run.Results.OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(result =>
        {
            var test = $"{ShortClassName(result.ClassName)}.{result.Name}";
            return result switch
            {
                { Passed: true } => Check.Pass($"{project.Name}: {test} passes"),
                { Failed: true } => Check.Fail($"{project.Name}: {test} fails: {result.FirstMessageLine}"),
                _ => Check.Fail($"{project.Name}: {test} did not run (outcome {result.Outcome})"),
            };
        }).ToList();
    }

    /// <summary>Results by kata in learning order, then by test name: the same report every run.</summary>
    private static IEnumerable<TestCaseResult> InCatalogOrder(IEnumerable<TestCaseResult> results, IReadOnlyList<KataEntry> katas)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < katas.Count; i++)
        {
            order.TryAdd(katas[i].FixtureFullName, i);
        }

        return results
            .OrderBy(r => order.GetValueOrDefault(r.ClassName, int.MaxValue))
            .ThenBy(r => r.ClassName, StringComparer.Ordinal)
            .ThenBy(r => r.Name, StringComparer.Ordinal);
    }

    private static string ShortClassName(string className) =>
        className.Contains('.', StringComparison.Ordinal) ? className[(className.LastIndexOf('.') + 1)..] : className;

    private string WithoutRoot(string text) =>
        text.Replace(root.Directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    private static VerifyStep Timed(string title, Func<List<Check>> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var checks = run();
        return new VerifyStep(title, checks, stopwatch.Elapsed);
    }

    private static async Task<VerifyStep> TimedAsync(string title, Func<Task<List<Check>>> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var checks = await run().ConfigureAwait(false);
        return new VerifyStep(title, checks, stopwatch.Elapsed);
    }
}
