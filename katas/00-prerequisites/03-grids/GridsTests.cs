using MathForML.Verification;

namespace MathForML.Prerequisites.Tests;

/// <summary>Grids with exact endpoints: the first and last points are compared bit for bit.</summary>
public class GridsTests
{
    // ε = 2⁻⁵², the gap between 1 and the next double: one rounding moves a value x by at most ε·|x|/2.
    private const double Epsilon = 2.220446049250313e-16;

    [Test, Order(1)]
    // 5 points from 0 to 1 leave 4 gaps of 1/4: 0, 0.25, 0.5, 0.75, 1 (all exact in binary).
    public void Linspace_spreads_count_points_over_count_minus_one_gaps() =>
        Grids.Linspace(0, 1, 5).Should().Equal(0, 0.25, 0.5, 0.75, 1);

    [Test, Order(2)]
    // x₀ = start and xₙ₋₁ = stop exactly; the gaps xₖ₊₁ − xₖ all equal (stop − start)/(n − 1).
    // (Adding the step n − 1 times would make the last point miss stop; pinning it to stop hides that drift at the
    // end but not in the middle of the grid, which Linspace_computes_every_point_from_its_index checks.)
    public void Linspace_hits_both_endpoints_exactly_with_equal_gaps([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var start = data.Random.Uniform(-10, 10);
        var stop = data.Random.Uniform(-10, 10);
        var count = data.Random.NextInt(2, 1000);

        var points = Grids.Linspace(start, stop, count);

        points.Should().HaveCount(count);
        points[0].Should().Be(start);
        points[^1].Should().Be(stop);
        var spacing = (stop - start) / (count - 1);
        var gaps = points.Skip(1).Select((x, k) => x - points[k]).ToArray();
        gaps.Should().AllSatisfy(gap => gap.Should().BeApproximately(spacing, new Tolerance(1e-12, 1e-9)));
    }

    [Test, Order(3)]
    // xₖ = start + k·(stop − start)/(n − 1) straight from the index k, not by repeated addition x += step: each
    // addition rounds, and over 10 000 steps the errors pile up. Linspace(0, 1, 10 001) has x₅₀₀₀ = 0.5, but adding
    // 0.0001 five thousand times gives 0.49999999999996125, 3.9e-14 short (about 350 ulps of 0.5). A formula in k
    // stays within a few ε·max(|start|, |stop|) of the exact point (8 allowed here); repeated addition drifts by hundreds.
    public void Linspace_computes_every_point_from_its_index([Range(1, 5)] int seed)
    {
        const int Count = 10_001;
        var data = new TestData(seed);
        var (start, stop) = (data.Random.Uniform(-10, 10), data.Random.Uniform(-10, 10));
        var spacing = (stop - start) / (Count - 1);
        var fewUlps = Tolerance.AbsoluteOnly(8 * Epsilon * Math.Max(Math.Abs(start), Math.Abs(stop)));

        Grids.Linspace(0, 1, Count)[5000].Should().BeApproximately(0.5, Tolerance.AbsoluteOnly(8 * Epsilon), "x₅₀₀₀ of 10 001 points from 0 to 1 is 0.5");
        Grids.Linspace(start, stop, Count).Should().BeApproximately(Enumerable.Range(0, Count).Select(k => start + (k * spacing)), fewUlps);
    }

    [Test, Order(4)]
    // A decreasing grid is just as valid: 1, 0, −1.
    public void Linspace_runs_downhill_when_start_is_above_stop() =>
        Grids.Linspace(1, -1, 3).Should().Equal(1, 0, -1);

    [Test, Order(5)]
    // With one point there are no gaps to share out: the grid is [start].
    public void Linspace_with_a_single_point_is_just_the_start() =>
        Grids.Linspace(2.5, 7, 1).Should().Equal(2.5);

    [Test, Order(6)]
    public void Linspace_rejects_a_count_below_one_and_non_finite_endpoints()
    {
        FluentActions.Invoking(() => Grids.Linspace(0, 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => Grids.Linspace(double.NaN, 1, 5)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Grids.Linspace(0, double.PositiveInfinity, 5)).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(7)]
    // arange(0, 1, 0.25) = 0, 0.25, 0.5, 0.75: the interval [start, stop) is half-open, so 1 is left out.
    public void Arange_steps_from_start_and_stops_before_stop() =>
        Grids.Arange(0, 1, 0.25).Should().Equal(0, 0.25, 0.5, 0.75);

    [Test, Order(8)]
    // (1.3 − 1)/0.1 = 3.0000000000000004 in floating point, so ⌈·⌉ = 4 would add 1 + 3·0.1 ≥ 1.3.
    // The contract is "strictly before stop", whatever rounding suggests.
    public void Arange_never_includes_stop_even_when_rounding_suggests_it()
    {
        var points = Grids.Arange(1, 1.3, 0.1);

        points.Should().HaveCount(3);
        points.Should().AllSatisfy(x => x.Should().BeLessThan(1.3));
    }

    [Test, Order(8)]
    // The other way round: (0.9 − 0)/0.3 = 3 exactly, so ⌈·⌉ = 3 would stop early, yet the fourth point
    // 3·0.3 = 0.8999999999999999 lies strictly before 0.9. Counting by a formula alone fails one way or the other.
    public void Arange_keeps_a_point_that_rounding_puts_just_before_stop() =>
        Grids.Arange(0, 0.9, 0.3).Should().Equal(0, 0.3, 0.6, 3 * 0.3);

    [Test, Order(9)]
    // Point k is start + k·step, every point lies before stop, and the next one would not:
    // the grid is exactly the points of the progression inside the interval.
    public void Arange_holds_every_point_of_the_progression_before_stop_and_no_other([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var start = data.Random.Uniform(-10, 10);
        var step = data.Random.Uniform(0.01, 1);
        var stop = start + data.Random.Uniform(0, 50);

        var points = Grids.Arange(start, stop, step);

        points.Select((x, k) => x - (start + k * step)).Should().AllSatisfy(drift => drift.Should().Be(0));
        points.Should().AllSatisfy(x => x.Should().BeLessThan(stop));
        (start + points.Length * step).Should().BeGreaterThanOrEqualTo(stop);
    }

    [Test, Order(10)]
    // A negative step walks down: 5, 3, 1 (−1 would pass stop = 0).
    public void Arange_walks_down_with_a_negative_step() =>
        Grids.Arange(5, 0, -2).Should().Equal(5, 3, 1);

    [Test, Order(11)]
    // (1 − 1.3)/(−0.1) also rounds to 3.0000000000000004: walking down, stop is excluded just the same.
    public void Arange_never_includes_stop_when_walking_down_either()
    {
        var points = Grids.Arange(1.3, 1, -0.1);

        points.Should().HaveCount(3);
        points.Should().AllSatisfy(x => x.Should().BeGreaterThan(1));
    }

    [Test, Order(12)]
    // Stepping up from 0 never reaches −5: no point qualifies, so the grid is empty.
    public void Arange_is_empty_when_the_step_points_away_from_stop() =>
        Grids.Arange(0, -5, 1).Should().BeEmpty();

    [Test, Order(13)]
    public void Arange_rejects_a_zero_step_and_non_finite_arguments()
    {
        FluentActions.Invoking(() => Grids.Arange(0, 1, 0)).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Grids.Arange(double.NaN, 1, 0.5)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Grids.Arange(0, double.NaN, 0.5)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Grids.Arange(0, 1, double.PositiveInfinity)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        // 10³⁰⁰ points cannot fit in any array.
        FluentActions.Invoking(() => Grids.Arange(0, 1, 1e-300)).Should().Throw<ArgumentException>().WithMessage("*points*");
    }

    [Test, Order(14)]
    // xs = (1, 2, 3) across, ys = (10, 20) down: X repeats xs in every row, Y repeats ys in every column.
    public void MeshGrid_puts_x_along_the_columns_and_y_along_the_rows()
    {
        var (x, y) = Grids.MeshGrid([1, 2, 3], [10, 20]);

        x.Should().BeApproximately(new double[,] { { 1, 2, 3 }, { 1, 2, 3 } }, Tolerance.AbsoluteOnly(0));
        y.Should().BeApproximately(new double[,] { { 10, 10, 10 }, { 20, 20, 20 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(15)]
    // Both matrices are ys.Length × xs.Length with X[i, j] = xs[j] and Y[i, j] = ys[i].
    public void MeshGrid_entries_follow_the_index_convention_on_any_shape([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var xs = data.Vector(data.Random.NextInt(1, 9));
        var ys = data.Vector(data.Random.NextInt(1, 9));

        var (x, y) = Grids.MeshGrid(xs, ys);

        x.Should().HaveShape(ys.Length, xs.Length);
        y.Should().HaveShape(ys.Length, xs.Length);
        for (var i = 0; i < ys.Length; i++)
        {
            for (var j = 0; j < xs.Length; j++)
            {
                (x[i, j], y[i, j]).Should().Be((xs[j], ys[i]), "the point in row {0}, column {1} is (xs[{1}], ys[{0}])", i, j);
            }
        }
    }

    [Test, Order(16)]
    public void MeshGrid_rejects_an_empty_axis()
    {
        FluentActions.Invoking(() => Grids.MeshGrid([], [1])).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("xs");
        FluentActions.Invoking(() => Grids.MeshGrid([1], [])).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("ys");
        FluentActions.Invoking(() => Grids.MeshGrid(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Grids.MeshGrid([1], null!)).Should().Throw<ArgumentNullException>();
    }
}
