using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

public class SolutionFileTests
{
    private const string Text = """

        Microsoft Visual Studio Solution File, Format Version 12.00
        Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "katas", "katas", "{7015BB0A-F3B3-2A57-F846-7722F8BF8FFD}"
        EndProject
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "MathForML.Katas.Prerequisites", "katas\00-prerequisites\MathForML.Katas.Prerequisites.csproj", "{0D5C88AE-77BB-4D34-98E3-FB2E370A8799}"
        EndProject
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "MathForML.Verification.Tests", "shared\MathForML.Verification.Tests\MathForML.Verification.Tests.csproj", "{5F556841-4121-47A3-8F02-8E03F1B0A431}"
        EndProject
        Global
        EndGlobal
        """;

    [Test]
    public void Projects_are_read_and_solution_folders_left_out()
    {
        var solution = SolutionFile.Parse("/w/MathForML.Katas.sln", Text);

        solution.Projects.Select(p => p.Name).Should().Equal("MathForML.Katas.Prerequisites", "MathForML.Verification.Tests");
        solution.Projects[0].RelativePath.Should().Be("katas/00-prerequisites/MathForML.Katas.Prerequisites.csproj");
        solution.Projects[1].FullPath.Should().Be(Path.GetFullPath("/w/shared/MathForML.Verification.Tests/MathForML.Verification.Tests.csproj"));
    }

    [Test]
    public void A_project_is_listed_when_its_full_path_matches()
    {
        var solution = SolutionFile.Parse("/w/MathForML.Katas.sln", Text);

        solution.Lists("/w/katas/00-prerequisites/MathForML.Katas.Prerequisites.csproj").Should().BeTrue();
        solution.Lists("/w/katas/01-calculus/MathForML.Katas.Calculus.csproj").Should().BeFalse();
    }

    [Test]
    public void Windows_line_endings_are_understood()
    {
        SolutionFile.Parse("/w/x.sln", Text.Replace("\n", "\r\n", StringComparison.Ordinal)).Projects.Should().HaveCount(2);
    }
}
