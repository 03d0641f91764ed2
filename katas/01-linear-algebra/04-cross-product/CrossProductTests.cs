using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// The 3-D cross product: direction (perpendicular, right-handed) and length (parallelogram area).
/// Dot products and lengths in the checks come from MathNet.
/// </summary>
public class CrossProductTests
{
    [Test, Order(1)]
    // (1, 2, 3) × (4, 5, 6) = (2·6 − 3·5, 3·4 − 1·6, 1·5 − 2·4) = (12 − 15, 12 − 6, 5 − 8) = (−3, 6, −3)
    public void Cross_of_a_worked_example() =>
        CrossProduct.Cross([1, 2, 3], [4, 5, 6]).Should().Equal(-3, 6, -3);

    [Test, Order(2)]
    // Right-hand rule: e₁ × e₂ = e₃, e₂ × e₃ = e₁, e₃ × e₁ = e₂, and backwards e₂ × e₁ = −e₃.
    public void Standard_basis_follows_the_right_hand_rule()
    {
        double[] e1 = [1, 0, 0], e2 = [0, 1, 0], e3 = [0, 0, 1];

        CrossProduct.Cross(e1, e2).Should().Equal(e3);
        CrossProduct.Cross(e2, e3).Should().Equal(e1);
        CrossProduct.Cross(e3, e1).Should().Equal(e2);
        CrossProduct.Cross(e2, e1).Should().Equal(0, 0, -1);
    }

    [Test, Order(3)]
    // (a × b)·a = 0 and (a × b)·b = 0: the cross product is perpendicular to both factors.
    public void Cross_product_is_perpendicular_to_both_inputs([Range(1, 5)] int seed)
    {
        var (a, b) = RandomPair(seed);

        var c = Oracle.ToVector(CrossProduct.Cross(a.ToArray(), b.ToArray()));

        c.DotProduct(a).Should().BeApproximately(0, Tolerance.Default);
        c.DotProduct(b).Should().BeApproximately(0, Tolerance.Default);
    }

    [Test, Order(4)]
    // ‖a × b‖ = ‖a‖‖b‖ sin θ, the area of the parallelogram spanned by a and b (θ from MathNet's cos θ).
    public void Length_is_the_area_of_the_parallelogram([Range(1, 5)] int seed)
    {
        var (a, b) = RandomPair(seed);
        var cosine = a.DotProduct(b) / (a.L2Norm() * b.L2Norm());
        var area = a.L2Norm() * b.L2Norm() * Math.Sqrt(1 - (cosine * cosine));

        Oracle.ToVector(CrossProduct.Cross(a.ToArray(), b.ToArray())).L2Norm().Should().BeApproximately(area, Tolerance.Default);
    }

    [Test, Order(5)]
    // b × a = −(a × b): swapping the factors reverses the direction (the right hand turns upside down).
    public void Cross_product_is_anti_commutative([Range(1, 5)] int seed)
    {
        var (a, b) = RandomPair(seed);

        var ab = CrossProduct.Cross(a.ToArray(), b.ToArray());
        var ba = CrossProduct.Cross(b.ToArray(), a.ToArray());

        ba.Should().Equal(ab.Select(x => -x));
    }

    [Test, Order(6)]
    // a × a = 0 and a × (c·a) = 0: parallel vectors span no area (sin 0 = 0).
    public void Cross_product_of_parallel_vectors_is_zero([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Vector(3, -10, 10);
        var c = data.Random.Uniform(-5, 5);

        CrossProduct.Cross(a, a).Should().OnlyContain(x => x == 0);
        CrossProduct.Cross(a, a.Select(x => c * x).ToArray()).Should().BeApproximately([0, 0, 0], Tolerance.Default);
    }

    [Test, Order(7)]
    // a·(b × c) = det[a; b; c]: the scalar triple product is the signed volume of the box spanned by a, b, c.
    public void Scalar_triple_product_is_the_determinant([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var rows = data.Matrix(3, 3, -10, 10);
        double[] Row(int i) => [rows[i, 0], rows[i, 1], rows[i, 2]];

        var volume = Oracle.ToVector(Row(0)).DotProduct(Oracle.ToVector(CrossProduct.Cross(Row(1), Row(2))));

        volume.Should().BeApproximately(Oracle.Determinant(rows), Tolerance.Default);
    }

    [Test, Order(8)]
    // (a + c·d) × b = a × b + c·(d × b): the cross product is linear in each factor.
    public void Cross_product_is_linear_in_the_first_factor([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, d) = (Oracle.ToVector(data.Vector(3, -10, 10)), Oracle.ToVector(data.Vector(3, -10, 10)), Oracle.ToVector(data.Vector(3, -10, 10)));
        var c = data.Random.Uniform(-5, 5);

        var left = CrossProduct.Cross((a + (c * d)).ToArray(), b.ToArray());
        var right = Oracle.ToVector(CrossProduct.Cross(a.ToArray(), b.ToArray())) + (c * Oracle.ToVector(CrossProduct.Cross(d.ToArray(), b.ToArray())));

        left.Should().BeApproximately(right, Tolerance.Default);
    }

    [Test, Order(9)]
    // In 2-D there is no third direction to point in, and in 4-D there are too many: this kata's product is the one of ℝ³
    // (the only other dimension with such a product is 7, and that one is not built here).
    public void Vectors_that_are_not_three_dimensional_are_rejected()
    {
        FluentActions.Invoking(() => CrossProduct.Cross([1, 2], [3, 4, 5])).Should().Throw<ArgumentException>().WithMessage("*3*").WithParameterName("a");
        FluentActions.Invoking(() => CrossProduct.Cross([1, 2, 3], [3, 4])).Should().Throw<ArgumentException>().WithMessage("*3*").WithParameterName("b");
        FluentActions.Invoking(() => CrossProduct.Cross([1, 2, 3, 4], [1, 2, 3, 4])).Should().Throw<ArgumentException>().WithMessage("*3*");
        FluentActions.Invoking(() => CrossProduct.Cross([1, 2, 3], [1, 2, 3, 4])).Should().Throw<ArgumentException>().WithMessage("*3*");
    }

    [Test, Order(10)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => CrossProduct.Cross(null!, [1, 2, 3])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossProduct.Cross([1, 2, 3], null!)).Should().Throw<ArgumentNullException>();
    }

    private static (Vector<double> A, Vector<double> B) RandomPair(int seed)
    {
        var data = new TestData(seed);
        return (Oracle.ToVector(data.Vector(3, -10, 10)), Oracle.ToVector(data.Vector(3, -10, 10)));
    }
}
