using MathForML.Verification;

namespace MathForML.Prerequisites.Tests;

/// <summary>Σ and Π as loops. Each seeded test runs on five different random inputs.</summary>
public class NotationTests
{
    [Test, Order(1)]
    // 1 + 2 + 3 + 4 = 10
    public void Sum_adds_every_entry() =>
        Notation.Sum([1, 2, 3, 4]).Should().Be(10);

    [Test, Order(2)]
    // Σ over no terms is 0, the number that leaves any sum unchanged.
    public void Sum_of_no_terms_is_zero() =>
        Notation.Sum([]).Should().Be(0);

    [Test, Order(3)]
    // Σ(a·xᵢ + yᵢ) = a·Σxᵢ + Σyᵢ: summation is linear, so constants and sums can be pulled out.
    // LINQ's Sum() is the independent reference here.
    public void Sum_is_linear([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 50);
        var x = data.Vector(n, -10, 10);
        var y = data.Vector(n, -10, 10);
        var a = data.Random.Uniform(-5, 5);
        var combined = x.Select((xi, i) => a * xi + y[i]).ToArray();

        Notation.Sum(x).Should().BeApproximately(x.Sum(), Tolerance.Default);
        Notation.Sum(combined).Should().BeApproximately(a * Notation.Sum(x) + Notation.Sum(y), Tolerance.Default);
    }

    [Test, Order(4)]
    // 1 · 2 · 3 · 4 = 24 = 4!
    public void Product_multiplies_every_entry() =>
        Notation.Product([1, 2, 3, 4]).Should().Be(24);

    [Test, Order(5)]
    // Π over no factors is 1, the number that leaves any product unchanged.
    public void Product_of_no_factors_is_one() =>
        Notation.Product([]).Should().Be(1);

    [Test, Order(6)]
    // Πᵢ e^{xᵢ} = e^{Σᵢ xᵢ}: the exponential turns sums into products (the reason log-likelihoods are sums).
    public void Product_of_exponentials_is_the_exponential_of_the_sum([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(1, 30), -2, 2);

        Notation.Product(x.Select(Math.Exp).ToArray()).Should().BeApproximately(Math.Exp(x.Sum()), Tolerance.Default);
    }

    [Test, Order(7)]
    // Running sums of 1, 1, 1, 1 count: 1, 2, 3, 4.
    public void Cumulative_sum_of_ones_counts_up() =>
        Notation.CumulativeSum([1, 1, 1, 1]).Should().Equal(1, 2, 3, 4);

    [Test, Order(8)]
    // Sₙ₋₁ = Σᵢ xᵢ, and Sₖ − Sₖ₋₁ = xₖ: differencing undoes cumulative summing.
    public void Cumulative_sum_ends_at_the_total_and_its_differences_give_back_the_input([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(2, 40), -10, 10);

        var running = Notation.CumulativeSum(x);

        running.Should().HaveSameCount(x);
        running[^1].Should().BeApproximately(x.Sum(), Tolerance.Default);
        var differences = running.Select((s, k) => k == 0 ? s : s - running[k - 1]).ToArray();
        differences.Should().BeApproximately(x, Tolerance.Default);
    }

    [Test, Order(9)]
    public void Cumulative_sum_leaves_its_input_untouched()
    {
        double[] x = [3, -1, 4];

        Notation.CumulativeSum(x);

        x.Should().Equal(3, -1, 4);
    }

    [Test, Order(10)]
    // (2 + 4 + 9) / 3 = 5
    public void Mean_divides_the_sum_by_the_count() =>
        Notation.Mean([2, 4, 9]).Should().Be(5);

    [Test, Order(11)]
    // mean(x + c) = mean(x) + c, and min(x) ≤ mean(x) ≤ max(x).
    public void Mean_shifts_with_the_data_and_lies_between_min_and_max([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(1, 40), -100, 100);
        var c = data.Random.Uniform(-50, 50);

        var mean = Notation.Mean(x);

        mean.Should().BeInRange(x.Min(), x.Max());
        mean.Should().BeApproximately(x.Average(), Tolerance.Default);
        Notation.Mean(x.Select(xi => xi + c).ToArray()).Should().BeApproximately(mean + c, Tolerance.Default);
    }

    [Test, Order(12)]
    // The mean of nothing would be 0/0: an error, not a number.
    public void Mean_of_an_empty_array_is_rejected() =>
        FluentActions.Invoking(() => Notation.Mean([]))
            .Should().Throw<ArgumentException>().WithMessage("*empty*");

    [Test, Order(13)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => Notation.Sum(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Notation.Product(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Notation.CumulativeSum(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Notation.Mean(null!)).Should().Throw<ArgumentNullException>();
    }
}
