namespace MathForML.Verification.Tests;

public class PortableMathTests
{
    [Test]
    public void Log_agrees_with_the_platform_logarithm_to_a_few_ulps()
    {
        var random = new SeededRandom(20);
        for (var i = 0; i < 20_000; i++)
        {
            // Log-uniform arguments over the whole double range, plus the tricky neighbourhood of 1.
            var x = Math.Pow(2, random.Uniform(-1070, 1020));
            var nearOne = 1 + random.Uniform(-0.01, 0.01);

            PortableMath.Log(x).Should().BeApproximately(Math.Log(x), new Tolerance(1e-300, 1e-15));
            PortableMath.Log(nearOne).Should().BeApproximately(Math.Log(nearOne), new Tolerance(1e-18, 1e-14));
        }
    }

    [Test]
    public void Log_handles_special_values()
    {
        PortableMath.Log(1).Should().Be(0);
        PortableMath.Log(0).Should().Be(double.NaN);
        PortableMath.Log(-1).Should().Be(double.NaN);
        PortableMath.Log(double.PositiveInfinity).Should().Be(double.PositiveInfinity);
        PortableMath.Log(double.Epsilon).Should().BeApproximately(Math.Log(double.Epsilon), Tolerance.Tight);
    }

    [Test]
    public void Exp_agrees_with_the_platform_exponential_to_a_few_ulps()
    {
        var random = new SeededRandom(21);
        for (var i = 0; i < 20_000; i++)
        {
            var x = random.Uniform(-700, 700);

            PortableMath.Exp(x).Should().BeApproximately(Math.Exp(x), Tolerance.RelativeOnly(1e-15));
        }

        PortableMath.Exp(0).Should().Be(1);
        PortableMath.Exp(1000).Should().Be(double.PositiveInfinity);
        PortableMath.Exp(-1000).Should().Be(0);
    }
}
