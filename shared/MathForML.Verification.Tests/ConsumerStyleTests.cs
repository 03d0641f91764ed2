using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

// Deliberately outside the MathForML.Verification namespace: kata tests import the harness with a using
// directive, and the Should() overloads must win over FluentAssertions' Should(object) there too.
namespace ConsumerStyle;

public class ConsumerStyleTests
{
    [Test]
    public void Should_on_matrices_resolves_to_matrix_assertions()
    {
        double[,] array = { { 1, 0 }, { 0, 1 } };
        var matrix = Matrix<double>.Build.DenseIdentity(2);

        // Typed locals: this only compiles if overload resolution picks the harness's Should().
        MatrixAssertions fromArray = array.Should();
        MatrixAssertions fromMatrix = matrix.Should();

        fromArray.BeOrthogonal().And.BeApproximately(matrix);
        fromMatrix.BeSymmetric().And.NotBeNull();
        array.Should().NotBeSameAs(new double[2, 2]).And.BeEquivalentTo(new double[,] { { 1, 0 }, { 0, 1 } });
    }

    [Test]
    public void Vectors_and_scalars_use_the_tolerance_overloads()
    {
        double[] array = [1, 2];
        List<double> list = [1, 2];
        var vector = Vector<double>.Build.DenseOfArray([1, 2]);

        array.Should().BeApproximately(vector);
        list.Should().BeApproximately(array);
        vector.Should().BeApproximately(list, Tolerance.Tight);
        0.5.Should().BeApproximately(0.5, Tolerance.Tight);
        0.5.Should().BeApproximately(0.5000001, 1e-6);
    }

    [Test]
    public void Gradient_checks_read_naturally()
    {
        GradientCheck.Compare(x => x[0] * x[0], x => [2 * x[0]], [1.5]).Should().Agree();
    }

    [Test]
    public void The_variable_name_appears_in_failure_messages()
    {
        double[,] rotation = { { 1, 0 }, { 0, 2 } };

        var act = () => rotation.Should().BeOrthogonal();

        act.Should().Throw<AssertionException>().WithMessage("Expected rotation to be orthogonal*");
    }
}
