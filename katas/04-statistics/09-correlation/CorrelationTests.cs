using MathForML.Verification;

namespace MathForML.Statistics.Tests;

/// <summary>TODO: what this fixture proves about Correlation.</summary>
public class CorrelationTests
{
    // TODO worked example: the arithmetic a reader can check by hand, e.g. 1 + 2 + 3 = 6.
    [Test]
    [Order(1)]
    public void TODO_worked_example_stated_as_a_sentence()
    {
        Assert.Fail("TODO: write a worked example, e.g. Correlation.Compute([1, 2, 3]).Should().Be(6);");
    }

    // TODO property: the invariant (or the MathNet oracle) that holds on seeded random inputs.
    [Test]
    [Order(2)]
    public void TODO_property_on_seeded_random_inputs([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var values = data.Vector(8);
        Assert.Fail($"TODO: check an invariant of Correlation.Compute on these {values.Length} seeded values (seed {seed}).");
    }

    // TODO bad input: which input is invalid, and why.
    [Test]
    [Order(3)]
    public void TODO_rejects_bad_input()
    {
        Assert.Fail("TODO: expect a specific exception, e.g. FluentActions.Invoking(() => Correlation.Compute([])).Should().Throw<ArgumentException>().WithMessage(\"*empty*\");");
    }
}
