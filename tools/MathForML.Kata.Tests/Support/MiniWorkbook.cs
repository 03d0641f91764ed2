namespace MathForML.Kata.Tests.Support;

/// <summary>
/// A throwaway workbook in a temp folder: one topic (00-demo, namespace MathForML.Demo) with two katas, demo/adder and
/// demo/doubler, their reference solutions, the reference test project and a classic .sln. It borrows the real
/// repository's build settings, so its projects build exactly like the real ones (and need no package lines).
/// </summary>
internal sealed class MiniWorkbook : IDisposable
{
    public const string AdderStub = "katas/00-demo/01-adder/Adder.cs";
    public const string AdderTests = "katas/00-demo/01-adder/AdderTests.cs";
    public const string AdderLesson = "katas/00-demo/01-adder/README.md";
    public const string AdderReference = "solutions/00-demo/01-adder/Adder.cs";
    public const string DoublerStub = "katas/00-demo/02-doubler/Doubler.cs";
    public const string DoublerTests = "katas/00-demo/02-doubler/DoublerTests.cs";
    public const string DoublerReference = "solutions/00-demo/02-doubler/Doubler.cs";

    /// <summary>The test cases of each fixture as NUnit names them (parameterised cases each count).</summary>
    public static readonly IReadOnlyList<string> AdderTestNames =
        ["Adds_two_positive_numbers", "Adds_cases(-2,2,0)", "Adds_cases(1,1,2)", "Rejects_overflow"];

    public static readonly IReadOnlyList<string> DoublerTestNames = ["Doubles_three", "Doubles_zero"];

    private MiniWorkbook(string directory) => Directory = directory;

    public string Directory { get; }

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Writes the files only; nothing is built until a command needs it.</summary>
    public static MiniWorkbook Create() => CreateWith(Files);

    /// <summary>A workbook with the repository's shared build files and the given files.</summary>
    public static MiniWorkbook CreateWith(IEnumerable<(string Path, string Content)> files)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kata-mini-" + Guid.NewGuid().ToString("N")[..8]);
        var workbook = new MiniWorkbook(directory);
        var repository = RepositoryRoot.Find();
        foreach (var shared in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            workbook.Write(shared, File.ReadAllText(System.IO.Path.Combine(repository, shared)));
        }

        foreach (var (path, content) in files)
        {
            workbook.Write(path, content);
        }

        return workbook;
    }

    public void Write(string relative, string content)
    {
        var path = Path(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public string Read(string relative) => File.ReadAllText(Path(relative));

    /// <summary>Runs the tool in-process on this workbook.</summary>
    public CliResult Kata(params string[] args) => CliRun.Run([.. args, "--root", Directory]);

    /// <summary>Replaces a file until the returned scope is disposed (a missing file is deleted again).</summary>
    public IDisposable Change(string relative, string content)
    {
        var path = Path(relative);
        var original = File.Exists(path) ? File.ReadAllText(path) : null;
        Write(relative, content);
        return new Restore(() =>
        {
            if (original is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllText(path, original);
            }
        });
    }

    /// <summary>Deletes a file until the returned scope is disposed.</summary>
    public IDisposable Remove(string relative)
    {
        var path = Path(relative);
        var original = File.ReadAllText(path);
        File.Delete(path);
        return new Restore(() => File.WriteAllText(path, original));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder gets cleaned eventually.
        }
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    public const string CatalogJson = """
        {
          "topics": [
            {
              "folder": "00-demo",
              "title": "Demo: tiny katas for testing the tool",
              "namespace": "MathForML.Demo",
              "curriculum": [
                { "id": "demo-adding", "summary": "adding two integers" },
                { "id": "demo-doubling", "summary": "doubling a number" }
              ],
              "katas": [
                {
                  "id": "demo/adder", "title": "Adding integers", "level": "beginner",
                  "covers": ["demo-adding"], "stub": "Adder.cs", "fixture": "AdderTests",
                  "hints": ["Use the + operator.", "Check for overflow before adding."]
                },
                {
                  "id": "demo/doubler", "title": "Doubling", "level": "beginner",
                  "covers": ["demo-doubling"], "stub": "Doubler.cs", "fixture": "DoublerTests",
                  "hints": ["Doubling is adding a number to itself.", "Or multiply by two."]
                }
              ]
            },
            {
              "folder": "01-future",
              "title": "A topic without katas yet",
              "namespace": "MathForML.Future",
              "curriculum": [ { "id": "future-item", "summary": "not written yet" } ],
              "katas": []
            }
          ]
        }
        """;

    public const string AdderStubSource = """
        namespace MathForML.Demo;

        /// <summary>Integer addition.</summary>
        public static class Adder
        {
            /// <summary>Returns a + b; throws ArgumentException when the sum overflows.</summary>
            public static int Add(int a, int b) => throw new NotImplementedException();
        }

        """;

    public const string AdderReferenceSource = """
        namespace MathForML.Demo;

        /// <summary>Integer addition.</summary>
        public static class Adder
        {
            /// <summary>Returns a + b; throws ArgumentException when the sum overflows.</summary>
            public static int Add(int a, int b)
            {
                var sum = (long)a + b;
                return sum is > int.MaxValue or < int.MinValue ? throw new ArgumentException("The sum overflows.", nameof(b)) : (int)sum;
            }
        }

        """;

    public const string DoublerStubSource = """
        namespace MathForML.Demo;

        /// <summary>Doubling.</summary>
        public static class Doubler
        {
            /// <summary>Returns 2x.</summary>
            public static double Twice(double x) => throw new NotImplementedException();
        }

        """;

    public const string DoublerReferenceSource = """
        namespace MathForML.Demo;

        /// <summary>Doubling.</summary>
        public static class Doubler
        {
            /// <summary>Returns 2x.</summary>
            public static double Twice(double x) => 2 * x;
        }

        """;

    public const string AdderTestsSource = """
        namespace MathForML.Demo.Tests;

        public class AdderTests
        {
            [Test]
            public void Adds_two_positive_numbers() => Adder.Add(2, 3).Should().Be(5);

            [TestCase(1, 1, 2)]
            [TestCase(-2, 2, 0)]
            public void Adds_cases(int a, int b, int sum) => Adder.Add(a, b).Should().Be(sum);

            [Test]
            public void Rejects_overflow() =>
                FluentActions.Invoking(() => Adder.Add(int.MaxValue, 1)).Should().Throw<ArgumentException>();
        }

        """;

    public const string DoublerTestsSource = """
        namespace MathForML.Demo.Tests;

        public class DoublerTests
        {
            [Test]
            public void Doubles_three() => Doubler.Twice(3).Should().Be(6);

            [Test]
            public void Doubles_zero() => Doubler.Twice(0).Should().Be(0);
        }

        """;

    /// <summary>A lesson with every part the verifier asks for, in order.</summary>
    public static string Lesson(string title) =>
        $"# {title}\n\n" + string.Concat(Lessons.LessonOutline.Parts.Select(part => $"## {part}\n\nText with math $`\\lVert x \\rVert`$.\n\n"));

    public const string KataProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <RootNamespace>MathForML.Demo</RootNamespace>
          </PropertyGroup>
        </Project>

        """;

    private const string SolutionLibraryProject = KataProject;

    private const string SolutionsTestsProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <Compile Include="../../katas/*/*/*Tests.cs" LinkBase="katas" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="../00-demo/MathForML.Solutions.Demo.csproj" />
          </ItemGroup>
        </Project>

        """;

    // A classic .sln as "dotnet new sln --format sln" and "dotnet sln add" write it (solution folders left out).
    private static readonly (string Name, string Path, string Id)[] SolutionProjects =
    [
        ("MathForML.Katas.Demo", @"katas\00-demo\MathForML.Katas.Demo.csproj", "{1C5E6B1A-0A11-4B7E-9C1D-000000000001}"),
        ("MathForML.Solutions.Demo", @"solutions\00-demo\MathForML.Solutions.Demo.csproj", "{1C5E6B1A-0A11-4B7E-9C1D-000000000002}"),
        ("MathForML.Solutions.Tests", @"solutions\MathForML.Solutions.Tests\MathForML.Solutions.Tests.csproj", "{1C5E6B1A-0A11-4B7E-9C1D-000000000003}"),
    ];

    public static string SolutionText()
    {
        const string csharp = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        var projects = string.Concat(SolutionProjects.Select(p => $"Project(\"{csharp}\") = \"{p.Name}\", \"{p.Path}\", \"{p.Id}\"\nEndProject\n"));
        var configurations = string.Concat(SolutionProjects.Select(p =>
            $"\t\t{p.Id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{p.Id}.Debug|Any CPU.Build.0 = Debug|Any CPU\n"
            + $"\t\t{p.Id}.Release|Any CPU.ActiveCfg = Release|Any CPU\n\t\t{p.Id}.Release|Any CPU.Build.0 = Release|Any CPU\n"));
        return "\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n"
            + "VisualStudioVersion = 17.0.31903.59\nMinimumVisualStudioVersion = 10.0.40219.1\n"
            + projects
            + "Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n"
            + "\t\tDebug|Any CPU = Debug|Any CPU\n\t\tRelease|Any CPU = Release|Any CPU\n\tEndGlobalSection\n"
            + "\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n"
            + configurations
            + "\tEndGlobalSection\nEndGlobal\n";
    }

    private static readonly (string Path, string Content)[] Files =
    [
        ("katas/catalog.json", CatalogJson),
        ("roadmap.md", "# Roadmap\n\n1. `demo/adder`\n2. `demo/doubler`\n"),
        ("katas/00-demo/README.md", "# Demo\n\n| Kata | Level |\n|---|---|\n| [adder](01-adder/) | beginner |\n| [doubler](02-doubler/) | beginner |\n"),
        (AdderLesson, Lesson("Adding integers")),
        ("katas/00-demo/02-doubler/README.md", Lesson("Doubling")),
        ("katas/00-demo/MathForML.Katas.Demo.csproj", KataProject),
        (AdderStub, AdderStubSource),
        (DoublerStub, DoublerStubSource),
        (AdderTests, AdderTestsSource),
        (DoublerTests, DoublerTestsSource),
        ("solutions/00-demo/MathForML.Solutions.Demo.csproj", SolutionLibraryProject),
        (AdderReference, AdderReferenceSource),
        (DoublerReference, DoublerReferenceSource),
        ("solutions/MathForML.Solutions.Tests/MathForML.Solutions.Tests.csproj", SolutionsTestsProject),
        ("MathForML.Katas.sln", SolutionText()),
    ];
}
