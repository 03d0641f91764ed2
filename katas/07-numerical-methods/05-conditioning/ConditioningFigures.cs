using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The conditioning kata's figure, drawn from your <see cref="Conditioning.ConditionNumber"/>, <see cref="Conditioning.Hilbert"/> and <see cref="Conditioning.NormalMatrix"/> (read, don't edit).</summary>
public static class ConditioningFigures
{
    /// <summary>κ(Hₙ) and κ(HₙᵀHₙ) against n, with e^(3.5n) and 1/ε for reference.</summary>
    /// <returns>The plot.</returns>
    [Figure("hilbert-condition", "Your ConditionNumber of the Hilbert matrices Hₙ (your Hilbert) and of their normal matrices HₙᵀHₙ (your NormalMatrix), n = 1 … 12, on a log scale. κ(Hₙ) climbs like e^(3.5n) (dashed) and κ(HₙᵀHₙ) twice as steeply, as κ(Hₙ)². Neither can be measured beyond 1/ε ≈ 4.5·10¹⁵ (dotted): there the smallest singular value is lost in rounding, the computed κ is meaningless or infinite, and it is not drawn — κ(HₙᵀHₙ) already from n = 7, κ(Hₙ) from n = 12.")]
    public static Plot HilbertCondition()
    {
        var ns = Enumerable.Range(1, 12).Select(n => (double)n).ToArray();
        var kappa = ns.Select(n => Conditioning.ConditionNumber(Conditioning.Hilbert((int)n))).ToArray();
        var normal = ns.Select(n => Conditioning.ConditionNumber(Conditioning.NormalMatrix(Conditioning.Hilbert((int)n)))).ToArray();
        return Charts.LogScaleWithReferences(
            "κ(Hₙ) grows like e^(3.5n); the normal matrix squares it",
            "n", "condition number",
            [new Series("κ(Hₙ)", ns, kappa), new Series("κ(HₙᵀHₙ)", ns, normal)],
            [Series.Of("e^(3.5n) / 100", ns, n => Math.Exp(3.5 * n) / 100), Series.Of("1/ε", ns, _ => 1 / 2.220446049250313e-16)],
            logX: false, markers: true, legend: Alignment.UpperLeft);
    }
}
