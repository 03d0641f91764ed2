using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// The dot product and the angle it measures. Lengths in these tests come from MathNet
/// (<c>L2Norm</c>), so they are independent of the code under test.
/// </summary>
public class DotProductTests
{
    [Test, Order(1)]
    // (1, 2, 3)·(4, −5, 6) = 4 − 10 + 18 = 12, and the dot product of two empty vectors is the empty sum, 0.
    public void Dot_of_a_worked_example()
    {
        DotProduct.Dot([1, 2, 3], [4, -5, 6]).Should().Be(12);
        DotProduct.Dot([], []).Should().Be(0);
    }

    [Test, Order(2)]
    // v·w = w·v, v·v = ‖v‖² ≥ 0, and Σᵢ vᵢwᵢ agrees with MathNet's DotProduct.
    public void Dot_is_symmetric_and_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 30);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));

        DotProduct.Dot(v, w).Should().BeApproximately(Oracle.ToVector(v).DotProduct(Oracle.ToVector(w)), Tolerance.Default);
        DotProduct.Dot(v, w).Should().Be(DotProduct.Dot(w, v));
        DotProduct.Dot(v, v).Should().BeApproximately(Math.Pow(Oracle.ToVector(v).L2Norm(), 2), Tolerance.Default);
    }

    [Test, Order(3)]
    // (a·u + b·v)·w = a(u·w) + b(v·w): the dot product is linear in each argument (bilinear).
    public void Dot_is_bilinear([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 30);
        var (u, v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var (a, b) = (data.Random.Uniform(-5, 5), data.Random.Uniform(-5, 5));
        var combination = u.Select((ui, i) => (a * ui) + (b * v[i])).ToArray();

        DotProduct.Dot(combination, w).Should().BeApproximately((a * DotProduct.Dot(u, w)) + (b * DotProduct.Dot(v, w)), Tolerance.Default);
        DotProduct.Dot(w, combination).Should().BeApproximately((a * DotProduct.Dot(w, u)) + (b * DotProduct.Dot(w, v)), Tolerance.Default);
    }

    [Test, Order(4)]
    // Cauchy–Schwarz: |v·w| ≤ ‖v‖‖w‖, with equality exactly when w is a multiple of v (here w = c·v).
    public void Cauchy_Schwarz_bounds_the_dot_product_by_the_lengths([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 30);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var c = data.Random.Uniform(-5, 5);
        var parallel = v.Select(vi => c * vi).ToArray();
        double Length(double[] x) => Oracle.ToVector(x).L2Norm();

        Math.Abs(DotProduct.Dot(v, w)).Should().BeLessThanOrEqualTo(Length(v) * Length(w));
        Math.Abs(DotProduct.Dot(v, parallel)).Should().BeApproximately(Length(v) * Length(parallel), Tolerance.Default);
    }

    [Test, Order(5)]
    // (1, 2, 2)·(2, 1, 2) = 2 + 2 + 4 = 8 and both lengths are √(1 + 4 + 4) = 3, so cos θ = 8/9.
    // (1, 0) and (0, 1) are perpendicular (cos θ = 0); (1, 0) and (−1, 0) are opposite (cos θ = −1).
    public void Cosine_similarity_of_worked_examples()
    {
        DotProduct.CosineSimilarity([1, 2, 2], [2, 1, 2]).Should().BeApproximately(8.0 / 9, Tolerance.Tight);
        DotProduct.CosineSimilarity([1, 0], [0, 1]).Should().Be(0);
        DotProduct.CosineSimilarity([1, 0], [-1, 0]).Should().Be(-1);
    }

    [Test, Order(6)]
    // cos θ = v·w / (‖v‖‖w‖), computed in the test with MathNet, always within [−1, 1].
    public void Cosine_similarity_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 30);
        var (v, w) = (Oracle.ToVector(data.Vector(n, -10, 10)), Oracle.ToVector(data.Vector(n, -10, 10)));

        var cosine = DotProduct.CosineSimilarity(v.ToArray(), w.ToArray());

        cosine.Should().BeApproximately(v.DotProduct(w) / (v.L2Norm() * w.L2Norm()), Tolerance.Default);
        cosine.Should().BeInRange(-1, 1);
    }

    [Test, Order(7)]
    // cos(c·v, w) = cos(v, w) for c > 0 (only the direction counts), and cos(−v, w) = −cos(v, w).
    public void Cosine_similarity_ignores_length_but_not_direction([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 30);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var c = data.Random.Uniform(0.01, 100);
        var cosine = DotProduct.CosineSimilarity(v, w);

        DotProduct.CosineSimilarity(v.Select(vi => c * vi).ToArray(), w).Should().BeApproximately(cosine, Tolerance.Tight);
        DotProduct.CosineSimilarity(v, w.Select(wi => c * wi).ToArray()).Should().BeApproximately(cosine, Tolerance.Tight);
        DotProduct.CosineSimilarity(v.Select(vi => -vi).ToArray(), w).Should().BeApproximately(-cosine, Tolerance.Tight);
    }

    [Test, Order(8)]
    // (1, 0) and (1, 1): cos θ = 1/√2, so θ = π/4. (1, 0) and (0, 3): θ = π/2. (2, 0) and (−1, 0): θ = π.
    public void Angle_of_worked_examples()
    {
        DotProduct.AngleBetween([1, 0], [1, 1]).Should().BeApproximately(Math.PI / 4, Tolerance.Tight);
        DotProduct.AngleBetween([1, 0], [0, 3]).Should().BeApproximately(Math.PI / 2, Tolerance.Tight);
        DotProduct.AngleBetween([2, 0], [-1, 0]).Should().BeApproximately(Math.PI, Tolerance.Tight);
    }

    [Test, Order(9)]
    // For v = (1, 1, 1), ‖v‖² = 3 but √3 · √3 rounds to 2.9999999999999996, so v·(2v) / (‖v‖‖2v‖) comes out as
    // 1.0000000000000002 — and arccos of that is NaN. Clamping the cosine into [−1, 1] gives θ = 0 (and π for −v).
    public void Angle_with_a_positive_multiple_is_zero_and_with_a_negative_multiple_is_pi()
    {
        foreach (var v in new double[][] { [1, 1, 1], [1, 2, 3], [3, 4] })
        {
            var name = $"v = ({string.Join(", ", v)})";
            DotProduct.AngleBetween(v, v.Select(x => 2 * x).ToArray()).Should().Be(0, "the angle between v and 2v is 0 for {0}", name);
            DotProduct.AngleBetween(v, v.Select(x => -x).ToArray()).Should().Be(Math.PI, "the angle between v and −v is π for {0}", name);
            DotProduct.CosineSimilarity(v, v.Select(x => 2 * x).ToArray()).Should().Be(1, "cos(v, 2v) = 1 for {0}", name);
            DotProduct.CosineSimilarity(v, v.Select(x => -x).ToArray()).Should().Be(-1, "cos(v, −v) = −1 for {0}", name);
        }
    }

    [Test, Order(10)]
    // Angle of v with 2v is 0 and with −v is π for random v. Tolerance 1e-7, not 1e-12, on purpose: arccos is
    // steep next to ±1 (arccos(1 − ε) ≈ √(2ε)), so a cosine off by one rounding error moves the angle by ~1e-8.
    public void Angle_of_parallel_random_vectors_is_zero_or_pi([Range(1, 5)] int seed)
    {
        var v = new TestData(seed).Vector(8, -10, 10);
        var steep = Tolerance.AbsoluteOnly(1e-7);

        DotProduct.AngleBetween(v, v.Select(x => 2 * x).ToArray()).Should().BeApproximately(0, steep);
        DotProduct.AngleBetween(v, v.Select(x => -x).ToArray()).Should().BeApproximately(Math.PI, steep);
    }

    [Test, Order(11)]
    // w⊥ = w − (v·w / v·v)·v has v·w⊥ = 0, so the angle between v and w⊥ is π/2.
    public void Perpendicular_vectors_are_at_a_right_angle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 20);
        var (v, w) = (Oracle.ToVector(data.Vector(n, -10, 10)), Oracle.ToVector(data.Vector(n, -10, 10)));
        var perpendicular = w - (v.DotProduct(w) / v.DotProduct(v) * v);

        DotProduct.AngleBetween(v.ToArray(), perpendicular.ToArray()).Should().BeApproximately(Math.PI / 2, Tolerance.Default);
        DotProduct.AngleBetween([1, 2], [-2, 1]).Should().Be(Math.PI / 2);
    }

    [Test, Order(12)]
    // θ lies in [0, π], is symmetric in v and w, and cos θ is the cosine similarity.
    public void Angle_is_the_arccosine_of_the_cosine_similarity([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 20);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));

        var angle = DotProduct.AngleBetween(v, w);

        angle.Should().BeInRange(0, Math.PI);
        angle.Should().BeApproximately(DotProduct.AngleBetween(w, v), Tolerance.Tight);
        Math.Cos(angle).Should().BeApproximately(DotProduct.CosineSimilarity(v, w), Tolerance.Tight);
    }

    [Test, Order(13)]
    // Entries of 1e200 square to 1e400, beyond the largest double (≈ 1.8e308), and entries of 1e-200 square to 0.
    // The cosine does not depend on length, so divide each vector by its largest |entry| before squaring.
    public void Cosine_similarity_survives_huge_and_tiny_entries()
    {
        DotProduct.CosineSimilarity([1e200, 2e200, 2e200], [2e200, 1e200, 2e200]).Should().BeApproximately(8.0 / 9, Tolerance.Tight);
        DotProduct.CosineSimilarity([1e-200, 2e-200, 2e-200], [2e-200, 1e-200, 2e-200]).Should().BeApproximately(8.0 / 9, Tolerance.Tight);
        DotProduct.AngleBetween([1e200, 0], [1e-200, 1e-200]).Should().BeApproximately(Math.PI / 4, Tolerance.Tight);
    }

    [Test, Order(14)]
    // A zero vector has no direction: the formula would divide 0 by 0.
    public void A_zero_vector_has_no_angle()
    {
        FluentActions.Invoking(() => DotProduct.CosineSimilarity([0, 0], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*zero*").WithParameterName("v");
        FluentActions.Invoking(() => DotProduct.CosineSimilarity([1, 2], [0, 0]))
            .Should().Throw<ArgumentException>().WithMessage("*zero*").WithParameterName("w");
        FluentActions.Invoking(() => DotProduct.AngleBetween([0, 0, 0], [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => DotProduct.AngleBetween([1, 2, 3], [0, 0, 0]))
            .Should().Throw<ArgumentException>().WithMessage("*zero*");
    }

    [Test, Order(15)]
    // Σᵢ vᵢwᵢ pairs entry i of v with entry i of w: vectors of different lengths cannot be paired.
    public void Vectors_of_different_lengths_are_rejected()
    {
        FluentActions.Invoking(() => DotProduct.Dot([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => DotProduct.Dot([1], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => DotProduct.CosineSimilarity([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => DotProduct.AngleBetween([1, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(16)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => DotProduct.Dot(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DotProduct.Dot([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DotProduct.CosineSimilarity(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DotProduct.CosineSimilarity([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DotProduct.AngleBetween(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DotProduct.AngleBetween([1], null!)).Should().Throw<ArgumentNullException>();
    }
}
