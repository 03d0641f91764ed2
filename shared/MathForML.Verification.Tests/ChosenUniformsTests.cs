namespace MathForML.Verification.Tests;

public class ChosenUniformsTests
{
    [Test]
    public void Returns_the_chosen_numbers_in_turn_and_starts_again_after_the_last()
    {
        var random = new ChosenUniforms(0.25, 0.5, 0.75);

        Enumerable.Range(0, 7).Select(_ => random.NextDouble()).Should().Equal(0.25, 0.5, 0.75, 0.25, 0.5, 0.75, 0.25);
    }

    [Test]
    public void Later_changes_to_the_callers_array_do_not_change_the_sequence()
    {
        double[] values = [0.1, 0.2];
        var random = new ChosenUniforms(values);
        values[0] = 0.9;

        random.NextDouble().Should().Be(0.1);
    }

    [Test]
    public void An_empty_list_is_rejected_by_name()
    {
        FluentActions.Invoking(() => new ChosenUniforms()).Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*empty*");
        FluentActions.Invoking(() => new ChosenUniforms(null!)).Should().Throw<ArgumentNullException>().WithParameterName("values");
    }
}
