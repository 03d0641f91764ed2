using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Norms and distances. The seeded tests check the three norm axioms and the relations between norms;
/// MathNet's <c>L1Norm</c>, <c>L2Norm</c> and <c>InfinityNorm</c> are the independent oracle.
/// </summary>
public class NormsTests
{
    [Test, Order(1)]
    // v = (3, −4): ‖v‖₁ = 3 + 4 = 7, ‖v‖₂ = √(9 + 16) = 5, ‖v‖∞ = max(3, 4) = 4.
    // v = (1, −2, 2, 0): ‖v‖₁ = 5, ‖v‖₂ = √9 = 3, ‖v‖∞ = 2.
    public void Norms_of_worked_examples()
    {
        Norms.L1([3, -4]).Should().Be(7);
        Norms.L2([3, -4]).Should().BeApproximately(5, Tolerance.Tight);
        Norms.LInfinity([3, -4]).Should().Be(4);
        Norms.L1([1, -2, 2, 0]).Should().Be(5);
        Norms.L2([1, -2, 2, 0]).Should().BeApproximately(3, Tolerance.Tight);
        Norms.LInfinity([1, -2, 2, 0]).Should().Be(2);
    }

    [Test, Order(2)]
    // ‖0‖ = 0 for every norm — including the scaled L2 norm, where m = 0 must not lead to 0/0 = NaN.
    public void The_zero_vector_and_the_empty_vector_have_norm_zero()
    {
        foreach (var v in new double[][] { [0, 0, 0], [] })
        {
            var name = v.Length == 0 ? "the empty vector" : "the zero vector";
            Norms.L1(v).Should().Be(0, "‖·‖₁ of {0}", name);
            Norms.L2(v).Should().Be(0, "‖·‖₂ of {0}", name);
            Norms.LInfinity(v).Should().Be(0, "‖·‖∞ of {0}", name);
            Norms.PNorm(v, 3).Should().Be(0, "‖·‖₃ of {0}", name);
            Norms.PNorm(v, double.PositiveInfinity).Should().Be(0, "PNorm(·, ∞) of {0}", name);
        }
    }

    [Test, Order(3)]
    // ‖v‖₁, ‖v‖₂ and ‖v‖∞ against MathNet on random vectors.
    public void Norms_agree_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(1, 40), -100, 100);
        var oracle = Oracle.ToVector(v);

        Norms.L1(v).Should().BeApproximately(oracle.L1Norm(), Tolerance.Default);
        Norms.L2(v).Should().BeApproximately(oracle.L2Norm(), Tolerance.Default);
        Norms.LInfinity(v).Should().BeApproximately(oracle.InfinityNorm(), Tolerance.Tight);
    }

    [Test, Order(4)]
    // ‖(1e200, 1e200)‖₂ = √2·1e200, but squaring 1e200 overflows to ∞; ‖(1e-200, 1e-200)‖₂ = √2·1e-200, but
    // squaring 1e-200 underflows to 0. Dividing by the largest entry first keeps every square in [0, 1].
    public void L2_neither_overflows_nor_underflows()
    {
        Norms.L2([1e200, 1e200]).Should().BeApproximately(Math.Sqrt(2) * 1e200, Tolerance.Tight);
        Norms.L2([1e-200, 1e-200]).Should().BeApproximately(Math.Sqrt(2) * 1e-200, Tolerance.RelativeOnly(1e-12));
        Norms.L2([3e300, -4e300]).Should().BeApproximately(5e300, Tolerance.Tight);
    }

    [Test, Order(5)]
    // (3³ + 4³)^(1/3) = 91^(1/3) ≈ 4.498, and ‖(1, 1, 1, 1)‖₄ = 4^(1/4) = √2.
    public void PNorm_of_worked_examples()
    {
        Norms.PNorm([3, -4], 3).Should().BeApproximately(Math.Cbrt(91), Tolerance.Tight);
        Norms.PNorm([1, 1, 1, 1], 4).Should().BeApproximately(Math.Sqrt(2), Tolerance.Tight);
    }

    [Test, Order(6)]
    // The scale m is the largest ABSOLUTE entry. For (−3, −4) the largest signed entry is −3, and m = −3 turns
    // m·√(Σ(vᵢ/m)²) into −5; for (1, −1e200) it is 1, and (−1e200/1)² overflows. With m = 4 and m = 1e200 all is well.
    public void L2_and_PNorm_scale_by_the_largest_absolute_entry()
    {
        Norms.L2([-3, -4]).Should().BeApproximately(5, Tolerance.Tight);
        Norms.L2([1, -1e200]).Should().BeApproximately(1e200, Tolerance.Tight);
        Norms.PNorm([-3, -4], 3).Should().BeApproximately(Math.Cbrt(91), Tolerance.Tight);
        Norms.PNorm([1, -1e200], 3).Should().BeApproximately(1e200, Tolerance.Tight);
    }

    [Test, Order(7)]
    // The p-norm family contains the three named norms: p = 1, p = 2 and p = ∞.
    public void PNorm_with_p_one_two_and_infinity_gives_the_named_norms([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(1, 30), -10, 10);

        Norms.PNorm(v, 1).Should().BeApproximately(Norms.L1(v), Tolerance.Default);
        Norms.PNorm(v, 2).Should().BeApproximately(Norms.L2(v), Tolerance.Default);
        Norms.PNorm(v, double.PositiveInfinity).Should().Be(Norms.LInfinity(v));
    }

    [Test, Order(8)]
    // ‖v‖∞ ≤ ‖v‖ₚ ≤ n^(1/p)·‖v‖∞, so ‖v‖ₚ → ‖v‖∞ as p grows. With entries up to 10, 10ᵖ overflows for p = 400
    // unless the entries are first divided by the largest one. The (1e200, 1e200) case checks the same for p = 3.
    public void PNorm_approaches_the_maximum_norm_for_large_p_without_overflow([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 20);
        var v = data.Vector(n, -10, 10);
        var max = Norms.LInfinity(v);

        foreach (var p in new[] { 50.0, 400.0 })
        {
            var norm = Norms.PNorm(v, p);
            norm.Should().BeGreaterThanOrEqualTo(max, "‖v‖ₚ ≥ ‖v‖∞ for p = {0}", p);
            norm.Should().BeLessThanOrEqualTo(Math.Pow(n, 1 / p) * max * (1 + 1e-12), "‖v‖ₚ ≤ n^(1/p)·‖v‖∞ for p = {0}", p);
        }

        Norms.PNorm([1e200, 1e200], 3).Should().BeApproximately(Math.Cbrt(2) * 1e200, Tolerance.Tight);
        Norms.PNorm([1e-200, 1e-200], 3).Should().BeApproximately(Math.Cbrt(2) * 1e-200, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(9)]
    // ‖v‖ₚ ≥ ‖v‖_q whenever 1 ≤ p ≤ q: raising p moves the norm from the sum of sizes towards the largest size.
    public void PNorm_decreases_as_p_grows([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(2, 20), -10, 10);
        var p = data.Random.Uniform(1, 4);
        var q = p + data.Random.Uniform(0.5, 4);

        Norms.PNorm(v, p).Should().BeGreaterThan(Norms.PNorm(v, q));
    }

    [Test, Order(10)]
    // ‖v‖∞ ≤ ‖v‖₂ ≤ ‖v‖₁ ≤ √n·‖v‖₂ and ‖v‖₁ ≤ n·‖v‖∞: in finite dimensions all norms are within factors of n.
    public void Norms_are_ordered_and_within_a_factor_of_n([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 30);
        var v = data.Vector(n, -10, 10);
        var (l1, l2, max) = (Norms.L1(v), Norms.L2(v), Norms.LInfinity(v));

        max.Should().BeLessThanOrEqualTo(l2);
        l2.Should().BeLessThanOrEqualTo(l1);
        l1.Should().BeLessThanOrEqualTo(Math.Sqrt(n) * l2 * (1 + 1e-12));
        l1.Should().BeLessThanOrEqualTo(n * max);
    }

    [Test, Order(11)]
    // Triangle inequality ‖v + w‖ ≤ ‖v‖ + ‖w‖ for L1, L2, L∞ and a random p-norm: the direct path is the shortest.
    public void Every_norm_satisfies_the_triangle_inequality([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 30);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var sum = v.Select((vi, i) => vi + w[i]).ToArray();
        var p = data.Random.Uniform(1, 6);
        var slack = 1 + 1e-12;

        Norms.L1(sum).Should().BeLessThanOrEqualTo((Norms.L1(v) + Norms.L1(w)) * slack);
        Norms.L2(sum).Should().BeLessThanOrEqualTo((Norms.L2(v) + Norms.L2(w)) * slack);
        Norms.LInfinity(sum).Should().BeLessThanOrEqualTo((Norms.LInfinity(v) + Norms.LInfinity(w)) * slack);
        Norms.PNorm(sum, p).Should().BeLessThanOrEqualTo((Norms.PNorm(v, p) + Norms.PNorm(w, p)) * slack);
    }

    [Test, Order(12)]
    // Absolute homogeneity ‖c·v‖ = |c|·‖v‖, for negative c too: flipping a vector does not change its size.
    public void Scaling_a_vector_scales_every_norm_by_the_absolute_value([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(1, 30), -10, 10);
        var c = data.Random.Uniform(-5, 5);
        var cv = v.Select(x => c * x).ToArray();
        var p = data.Random.Uniform(1, 6);

        Norms.L1(cv).Should().BeApproximately(Math.Abs(c) * Norms.L1(v), Tolerance.Default);
        Norms.L2(cv).Should().BeApproximately(Math.Abs(c) * Norms.L2(v), Tolerance.Default);
        Norms.LInfinity(cv).Should().BeApproximately(Math.Abs(c) * Norms.LInfinity(v), Tolerance.Default);
        Norms.PNorm(cv, p).Should().BeApproximately(Math.Abs(c) * Norms.PNorm(v, p), Tolerance.Default);
    }

    [Test, Order(13)]
    // (3, 4) / 5 = (0.6, 0.8) and (0, −2, 0) / 2 = (0, −1, 0).
    public void Normalize_of_worked_examples()
    {
        Norms.Normalize([3, 4]).Should().BeApproximately([0.6, 0.8], Tolerance.Tight);
        Norms.Normalize([0, -2, 0]).Should().Equal(0, -1, 0);
    }

    [Test, Order(14)]
    // u = v/‖v‖ has ‖u‖₂ = 1 and ‖v‖·u = v: same direction, unit length. The input is not modified.
    public void Normalize_gives_a_unit_vector_in_the_same_direction([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(1, 30), -10, 10);
        var copy = (double[])v.Clone();

        var u = Norms.Normalize(v);

        Oracle.ToVector(u).L2Norm().Should().BeApproximately(1, Tolerance.Tight);
        (Oracle.ToVector(u) * Oracle.ToVector(v).L2Norm()).Should().BeApproximately(v, Tolerance.Default);
        v.Should().Equal(copy);
    }

    [Test, Order(15)]
    // Direction does not depend on size: (1e200, 1e200) and (3e-300, 4e-300) normalise like (1, 1) and (3, 4).
    public void Normalize_works_for_huge_and_tiny_vectors()
    {
        Norms.Normalize([1e200, 1e200]).Should().BeApproximately([Math.Sqrt(0.5), Math.Sqrt(0.5)], Tolerance.Tight);
        Norms.Normalize([3e-300, 4e-300]).Should().BeApproximately([0.6, 0.8], Tolerance.Tight);
    }

    [Test, Order(16)]
    // From (1, 2) to (4, 6): the straight line is √(3² + 4²) = 5; along the streets it is 3 + 4 = 7.
    public void Distances_of_a_worked_example()
    {
        Norms.EuclideanDistance([1, 2], [4, 6]).Should().BeApproximately(5, Tolerance.Tight);
        Norms.ManhattanDistance([1, 2], [4, 6]).Should().Be(7);
    }

    [Test, Order(17)]
    // d(v, w) = ‖v − w‖ (MathNet), d(v, w) = d(w, v), d(v, v) = 0 and d(u, w) ≤ d(u, v) + d(v, w).
    public void Distances_are_norms_of_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 30);
        var (u, v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var difference = Oracle.ToVector(v) - Oracle.ToVector(w);

        Norms.EuclideanDistance(v, w).Should().BeApproximately(difference.L2Norm(), Tolerance.Default);
        Norms.ManhattanDistance(v, w).Should().BeApproximately(difference.L1Norm(), Tolerance.Default);
        Norms.EuclideanDistance(v, w).Should().BeApproximately(Norms.EuclideanDistance(w, v), Tolerance.Tight);
        Norms.ManhattanDistance(v, w).Should().BeApproximately(Norms.ManhattanDistance(w, v), Tolerance.Tight);
        Norms.EuclideanDistance(v, v).Should().Be(0);
        Norms.EuclideanDistance(u, w).Should().BeLessThanOrEqualTo((Norms.EuclideanDistance(u, v) + Norms.EuclideanDistance(v, w)) * (1 + 1e-12));
    }

    [Test, Order(18)]
    // A distance is a norm, so it inherits the norm's care: from (1e200, 0) to (0, 1e200) is √2·1e200, but squaring
    // the differences directly overflows to ∞; from (3e-200, 0) to (0, 4e-200) is 5e-200, but the squares underflow to 0.
    public void Euclidean_distance_neither_overflows_nor_underflows()
    {
        Norms.EuclideanDistance([1e200, 0], [0, 1e200]).Should().BeApproximately(Math.Sqrt(2) * 1e200, Tolerance.Tight);
        Norms.EuclideanDistance([3e-200, 0], [0, 4e-200]).Should().BeApproximately(5e-200, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(19)]
    // For p < 1 the "norm" breaks the triangle inequality: ‖(1, 0) + (0, 1)‖₀.₅ = 4 > 1 + 1. NaN is no exponent.
    public void PNorm_rejects_p_below_one()
    {
        foreach (var p in new[] { 0.5, 0.999, 0, -2, double.NaN, double.NegativeInfinity })
        {
            FluentActions.Invoking(() => Norms.PNorm([1, 2], p)).Should().Throw<ArgumentOutOfRangeException>("p = {0} is not a valid exponent", p);
        }
    }

    [Test, Order(20)]
    // 0/‖0‖ = 0/0: the zero vector (and the empty one) has no direction.
    public void Normalize_rejects_the_zero_vector()
    {
        FluentActions.Invoking(() => Norms.Normalize([0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Norms.Normalize([])).Should().Throw<ArgumentException>().WithMessage("*zero*");
    }

    [Test, Order(21)]
    // A point of ℝ³ and a point of ℝ² have no distance.
    public void Distances_between_vectors_of_different_lengths_are_rejected()
    {
        FluentActions.Invoking(() => Norms.EuclideanDistance([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Norms.ManhattanDistance([1], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(22)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => Norms.L1(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.L2(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.LInfinity(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.PNorm(null!, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.PNorm(null!, 0.5)).Should().Throw<ArgumentNullException>("a missing vector is reported before a bad exponent");
        FluentActions.Invoking(() => Norms.Normalize(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.EuclideanDistance(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.EuclideanDistance([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.ManhattanDistance(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Norms.ManhattanDistance([1], null!)).Should().Throw<ArgumentNullException>();
    }
}
