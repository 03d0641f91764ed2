using MathForML.Kata.Testing;

namespace MathForML.Kata.Tests.Unit;

public class TestRunParsingTests
{
    private const string Trx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun id="1" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testId="a1" testName="Adds_cases(1,1,2)" outcome="Passed" />
            <UnitTestResult testId="a2" testName="Adds_cases(-2,2,0)" outcome="Failed">
              <Output>
                <ErrorInfo>
                  <Message>Expected Adder.Add(-2, 2) to be 0, but found 4.
        Second line of detail.</Message>
                  <StackTrace>at somewhere</StackTrace>
                </ErrorInfo>
              </Output>
            </UnitTestResult>
            <UnitTestResult testId="d1" testName="Doubles_zero" outcome="NotExecuted" />
          </Results>
          <TestDefinitions>
            <UnitTest name="Adds_cases(1,1,2)" id="a1">
              <TestMethod className="MathForML.Demo.Tests.AdderTests" name="Adds_cases(1,1,2)" />
            </UnitTest>
            <UnitTest name="Adds_cases(-2,2,0)" id="a2">
              <TestMethod className="MathForML.Demo.Tests.AdderTests" name="Adds_cases(-2,2,0)" />
            </UnitTest>
            <UnitTest name="Doubles_zero" id="d1">
              <TestMethod className="MathForML.Demo.Tests.DoublerTests" name="Doubles_zero" />
            </UnitTest>
          </TestDefinitions>
        </TestRun>
        """;

    [Test]
    public void A_trx_file_gives_class_name_test_name_outcome_and_message()
    {
        var results = TrxParser.Parse(Trx);

        results.Should().Equal(
            new TestCaseResult("MathForML.Demo.Tests.AdderTests", "Adds_cases(1,1,2)", "Passed", null),
            new TestCaseResult("MathForML.Demo.Tests.AdderTests", "Adds_cases(-2,2,0)", "Failed",
                "Expected Adder.Add(-2, 2) to be 0, but found 4.\nSecond line of detail.", "at somewhere"),
            new TestCaseResult("MathForML.Demo.Tests.DoublerTests", "Doubles_zero", "NotExecuted", null));
    }

    [Test]
    public void Outcomes_and_the_first_message_line_are_interpreted()
    {
        var results = TrxParser.Parse(Trx);

        results[0].Passed.Should().BeTrue();
        results[1].Failed.Should().BeTrue();
        results[1].FirstMessageLine.Should().Be("Expected Adder.Add(-2, 2) to be 0, but found 4.");
        results[2].Passed.Should().BeFalse();
        results[2].Failed.Should().BeFalse();
    }

    [Test]
    public void Compiler_errors_are_read_once_each_with_file_and_line()
    {
        const string output = """
              Determining projects to restore...
            /w/katas/00-demo/Grids.cs(12,5): error CS1002: ; expected [/w/katas/00-demo/MathForML.Katas.Demo.csproj]
            /w/katas/00-demo/Grids.cs(7,26): error CA1720: Identifier 'Double' contains type name (https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca1720) [/w/katas/00-demo/MathForML.Katas.Demo.csproj]
            /w/katas/00-demo/Grids.cs(12,5): error CS1002: ; expected [/w/katas/00-demo/MathForML.Katas.Demo.csproj]
            /w/katas/00-demo/Grids.cs(3,1): warning CS0168: The variable 'x' is declared but never used
            """;

        var errors = CompilerMessages.Errors(output);

        errors.Should().HaveCount(2);
        errors[0].Should().Be(new BuildError("/w/katas/00-demo/Grids.cs", 12, "CS1002", "; expected", "/w/katas/00-demo/Grids.cs(12,5): error CS1002: ; expected"));
        errors[1].Message.Should().Be("Identifier 'Double' contains type name");
    }

    [Test]
    public void The_first_error_shown_to_a_learner_is_a_compiler_error()
    {
        var errors = CompilerMessages.Errors("""
            /w/A.cs(1,1): error CA1720: Identifier contains type name
            /w/B.cs(2,3): error CS0103: The name 'y' does not exist in the current context
            """);

        CompilerMessages.First(errors)!.Code.Should().Be("CS0103");
        CompilerMessages.First([]).Should().BeNull();
    }

    [Test]
    public void Errors_without_a_source_location_are_still_read()
    {
        var error = CompilerMessages.Errors("  /w/p.csproj : error NU1101: Unable to find package Foo. [/w/p.csproj]").Single();

        error.Code.Should().Be("NU1101");
        error.Line.Should().BeNull();
        error.Message.Should().Be("Unable to find package Foo.");
    }

    [Test]
    public void Listed_tests_are_read_and_counted_per_fixture()
    {
        const string output = """
            Test run for /w/bin/Debug/net10.0/MathForML.Solutions.Tests.dll (.NETCoreApp,Version=v10.0)
            The following Tests are available:
                MathForML.Demo.Tests.AdderTests.Adds_cases(1,1,2)
                MathForML.Demo.Tests.AdderTests.Adds_cases(-2,2,0)
                MathForML.Demo.Tests.AdderTests.Rejects_overflow
                MathForML.Demo.Tests.AdderTestsExtra.Something
                MathForML.Demo.Tests.DoublerTests.Doubles_zero
            """;

        var names = TestListParser.Parse(output);

        names.Should().HaveCount(5);
        TestListParser.CountForFixture(names!, "MathForML.Demo.Tests.AdderTests").Should().Be(3);
        TestListParser.CountForFixture(names!, "MathForML.Demo.Tests.DoublerTests").Should().Be(1);
        TestListParser.CountForFixture(names!, "MathForML.Demo.Tests.GridsTests").Should().Be(0);
    }

    [Test]
    public void Output_without_a_test_list_is_not_mistaken_for_zero_tests()
    {
        TestListParser.Parse("Build FAILED.\n").Should().BeNull();
    }

    [Test]
    public void A_filter_selects_every_case_of_the_given_fixtures()
    {
        TestOptions.FilterFor(["A.Tests.X", "A.Tests.Y"]).Should().Be("FullyQualifiedName~A.Tests.X.|FullyQualifiedName~A.Tests.Y.");
    }
}
