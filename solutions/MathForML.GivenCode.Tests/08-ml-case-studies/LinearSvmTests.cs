using MathForML.CaseStudies;

namespace MathForML.GivenCode.Tests.CaseStudies;

/// <summary>
/// The SVM kata's linear classifier: its score w·x + b by hand and its predicted label, the sign of the score with a
/// score of exactly 0 on the +1 side. Wrong classifiers these tests catch: a score without the bias or with a weight
/// skipped, a prediction with the tie sent to −1 (score &gt; 0 instead of ≥ 0), and an unchecked null sample.
/// </summary>
public class LinearSvmTests
{
    private static readonly LinearSvm Model = new([1, -2], 0.5);

    [Test]
    // w = (1, −2), b = ½: at x = (3, 1) the score is 3 − 2 + ½ = 1.5, at x = (0, 1) it is −2 + ½ = −1.5.
    public void The_score_is_w_dot_x_plus_b()
    {
        Model.Score([3, 1]).Should().Be(1.5);
        Model.Score([0, 1]).Should().Be(-1.5);
        Model.Score([0, 0]).Should().Be(0.5);
    }

    [Test]
    // The label is the sign of the score, and a point exactly on the boundary w·x + b = 0 (x = (1, ¾): 1 − 1.5 + ½ = 0)
    // belongs to the +1 class.
    public void The_prediction_is_the_sign_of_the_score_with_zero_counted_as_plus_one()
    {
        Model.Predict([3, 1]).Should().Be(1);
        Model.Predict([0, 1]).Should().Be(-1);
        Model.Score([1, 0.75]).Should().Be(0);
        Model.Predict([1, 0.75]).Should().Be(1);
    }

    [Test]
    public void A_null_sample_is_named() =>
        FluentActions.Invoking(() => Model.Score(null!)).Should().Throw<ArgumentNullException>().WithParameterName("x");
}
