using MathForML.Kata.Compare;
using MathForML.Kata.SourceCode;

namespace MathForML.Kata.Tests.Unit;

public class CompareTests
{
    private static double[] V(params double[] values) => values;

    private static bool[] V(params bool[] values) => values;

    private static FlatResult Flat(object? value) =>
        ResultShape.TryFlatten(value, out var problem) ?? throw new AssertionException(problem ?? "no result");

    [Test]
    public void Identical_results_agree_in_all_16_digits()
    {
        Agreement.Between(Flat(V(1.0, 2.5)), Flat(V(1.0, 2.5))).Should().Be(Agreement.Exact);
    }

    [Test]
    public void Digits_in_common_are_minus_log10_of_the_worst_relative_difference()
    {
        var agreement = Agreement.Between(Flat(V(1.0, 100.0)), Flat(V(1.0 + 1e-9, 100.0 + 1e-3)));

        agreement.LargestDifference.Should().BeApproximately(1e-3, 1e-12);
        agreement.Digits.Should().BeApproximately(5, 1e-4, "1e-3 in 100 is a relative difference of 1e-5");
    }

    [Test]
    public void Different_shapes_or_a_lone_NaN_do_not_agree_at_all()
    {
        Agreement.Between(Flat(V(1.0)), Flat(V(1.0, 2.0))).Should().Be(Agreement.None);
        Agreement.Between(Flat(double.NaN), Flat(1.0)).Digits.Should().Be(0);
        Agreement.Between(Flat(double.NaN), Flat(double.NaN)).Should().Be(Agreement.Exact);
    }

    [Test]
    public void Tuples_matrices_records_and_functions_are_flattened_in_a_fixed_order()
    {
        var matrix = new double[,] { { 1, 2 }, { 3, 4 } };
        Flat((X: matrix, Y: 5.0)).Numbers.Should().Equal(1, 2, 3, 4, 5);
        Flat(new Fit(2, 1)).Shape.Should().Be("{Intercept:n;Slope:n;}");
        Flat(new Fit(2, 1)).Numbers.Should().Equal(1, 2);
        Flat((Func<double, double>)(x => x * x)).Numbers.Should().Contain(4).And.HaveCount(8);
        Flat(V(true, false)).Numbers.Should().Equal(1, 0);
    }

    [Test]
    public void A_result_without_anything_to_compare_is_named()
    {
        ResultShape.TryFlatten(new object(), out var problem).Should().BeNull();
        problem.Should().Contain("no public properties");
    }

    [Test]
    public void The_seeded_inputs_are_the_same_every_time_and_arrays_share_their_length()
    {
        ArgumentKind[] kinds = [ArgumentKind.DoubleArray, ArgumentKind.DoubleMatrix, ArgumentKind.Int32];

        var first = ArgumentKinds.Generate(kinds, 7, 3);
        var again = ArgumentKinds.Generate(kinds, 7, 3);

        ((double[])first[0]).Should().Equal((double[])again[0]);
        ((double[])first[0]).Length.Should().Be(4);
        ((double[,])first[1]).GetLength(0).Should().Be(4);
        ((int)first[2]).Should().BeInRange(0, 4);
    }

    [Test]
    public void Times_are_shown_in_a_readable_unit()
    {
        CompareRenderer.Time(35).Should().Be("35 ns");
        CompareRenderer.Time(12_345).Should().Be("12.3 µs");
        CompareRenderer.Time(2_500_000).Should().Be("2.5 ms");
        CompareRenderer.Time(null).Should().Be("–");
    }

    [Test]
    public void The_types_a_stub_declares_are_found_with_their_namespace()
    {
        const string source = """
            namespace MathForML.Demo;

            // class NotThis
            public sealed record Fit(double Slope, double Intercept);

            public static class Regression
            {
                public static T Pick<T>(T value) where T : class => value;
            }
            """;

        DeclaredTypes.In(source, "Fallback").Should().Equal("MathForML.Demo.Fit", "MathForML.Demo.Regression");
    }

    public sealed record Fit(double Slope, double Intercept);
}
