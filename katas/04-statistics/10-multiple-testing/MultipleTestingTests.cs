using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Bonferroni and Benjamini–Hochberg by hand (the adjusted values are R's <c>p.adjust</c>), as properties on seeded
/// p-values, and by simulation: m = 100 tests with 80 true null hypotheses, where Bonferroni keeps the family-wise error
/// rate and BH the false discovery rate below α. Wrong implementations these tests catch: BH as a step-DOWN procedure
/// that stops at the first p-value above its line; rejections or adjusted values left in sorted order instead of the
/// input's; BH-adjusted values without the running minimum (not monotone); Bonferroni-adjusted values not capped at 1;
/// thresholds kα/m with a 0-based rank k; testing every hypothesis at α uncorrected.
/// </summary>
public class MultipleTestingTests
{
    // m = 5 p-values, α = 0.05. Sorted: 0.001, 0.025, 0.028, 0.2, 0.6 against the BH line kα/m = 0.01, 0.02, 0.03, 0.04,
    // 0.05: rank 2 (0.025 > 0.02) is above its line, rank 3 (0.028 ≤ 0.03) below, ranks 4 and 5 above.
    private static readonly double[] Five = [0.2, 0.028, 0.001, 0.6, 0.025];

    [Test, Order(1)]
    // Bonferroni tests each p at α/m = 0.01: only 0.001 passes. Adjusted: 5p capped at 1 → 1, 0.14, 0.005, 1, 0.125
    // (5·0.6 = 3 is capped).
    public void Bonferroni_by_hand()
    {
        MultipleTesting.Bonferroni(Five, 0.05).Should().Equal(false, false, true, false, false);
        MultipleTesting.BonferroniAdjusted(Five).Should().BeApproximately([1, 0.14, 0.005, 1, 0.125], Tolerance.Tight);
    }

    [Test, Order(2)]
    // BH steps UP: the largest rank under its line is k = 3, so the three smallest p-values (0.001, 0.025, 0.028) are
    // rejected, although 0.025 lies above its own line. A step-down search would stop at rank 2 and reject only 0.001.
    public void Benjamini_Hochberg_steps_up_past_a_p_value_above_the_line()
    {
        MultipleTesting.BenjaminiHochberg(Five, 0.05).Should().Equal(false, true, true, false, true);
        MultipleTesting.BenjaminiHochberg(Five, 0.001).Should().Equal(false, false, false, false, false);
        MultipleTesting.BenjaminiHochberg(Five, 0.9).Should().Equal(true, true, true, true, true);
    }

    [Test, Order(3)]
    // Adjusted, sorted: m·p₍i₎/i = 0.005, 0.0625, 0.046667, 0.25, 0.6; the running minimum from the top lowers 0.0625 to
    // 0.046667. In input order: 0.25, 0.046667, 0.005, 0.6, 0.046667 — what R's p.adjust(c(0.2, 0.028, 0.001, 0.6, 0.025),
    // "BH") prints. With ties, 0.01, 0.01, 0.5, 1: m·p/i = 0.04, 0.02, 0.6667, 1, so both 0.01s get 0.02.
    public void Benjamini_Hochberg_adjusted_p_values_by_hand()
    {
        MultipleTesting.BenjaminiHochbergAdjusted(Five).Should().BeApproximately([0.25, 0.14 / 3, 0.005, 0.6, 0.14 / 3], Tolerance.Tight);
        MultipleTesting.BenjaminiHochbergAdjusted([0.01, 0.01, 0.5, 1]).Should().BeApproximately([0.02, 0.02, 2 / 3.0, 1], Tolerance.Tight);
        MultipleTesting.BenjaminiHochbergAdjusted([0.3]).Should().Equal(0.3);
    }

    [Test, Order(4)]
    // On seeded p-values (a mix of uniform ones and small ones, so that both procedures reject some): a hypothesis is
    // rejected at level α exactly when its adjusted p-value is ≤ α; adjusted values lie in [p, 1], never decrease as p
    // grows, and BH's are never above Bonferroni's; the input is not modified.
    public void Rejections_are_adjusted_p_values_at_most_alpha([Range(1, 5)] int seed)
    {
        var p = SeededPValues(seed, 60);
        var copy = p.ToArray();
        var (bh, bonferroni) = (MultipleTesting.BenjaminiHochbergAdjusted(p), MultipleTesting.BonferroniAdjusted(p));
        foreach (var alpha in (double[])[0.01, 0.05, 0.2])
        {
            MultipleTesting.BenjaminiHochberg(p, alpha).Should().Equal(bh.Select(q => q <= alpha), $"BH at α = {alpha}");
            MultipleTesting.Bonferroni(p, alpha).Should().Equal(bonferroni.Select(q => q <= alpha), $"Bonferroni at α = {alpha}");
        }

        for (var i = 0; i < p.Length; i++)
        {
            bh[i].Should().BeInRange(p[i], 1);
            bh[i].Should().BeLessThanOrEqualTo(bonferroni[i]);
            for (var j = 0; j < p.Length; j++)
            {
                if (p[i] < p[j])
                {
                    bh[i].Should().BeLessThanOrEqualTo(bh[j], "adjusted p-values are monotone in p");
                }
            }
        }

        p.Should().Equal(copy);
    }

    [Test, Order(5)]
    // Relabelling the hypotheses relabels the answers: permuting the input permutes every output the same way.
    public void Results_follow_the_hypotheses_when_they_are_reordered([Range(1, 3)] int seed)
    {
        var p = SeededPValues(seed, 30);
        var permutation = Enumerable.Range(0, p.Length).ToArray();
        new SeededRandom(seed + 100).Shuffle(permutation);
        double[] shuffled = [.. permutation.Select(i => p[i])];
        var (rejected, adjusted) = (MultipleTesting.BenjaminiHochberg(p, 0.1), MultipleTesting.BenjaminiHochbergAdjusted(p));
        MultipleTesting.BenjaminiHochberg(shuffled, 0.1).Should().Equal(permutation.Select(i => rejected[i]));
        MultipleTesting.BenjaminiHochbergAdjusted(shuffled).Should().Equal(permutation.Select(i => adjusted[i]));
        var bonferroni = MultipleTesting.BonferroniAdjusted(p);
        MultipleTesting.BonferroniAdjusted(shuffled).Should().Equal(permutation.Select(i => bonferroni[i]));
    }

    [Test, Order(6)]
    // 1000 seeded experiments of m = 100 one-sided z-tests: 80 true nulls (p uniform) and 20 real effects (z ~ N(3, 1),
    // p = Φ(−z)); α = 0.05. Bonferroni's FWER is 1 − (1 − α/m)⁸⁰ ≈ 0.039 with standard error √(0.039·0.961/1000) ≈ 0.006;
    // BH's FDR is π₀α = 0.04, and since FDP² ≤ FDP its standard error is at most √(0.04/1000) ≈ 0.0063. The bounds α + 0.015
    // and α + 0.02 sit more than 4σ above the true values (seed fixed), while testing every hypothesis at α uncorrected
    // gives an FWER near 0.98 and an FDR near 0.18. Bonferroni's rejections are always a subset of BH's, and BH finds more
    // of the real effects.
    public void In_simulation_Bonferroni_controls_the_FWER_and_BH_the_FDR()
    {
        const int Experiments = 1000, M = 100, Nulls = 80;
        const double Alpha = 0.05;
        var random = new SeededRandom(2024);
        var (anyFalse, falseShare, bhTrue, bonferroniTrue, notSubset) = (0, 0.0, 0, 0, 0);
        for (var e = 0; e < Experiments; e++)
        {
            var p = new double[M];
            for (var i = 0; i < M; i++)
            {
                p[i] = i < Nulls ? random.NextDouble() : Normal.CDF(0, 1, -random.Gaussian(3, 1));
            }

            var (bh, bonferroni) = (MultipleTesting.BenjaminiHochberg(p, Alpha), MultipleTesting.Bonferroni(p, Alpha));
            anyFalse += bonferroni.Take(Nulls).Any(r => r) ? 1 : 0;
            var (falseRejections, rejections) = (bh.Take(Nulls).Count(r => r), bh.Count(r => r));
            falseShare += rejections == 0 ? 0 : (double)falseRejections / rejections;
            bhTrue += bh.Skip(Nulls).Count(r => r);
            bonferroniTrue += bonferroni.Skip(Nulls).Count(r => r);
            notSubset += bonferroni.Zip(bh).Any(pair => pair.First && !pair.Second) ? 1 : 0;
        }

        notSubset.Should().Be(0, "every Bonferroni rejection is a BH rejection");
        ((double)anyFalse / Experiments).Should().BeLessThanOrEqualTo(Alpha + 0.015, "Bonferroni controls the family-wise error rate");
        (falseShare / Experiments).Should().BeLessThanOrEqualTo(Alpha + 0.02, "BH controls the false discovery rate");
        (falseShare / Experiments).Should().BeGreaterThan(0.02, "BH spends its error budget: FDR ≈ π₀α = 0.04");
        bhTrue.Should().BeGreaterThan(bonferroniTrue * 3 / 2, "BH has more power than Bonferroni");
    }

    [Test, Order(7)]
    // p-values live in [0, 1]; α must be a proper level; there must be something to correct.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => MultipleTesting.Bonferroni([], 0.05)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochbergAdjusted([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochberg([0.1, 1.5], 0.05)).Should().Throw<ArgumentException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => MultipleTesting.BonferroniAdjusted([-0.1, 0.5])).Should().Throw<ArgumentException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochbergAdjusted([0.1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => MultipleTesting.Bonferroni([0.1, 2], 0.05)).Should().Throw<ArgumentException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochberg([0.1], 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochberg([0.1], 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultipleTesting.Bonferroni([0.1], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultipleTesting.Bonferroni([0.1], 1.5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultipleTesting.BenjaminiHochberg(null!, 0.05)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultipleTesting.BonferroniAdjusted(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // Both thresholds are inclusive: reject when pᵢ ≤ α/m (Bonferroni) and up to the largest k with p₍k₎ ≤ kα/m (BH).
    // With α = 0.5 and m = 4 every threshold is exact in binary (α/m = 0.125; the BH line is 0.125, 0.25, 0.375, 0.5),
    // so a p-value ON its line is rejected; a strict < would keep it. p = 0 and p = 1 are valid p-values.
    public void A_p_value_on_its_threshold_is_rejected_and_0_and_1_are_valid()
    {
        MultipleTesting.Bonferroni([0.125, 0.5, 0, 1], 0.5).Should().Equal(true, false, true, false);
        MultipleTesting.BenjaminiHochberg([0.25, 0.9, 0, 1], 0.5).Should().Equal(true, false, true, false);
        MultipleTesting.BonferroniAdjusted([0, 1]).Should().Equal(0, 1);
        MultipleTesting.BenjaminiHochbergAdjusted([0, 1]).Should().Equal(0, 1);
    }

    /// <summary>m seeded p-values: two thirds uniform on [0, 1], one third uniform on [0, 0.01] (real effects).</summary>
    private static double[] SeededPValues(int seed, int m)
    {
        var random = new SeededRandom(seed);
        return [.. Enumerable.Range(0, m).Select(i => i % 3 == 0 ? random.Uniform(0, 0.01) : random.NextDouble())];
    }
}
