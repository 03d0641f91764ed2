using MathForML.CaseStudies;

namespace MathForML.GivenCode.Tests.CaseStudies;

/// <summary>
/// The neural-network kata's two-layer perceptron record: its parameter vector θ lists W₁ row by row, b₁, W₂ row by
/// row and b₂, reading θ back is the inverse, and a θ of the wrong length is named with both lengths. Wrong records
/// these tests catch: a parameter count off by a layer's weights or biases (the message shows the count), a θ of the
/// wrong length accepted or left to crash on an index, and a null θ not named.
/// </summary>
public class MlpTests
{
    // d = 2 inputs, h = 3 hidden units, k = 2 classes: h·d + h + k·h + k = 6 + 3 + 6 + 2 = 17 parameters, numbered
    // 1 … 17 in the order of ToVector.
    private static Mlp Numbered() => new(
        new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [7, 8, 9], new double[,] { { 10, 11, 12 }, { 13, 14, 15 } }, [16, 17], Activation.Tanh);

    [Test]
    // θ = (W₁ row by row, b₁, W₂ row by row, b₂): the numbered network lists 1 … 17.
    public void The_vector_lists_each_layer_row_by_row_then_its_biases() =>
        Numbered().ToVector().Should().Equal(Enumerable.Range(1, 17).Select(i => (double)i));

    [Test]
    // WithVector reads θ in the same order: θ = 17, 16, …, 1 puts 17, 16 in the first row of W₁ and 2, 1 in b₂, keeps
    // the shape and the activation, and does not keep θ (changing θ afterwards changes nothing).
    public void Reading_a_vector_back_fills_the_same_shape_in_the_same_order()
    {
        double[] theta = [.. Enumerable.Range(1, 17).Reverse().Select(i => (double)i)];

        var network = Numbered().WithVector(theta);
        theta[0] = 100;

        network.W1.Should().BeEquivalentTo(new double[,] { { 17, 16 }, { 15, 14 }, { 13, 12 } });
        network.B1.Should().Equal(11, 10, 9);
        network.W2.Should().BeEquivalentTo(new double[,] { { 8, 7, 6 }, { 5, 4, 3 } });
        network.B2.Should().Equal(2, 1);
        network.Hidden.Should().Be(Activation.Tanh);
        Numbered().WithVector(Numbered().ToVector()).ToVector().Should().Equal(Numbered().ToVector());
    }

    [Test]
    // A θ shorter or longer than the 17 parameters is rejected by name, and the message gives both lengths.
    public void A_vector_of_the_wrong_length_is_rejected_with_both_lengths([Values(0, 5, 16, 18)] int length)
    {
        FluentActions.Invoking(() => Numbered().WithVector(new double[length])).Should().Throw<ArgumentException>()
            .WithParameterName("theta").WithMessage($"*length {length}*17 parameters*");
    }

    [Test]
    public void A_null_vector_is_named() =>
        FluentActions.Invoking(() => Numbered().WithVector(null!)).Should().Throw<ArgumentNullException>().WithParameterName("theta");
}
