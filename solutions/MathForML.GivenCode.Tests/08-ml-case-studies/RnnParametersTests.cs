using MathForML.CaseStudies;

namespace MathForML.GivenCode.Tests.CaseStudies;

/// <summary>
/// The recurrent-network kata's parameter record: its vector θ lists Wₓ row by row, Wₕ row by row and b, reading θ
/// back is the inverse, and a θ of the wrong length is named with both lengths. Wrong records these tests catch: a
/// parameter count off by the recurrent weights or the biases (the message shows the count), a θ of the wrong length
/// accepted or left to crash on an index, and a null θ not named.
/// </summary>
public class RnnParametersTests
{
    // d = 2 inputs, h = 3 hidden units: h·d + h·h + h = 6 + 9 + 3 = 18 parameters, numbered 1 … 18 in the order of
    // ToVector.
    private static RnnParameters Numbered() => new(
        new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, new double[,] { { 7, 8, 9 }, { 10, 11, 12 }, { 13, 14, 15 } }, [16, 17, 18]);

    [Test]
    // θ = (Wₓ row by row, Wₕ row by row, b): the numbered parameters list 1 … 18.
    public void The_vector_lists_each_matrix_row_by_row_then_the_biases() =>
        Numbered().ToVector().Should().Equal(Enumerable.Range(1, 18).Select(i => (double)i));

    [Test]
    // WithVector reads θ in the same order: θ = 18, 17, …, 1 puts 18, 17 in the first row of Wₓ and 3, 2, 1 in b, keeps
    // the shapes, and does not keep θ (changing θ afterwards changes nothing).
    public void Reading_a_vector_back_fills_the_same_shapes_in_the_same_order()
    {
        double[] theta = [.. Enumerable.Range(1, 18).Reverse().Select(i => (double)i)];

        var parameters = Numbered().WithVector(theta);
        theta[0] = 100;

        parameters.Wx.Should().BeEquivalentTo(new double[,] { { 18, 17 }, { 16, 15 }, { 14, 13 } });
        parameters.Wh.Should().BeEquivalentTo(new double[,] { { 12, 11, 10 }, { 9, 8, 7 }, { 6, 5, 4 } });
        parameters.B.Should().Equal(3, 2, 1);
        Numbered().WithVector(Numbered().ToVector()).ToVector().Should().Equal(Numbered().ToVector());
    }

    [Test]
    // A θ shorter or longer than the 18 parameters is rejected by name, and the message gives both lengths.
    public void A_vector_of_the_wrong_length_is_rejected_with_both_lengths([Values(0, 5, 17, 19)] int length)
    {
        FluentActions.Invoking(() => Numbered().WithVector(new double[length])).Should().Throw<ArgumentException>()
            .WithParameterName("theta").WithMessage($"*length {length}*have 18*");
    }

    [Test]
    public void A_null_vector_is_named() =>
        FluentActions.Invoking(() => Numbered().WithVector(null!)).Should().Throw<ArgumentNullException>().WithParameterName("theta");
}
