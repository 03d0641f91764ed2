using MathForML.Verification;

namespace MathForML.Prerequisites.Tests;

/// <summary>Functions as values: build them, pass them, fold with them, search with them.</summary>
public class FunctionsTests
{
    private static readonly Func<double, double> Twice = x => 2 * x;
    private static readonly Func<double, double> AddOne = x => x + 1;

    [Test, Order(1)]
    // (addOne ∘ twice)(3) = addOne(twice(3)) = 2·3 + 1 = 7; the other order would give 2·(3 + 1) = 8.
    public void Composition_applies_the_inner_function_first()
    {
        Functions.Compose(AddOne, Twice)(3).Should().Be(7);
        Functions.Compose(Twice, AddOne)(3).Should().Be(8);
    }

    [Test, Order(2)]
    // (f ∘ g)(x) = f(g(x)) at any x, and composition is associative: (f ∘ g) ∘ h = f ∘ (g ∘ h).
    public void Composition_evaluates_f_of_g_and_is_associative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        Func<double, double> f = Math.Sin, g = x => x * x, h = Math.Exp;

        foreach (var x in data.Vector(10, -2, 2))
        {
            Functions.Compose(f, g)(x).Should().Be(f(g(x)), "for x = {0}", x);
            var leftGrouped = Functions.Compose(Functions.Compose(f, g), h)(x);
            var rightGrouped = Functions.Compose(f, Functions.Compose(g, h))(x);
            leftGrouped.Should().BeApproximately(rightGrouped, Tolerance.Tight, "for x = {0}", x);
        }
    }

    [Test, Order(3)]
    // map(x ↦ x², [1, 2, 3]) = [1, 4, 9]
    public void Map_applies_the_function_to_every_entry() =>
        Functions.Map([1, 2, 3], x => x * x).Should().Equal(1, 4, 9);

    [Test, Order(4)]
    // Mapping builds a new array; the samples it was given stay as they were.
    public void Map_returns_a_new_array_and_leaves_its_input_untouched([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Vector(20);
        var original = x.ToArray();

        var mapped = Functions.Map(x, Math.Tanh);

        mapped.Should().NotBeSameAs(x);
        mapped.Should().BeApproximately(original.Select(Math.Tanh), Tolerance.Tight);
        x.Should().Equal(original);
    }

    [Test, Order(5)]
    // Folding 1, 2, 3 with acc·10 + x from 0 gives ((0·10 + 1)·10 + 2)·10 + 3 = 123:
    // only a left-to-right fold produces these digits in this order.
    public void Reduce_folds_from_the_left_starting_at_the_seed() =>
        Functions.Reduce([1, 2, 3], 0, (acc, x) => acc * 10 + x).Should().Be(123);

    [Test, Order(6)]
    // Folding nothing leaves the seed: this is why the empty sum is 0 and the empty product 1.
    public void Reduce_of_nothing_is_the_seed() =>
        Functions.Reduce([], 42, (acc, x) => acc + x).Should().Be(42);

    [Test, Order(7)]
    // Σ = reduce(+, 0), max = reduce(max, −∞): one fold, many reductions.
    public void Reduce_expresses_sum_and_max([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Vector(30, -100, 100);

        Functions.Reduce(x, 0, (acc, v) => acc + v).Should().BeApproximately(x.Sum(), Tolerance.Default);
        Functions.Reduce(x, double.NegativeInfinity, Math.Max).Should().Be(x.Max());
    }

    [Test, Order(8)]
    // f(x) = (x − 0.5)² on the grid 0, 0.25, 0.5, 0.75, 1 is smallest at the vertex x = 0.5, where f = 0.
    public void Grid_minimiser_of_a_parabola_is_its_vertex() =>
        Functions.MinimizeOnGrid(x => (x - 0.5) * (x - 0.5), [0, 0.25, 0.5, 0.75, 1]).Should().Be((0.5, 0.0));

    [Test, Order(9)]
    // For f(x) = a(x − c)² + d (a > 0) the best grid point is a grid point, f there is no larger than
    // f anywhere on the grid, and it is the grid point nearest the true minimiser c.
    public void Grid_minimiser_is_the_best_grid_point([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, c, d) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-4, 4), data.Random.Uniform(-1, 1));
        double F(double x) => a * (x - c) * (x - c) + d;
        var grid = data.Vector(200, -5, 5);

        var (best, value) = Functions.MinimizeOnGrid(F, grid);

        grid.Should().Contain(best);
        value.Should().Be(F(best));
        grid.Should().AllSatisfy(x => F(x).Should().BeGreaterThanOrEqualTo(value));
        best.Should().Be(grid.MinBy(x => Math.Abs(x - c)));
    }

    [Test, Order(10)]
    // x² is 1 at both −1 and 1: the first grid point with the smallest value wins, as in argmin.
    public void Grid_search_ties_go_to_the_first_point() =>
        Functions.MinimizeOnGrid(x => x * x, [-1, 1, 2]).Should().Be((-1.0, 1.0));

    [Test, Order(11)]
    // ln is NaN for x < 0: those points are outside the domain and must not win (NaN < y is always false).
    public void Points_where_f_is_undefined_are_skipped() =>
        Functions.MinimizeOnGrid(Math.Log, [-1, 0.5, 2]).Should().Be((0.5, Math.Log(0.5)));

    [Test, Order(12)]
    // Only NaN is skipped: ±∞ are values like any other. ln 0 = −∞ is the smallest value there is, so the minimiser of
    // ln on (0, 1) is 0 (skipping every non-finite value would answer 1). On the one-point grid (0) the function 1/x² is
    // +∞, and that is still the smallest of the values found (a search starting from +∞ with a strict < finds nothing).
    public void Infinite_values_take_part_in_the_search_and_only_NaN_is_skipped()
    {
        Functions.MinimizeOnGrid(Math.Log, [0, 1]).Should().Be((0.0, double.NegativeInfinity));
        Functions.MinimizeOnGrid(x => 1 / (x * x), [0]).Should().Be((0.0, double.PositiveInfinity));
    }

    [Test, Order(13)]
    public void Grid_search_without_any_valid_point_is_rejected()
    {
        FluentActions.Invoking(() => Functions.MinimizeOnGrid(x => x, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Functions.MinimizeOnGrid(Math.Sqrt, [-1, -2])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
    }

    [Test, Order(14)]
    public void Missing_functions_and_arrays_are_rejected()
    {
        FluentActions.Invoking(() => Functions.Compose(null!, AddOne)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.Compose(AddOne, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.Map([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.Map(null!, AddOne)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.Reduce([1], 0, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.Reduce(null!, 0, (a, b) => a + b)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.MinimizeOnGrid(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Functions.MinimizeOnGrid(AddOne, null!)).Should().Throw<ArgumentNullException>();
    }
}
