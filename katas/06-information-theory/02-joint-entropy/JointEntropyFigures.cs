using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The joint-entropy kata's figures, drawn from your <see cref="JointEntropy"/> (read, don't edit).</summary>
public static class JointEntropyFigures
{
    /// <summary>P(X = 1) of the channel's input.</summary>
    private const double InputOne = 0.2;

    /// <summary>
    /// The joint table of a noisy channel: X is 1 with probability 0.2, and Y is X flipped with probability ε.
    /// </summary>
    private static double[,] Channel(double flip) =>
        new[,] { { (1 - InputOne) * (1 - flip), (1 - InputOne) * flip }, { InputOne * flip, InputOne * (1 - flip) } };

    /// <summary>The entropies of a noisy channel's input and output as the flip probability grows.</summary>
    /// <returns>The plot.</returns>
    [Figure("chain-rule-on-a-noisy-channel", "X is 1 with probability 0.2 and Y is X flipped with probability ε. From your JointEntropy: H(X, Y) is always H(X) plus H(Y | X), the uncertainty the noise adds; H(Y | X) is 0 for a perfect channel (ε = 0) or a perfect inverter (ε = 1) and largest at ε = ½, where Y is a fair coin whatever X is. H(X | Y) — the table transposed — is a different curve: conditioning is not symmetric.")]
    public static Plot ChainRuleOnANoisyChannel()
    {
        var flips = Enumerable.Range(0, 101).Select(i => i / 100.0).ToArray();
        var everyFifth = flips.Where((_, i) => i % 5 == 0).ToArray();
        var joint = Series.Of("H(X, Y)", flips, e => JointEntropy.Joint(Channel(e)));
        var input = Series.Of("H(X)", flips, e => Entropy.Bits(JointEntropy.MarginalOfX(Channel(e))));
        var noise = Series.Of("H(Y | X)", flips, e => JointEntropy.Conditional(Channel(e)));
        var back = Series.Of("H(X | Y)", flips, e => JointEntropy.Conditional(Transpose(Channel(e))));
        var chain = Series.Of("H(X) + H(Y | X)", everyFifth, e => Entropy.Bits(JointEntropy.MarginalOfX(Channel(e))) + JointEntropy.Conditional(Channel(e)));
        var plot = Charts.CurvesWithPoints(
            "Chain rule: H(X, Y) = H(X) + H(Y | X) at every noise level", "flip probability ε", "entropy (bits)", [joint, input, noise, back], [chain]);
        plot.Axes.SetLimitsY(0, 2.1);
        return plot;
    }

    private static double[,] Transpose(double[,] a) => new[,] { { a[0, 0], a[1, 0] }, { a[0, 1], a[1, 1] } };
}
