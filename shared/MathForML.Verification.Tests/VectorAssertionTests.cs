using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Verification.Tests;

public class VectorAssertionTests
{
    [Test]
    public void Arrays_lists_and_mathnet_vectors_within_tolerance_pass()
    {
        double[] expected = [1, 2, 3];

        new[] { 1.0, 2.0, 3.0 + 1e-12 }.Should().BeApproximately(expected);
        new List<double> { 1, 2, 3 }.Should().BeApproximately(expected, Tolerance.Tight);
        Vector<double>.Build.DenseOfArray([1, 2, 3]).Should().BeApproximately(expected);
        Vector<double>.Build.DenseOfArray([1, 2, 3]).Should().BeApproximately(Vector<double>.Build.DenseOfArray([1, 2, 3]));
    }

    [Test]
    public void Failure_names_the_worst_entry_and_counts_the_misses()
    {
        double[] expected = [0, 0, 0, 2.5, 0, 0, 0, 0, 0, 0];
        var actual = (double[])expected.Clone();
        actual[1] = 2e-9;
        actual[3] = 2.5001;

        var act = () => actual.Should().BeApproximately(expected);

        act.Should().Throw<AssertionException>()
            .WithMessage("*within abs 1e-09 + rel 1e-09*entry [3] is 2.5001 where 2.5 was expected*2 of 10 entries are out of tolerance*");
    }

    // Entry 0 misses by more in absolute terms, but entry 2 misses by far more in units of what is allowed.
    [Test]
    public void Worst_means_largest_miss_relative_to_the_allowance()
    {
        double[] expected = [1e6, 0, 0];
        double[] actual = [1e6 + 10, 0, 1e-3];

        var act = () => actual.Should().BeApproximately(expected, new Tolerance(1e-6, 1e-6));

        act.Should().Throw<AssertionException>().WithMessage("*entry [2] is 0.001*");
    }

    [Test]
    public void A_length_mismatch_is_named()
    {
        double[] actual = [1, 2, 3];
        double[] expected = [1, 2];

        var act = () => actual.Should().BeApproximately(expected);

        act.Should().Throw<AssertionException>().WithMessage("*has 3 entries where 2 were expected (length mismatch)*");
    }

    [Test]
    public void A_nan_entry_fails()
    {
        var act = () => new[] { 1.0, double.NaN }.Should().BeApproximately([1.0, double.NaN]);

        act.Should().Throw<AssertionException>().WithMessage("*entry [1] is NaN*1 of 2 entries is out of tolerance*");
    }

    [Test]
    public void A_mathnet_vector_failure_names_the_entry()
    {
        var actual = Vector<double>.Build.DenseOfArray([1, 2, 4]);

        var act = () => actual.Should().BeApproximately([1.0, 2.0, 3.0], Tolerance.Loose);

        act.Should().Throw<AssertionException>().WithMessage("*entry [2] is 4 where 3 was expected*");
    }

    [Test]
    public void A_null_subject_fails_cleanly()
    {
        double[]? missing = null;

        var act = () => missing.Should().BeApproximately([1.0]);

        act.Should().Throw<AssertionException>().WithMessage("*but found <null>*");
    }

    [Test]
    public void The_reason_appears_in_the_message()
    {
        double[] sum = [1];
        double[] expected = [2];

        var act = () => sum.Should().BeApproximately(expected, Tolerance.Tight, "softmax must sum to {0}", 1);

        act.Should().Throw<AssertionException>().WithMessage("*because softmax must sum to 1*");
    }
}
