using MathForML.CaseStudies;

namespace MathForML.GivenCode.Tests.CaseStudies;

/// <summary>
/// The decision-stump kata's split record: its prediction asks "x[Feature] ≤ Threshold?". Wrong predictions these
/// tests catch: a strict x[Feature] &lt; Threshold (a sample exactly on the threshold goes right), the wrong feature
/// tested, the sides swapped, and a null sample dereferenced instead of named.
/// </summary>
public class StumpSplitTests
{
    [Test]
    // Feature 1, threshold 2.5, left class 2, right class 0: 2.4 and 2.5 (on the threshold: ≤ holds) go left, 2.6
    // goes right; feature 0 is not looked at, however large or small it is.
    public void Samples_at_or_below_the_threshold_go_left_and_the_others_right()
    {
        var split = new StumpSplit(Feature: 1, Threshold: 2.5, Gain: 0.5, LeftClass: 2, RightClass: 0);

        split.Predict([100, 2.4]).Should().Be(2);
        split.Predict([-100, 2.5]).Should().Be(2, "a sample exactly on the threshold satisfies x ≤ t");
        split.Predict([-100, 2.6]).Should().Be(0);
        split.Predict([0, 1e300, 7]).Should().Be(0, "entries after the feature are ignored");
    }

    [Test]
    // A null sample is a caller's mistake, named as such.
    public void A_null_sample_is_rejected()
    {
        var split = new StumpSplit(0, 0, 0, 0, 1);

        FluentActions.Invoking(() => split.Predict(null!)).Should().Throw<ArgumentNullException>().WithParameterName("x");
    }
}
