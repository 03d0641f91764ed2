using MathForML.Verification;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// The Jensen–Shannon divergence and distance. Wrong implementations these tests catch: averaging the two KL
/// divergences KL(p ‖ q) and KL(q ‖ p) (the Jeffreys divergence: infinite for disjoint supports, unbounded); the
/// mixture m = p + q without the ½ (not a distribution); the weights ½ left out (bound 2 ln 2 instead of ln 2);
/// bits where nats are asked; the distance without the square root (no triangle inequality).
/// </summary>
public class JensenShannonTests
{
    [Test, Order(1)]
    // p = (1, 0), q = (0, 1): m = (½, ½), KL(p ‖ m) = ln 2 = KL(q ‖ m), so JS = ln 2 (1 bit): the largest possible value.
    // p = (½, ½), q = (1, 0): m = (¾, ¼), KL(p ‖ m) = ½ ln(2/3) + ½ ln 2 = ½ ln(4/3), KL(q ‖ m) = ln(4/3), JS = ¾ ln(4/3).
    public void Worked_examples_use_the_mixture_of_the_two()
    {
        JensenShannon.Divergence([1, 0], [0, 1]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        JensenShannon.Bits([1, 0], [0, 1]).Should().BeApproximately(1, Tolerance.Tight);
        JensenShannon.Divergence([0.5, 0.5], [1, 0]).Should().BeApproximately(0.75 * Math.Log(4.0 / 3), Tolerance.Tight);
    }

    [Test, Order(2)]
    // JS(p, q) = JS(q, p): the mixture m is the same both ways and the two halves swap.
    public void Divergence_is_symmetric([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(5);
        var q = data.ProbabilityVector(5);

        JensenShannon.Divergence(p, q).Should().BeApproximately(JensenShannon.Divergence(q, p), Tolerance.Tight);
    }

    [Test, Order(3)]
    // 0 < JS(p, q) < ln 2 for distinct distributions with overlapping support; JS(p, p) = 0; in bits, at most 1.
    public void Divergence_lies_between_zero_and_ln_2([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(3 + seed);
        var q = data.ProbabilityVector(3 + seed);

        JensenShannon.Divergence(p, q).Should().BeGreaterThan(0).And.BeLessThan(Math.Log(2));
        JensenShannon.Bits(p, q).Should().BeApproximately(JensenShannon.Divergence(p, q) / Math.Log(2), Tolerance.Tight);
        JensenShannon.Divergence(p, p).Should().Be(0);
    }

    [Test, Order(4)]
    // Where KL is infinite (q = 0 where p > 0), JS stays finite; for disjoint supports it is exactly ln 2, however the
    // mass is spread inside each support.
    public void Disjoint_supports_give_exactly_ln_2_where_KL_is_infinite([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var left = data.ProbabilityVector(3);
        var right = data.ProbabilityVector(4);
        double[] p = [.. left, 0, 0, 0, 0];
        double[] q = [0, 0, 0, .. right];

        KlDivergence.Nats(p, q).Should().Be(double.PositiveInfinity);
        JensenShannon.Divergence(p, q).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
    }

    [Test, Order(5)]
    // KL is convex in its second argument, so KL(p ‖ m) ≤ ½ KL(p ‖ p) + ½ KL(p ‖ q) = ½ KL(p ‖ q), and therefore
    // JS(p, q) ≤ ¼ (KL(p ‖ q) + KL(q ‖ p)): JS is at most half the average of the two KL divergences.
    public void Divergence_is_at_most_a_quarter_of_the_two_KL_divergences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(6);
        var q = data.ProbabilityVector(6);

        JensenShannon.Divergence(p, q).Should().BeLessThanOrEqualTo(0.25 * (KlDivergence.Nats(p, q) + KlDivergence.Nats(q, p)));
    }

    [Test, Order(6)]
    // √JS is a metric: d(p, r) ≤ d(p, q) + d(q, r) on random triples. (JS itself is not: for p = (1, 0), q = (½, ½),
    // r = (0, 1), JS(p, r) = ln 2 = 0.693 > JS(p, q) + JS(q, r) = 2 · 0.2158 = 0.432.)
    public void Distance_satisfies_the_triangle_inequality([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (p, q, r) = (data.ProbabilityVector(4), data.ProbabilityVector(4), data.ProbabilityVector(4));
        double[] a = [1, 0];
        double[] b = [0.5, 0.5];
        double[] c = [0, 1];

        JensenShannon.Distance(p, r).Should().BeLessThanOrEqualTo(JensenShannon.Distance(p, q) + JensenShannon.Distance(q, r));
        JensenShannon.Distance(a, c).Should().BeLessThanOrEqualTo(JensenShannon.Distance(a, b) + JensenShannon.Distance(b, c));
        JensenShannon.Distance(a, c).Should().BeApproximately(Math.Sqrt(Math.Log(2)), Tolerance.Tight);
        JensenShannon.Divergence(a, c).Should().BeGreaterThan(JensenShannon.Divergence(a, b) + JensenShannon.Divergence(b, c));
    }

    [Test, Order(7)]
    // Distributions as before, over the same outcomes.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => JensenShannon.Divergence(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JensenShannon.Distance([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JensenShannon.Bits([1], [0.5, 0.5])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => JensenShannon.Divergence([0.5, 0.5], [0.5, 0.6])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => JensenShannon.Divergence([2, -1], [0.5, 0.5])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => JensenShannon.Distance([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }
}
