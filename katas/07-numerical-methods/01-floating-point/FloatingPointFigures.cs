using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The floating-point kata's figures, drawn from your <see cref="FloatingPoint.Ulp"/> (read, don't edit).</summary>
public static class FloatingPointFigures
{
    /// <summary>The spacing of doubles against the magnitude: a staircase between ε·|x|/2 and ε·|x|.</summary>
    /// <returns>The plot.</returns>
    [Figure("ulp-staircase", "Your Ulp(x) for x from 10⁻³ to 10³ on log–log axes: constant across each binade [2ᵏ, 2ᵏ⁺¹) and doubling at every power of two, so it climbs a staircase held between ε·x/2 and ε·x (dashed, dotted). The relative spacing of doubles is the same at every scale; the absolute spacing is not.")]
    public static Plot UlpStaircase()
    {
        const double epsilon = 2.220446049250313e-16;
        var xs = Enumerable.Range(0, 601).Select(i => Math.Pow(10, -3 + (i / 100.0))).ToArray();
        var ulps = xs.Select(FloatingPoint.Ulp).ToArray();
        return Charts.LogScaleWithReferences(
            "The spacing of doubles doubles at every power of two",
            "x", "Ulp(x): the gap to the next double",
            [new Series("your Ulp(x)", xs, ulps)],
            [Series.Of("ε·x", xs, x => epsilon * x), Series.Of("ε·x / 2", xs, x => epsilon * x / 2)],
            legend: Alignment.UpperLeft);
    }
}
