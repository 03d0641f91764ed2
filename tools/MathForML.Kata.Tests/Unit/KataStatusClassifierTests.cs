using MathForML.Kata.Progress;
using MathForML.Kata.Testing;

namespace MathForML.Kata.Tests.Unit;

public class KataStatusClassifierTests
{
    private const string Fixture = "MathForML.Demo.Tests.AdderTests";

    private static TestCaseResult Passed(string name) => new(Fixture, name, "Passed", null);

    private static TestCaseResult Failed(string name, string message) => new(Fixture, name, "Failed", message);

    private const string Unimplemented = "System.NotImplementedException : The method or operation is not implemented.";

    private const string FluentUnimplemented =
        "Expected a <System.ArgumentException> to be thrown, but found <System.NotImplementedException>: System.NotImplementedException: The method or operation is not implemented.";

    [Test]
    public void All_tests_passing_is_done()
    {
        KataStatusClassifier.Classify([Passed("a"), Passed("b")]).Should().Be(KataStatus.Done);
    }

    [Test]
    public void Only_not_implemented_failures_is_not_started()
    {
        KataStatusClassifier.Classify([Failed("a", Unimplemented), Failed("b", Unimplemented)]).Should().Be(KataStatus.NotStarted);
    }

    [Test]
    public void FluentAssertions_wording_of_not_implemented_is_not_started()
    {
        KataStatusClassifier.Classify([Failed("a", Unimplemented), Failed("throws", FluentUnimplemented)]).Should().Be(KataStatus.NotStarted);
    }

    [Test]
    public void Some_tests_passing_is_failing()
    {
        KataStatusClassifier.Classify([Passed("a"), Failed("b", Unimplemented)]).Should().Be(KataStatus.Failing);
    }

    [Test]
    public void A_wrong_answer_is_failing()
    {
        KataStatusClassifier.Classify([Failed("a", Unimplemented), Failed("b", "Expected 5, but found 6.")]).Should().Be(KataStatus.Failing);
    }

    [Test]
    public void A_fixture_without_results_has_no_tests()
    {
        KataStatusClassifier.Classify([]).Should().Be(KataStatus.NoTests);
    }

    // The enum is internal, so the cases name it by string.
    [TestCase("Done", "done")]
    [TestCase("NotStarted", "not-started")]
    [TestCase("Failing", "failing")]
    [TestCase("BuildError", "build-error")]
    [TestCase("Timeout", "timeout")]
    [TestCase("NoTests", "no-tests")]
    public void Statuses_have_kebab_case_names(string status, string name)
    {
        Enum.Parse<KataStatus>(status).Name().Should().Be(name);
    }
}
