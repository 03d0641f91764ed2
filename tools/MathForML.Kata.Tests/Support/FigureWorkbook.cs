namespace MathForML.Kata.Tests.Support;

/// <summary>
/// The mini workbook with figures: the real MathForML.Figures library and figures-project settings copied in, a
/// figures project and the reference test project that compile the figure files, and one figure for demo/doubler
/// drawn from Doubler.Twice.
/// </summary>
internal static class FigureWorkbook
{
    public const string DoublerFigures = "katas/00-demo/02-doubler/DoublerFigures.cs";

    public const string DoublerFiguresSource = """
        using MathForML.Figures;
        using ScottPlot;

        namespace MathForML.Demo.Figures;

        /// <summary>The doubler's figure.</summary>
        public static class DoublerFigures
        {
            private static readonly double[] Xs = [0, 1, 2, 3, 4];

            /// <summary>2x against x, from Doubler.Twice.</summary>
            /// <returns>The plot.</returns>
            [Figure("doubles", "2x against x: a straight line of slope 2")]
            public static Plot Doubles() => Charts.Curves("Doubling is a line of slope 2", "x", "2x", [Series.Of("Twice(x)", Xs, Doubler.Twice)]);
        }

        """;

    /// <summary>The kata project leaves the figures to the figures project, as the real katas/Directory.Build.props does.</summary>
    private const string KataProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <RootNamespace>MathForML.Demo</RootNamespace>
            <DefaultItemExcludes>$(DefaultItemExcludes);**/*Figures.cs</DefaultItemExcludes>
          </PropertyGroup>
        </Project>

        """;

    private const string FiguresProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <RootNamespace>MathForML.Demo</RootNamespace>
          </PropertyGroup>
        </Project>

        """;

    private const string SolutionsTestsProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <Compile Include="../../katas/*/*/*Tests.cs" LinkBase="katas" />
            <Compile Include="../../katas/*/*/*Figures.cs" LinkBase="katas" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="../00-demo/MathForML.Solutions.Demo.csproj" />
            <ProjectReference Include="../../shared/MathForML.Figures/MathForML.Figures.csproj" />
          </ItemGroup>
        </Project>

        """;

    public static MiniWorkbook Create()
    {
        var workbook = MiniWorkbook.Create();
        var library = Path.Combine(RepositoryRoot.Find(), "shared", "MathForML.Figures");
        foreach (var file in Directory.GetFiles(library).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            workbook.Write($"shared/MathForML.Figures/{Path.GetFileName(file)}", File.ReadAllText(file));
        }

        workbook.Write("katas/00-demo/MathForML.Katas.Demo.csproj", KataProject);
        workbook.Write("tools/figures/Directory.Build.props", File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tools", "figures", "Directory.Build.props")));
        workbook.Write("tools/figures/00-demo/MathForML.Figures.Demo.csproj", FiguresProject);
        workbook.Write("solutions/MathForML.Solutions.Tests/MathForML.Solutions.Tests.csproj", SolutionsTestsProject);
        workbook.Write(DoublerFigures, DoublerFiguresSource);
        return workbook;
    }
}
