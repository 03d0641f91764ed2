using MathForML.Optimization;

namespace MathForML.GivenCode.Tests.Optimization;

/// <summary>
/// The KKT residuals of the constrained-optimisation kata: <see cref="KktResiduals.Max"/> is the largest of the four,
/// wherever it sits. Wrong maxima these tests catch: one that ignores a residual, or takes a minimum somewhere.
/// </summary>
public class KktResidualsTests
{
    [Test]
    // max(stationarity, primal, dual, complementarity): each of the four positions holds the largest value once.
    public void Max_is_the_largest_of_the_four_residuals()
    {
        new KktResiduals(4, 1, 2, 3).Max.Should().Be(4);
        new KktResiduals(1, 4, 2, 3).Max.Should().Be(4);
        new KktResiduals(1, 2, 4, 3).Max.Should().Be(4);
        new KktResiduals(1, 2, 3, 4).Max.Should().Be(4);
        new KktResiduals(0, 0, 0, 0).Max.Should().Be(0);
    }
}
