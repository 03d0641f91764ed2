using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Rotations, reflections and the test QᵀQ = I. Determinants come from <see cref="Oracle.Determinant"/>,
/// products, lengths and dot products from MathNet.
/// </summary>
public class OrthogonalMatricesTests
{
    [Test, Order(1)]
    // R(π/2) = [cos 90°  −sin 90°; sin 90°  cos 90°] = [0 −1; 1 0]: e₁ = (1, 0) turns to e₂ = (0, 1).
    // R(π/6) = [√3/2  −1/2; 1/2  √3/2].
    public void Rotation2D_of_worked_examples()
    {
        OrthogonalMatrices.Rotation2D(Math.PI / 2).Should().BeApproximately(new double[,] { { 0, -1 }, { 1, 0 } }, Tolerance.Tight);
        OrthogonalMatrices.Rotation2D(Math.PI / 6)
            .Should().BeApproximately(new double[,] { { Math.Sqrt(3) / 2, -0.5 }, { 0.5, Math.Sqrt(3) / 2 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // A rotation is orthogonal (RᵀR = I) with det R = cos²θ + sin²θ = +1.
    public void Rotation2D_is_orthogonal_with_determinant_one([Range(1, 5)] int seed)
    {
        var angle = new TestData(seed).Random.Uniform(-2 * Math.PI, 2 * Math.PI);

        var r = OrthogonalMatrices.Rotation2D(angle);

        r.Should().BeOrthogonal(Tolerance.Tight);
        Oracle.Determinant(r).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(3)]
    // R(α)R(β) = R(α + β): turning by β then by α turns by α + β; so R(−θ)R(θ) = R(0) = I.
    public void Rotation2D_angles_add_and_the_opposite_angle_undoes_a_rotation([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (alpha, beta) = (data.Random.Uniform(-Math.PI, Math.PI), data.Random.Uniform(-Math.PI, Math.PI));

        (Oracle.ToMatrix(OrthogonalMatrices.Rotation2D(alpha)) * Oracle.ToMatrix(OrthogonalMatrices.Rotation2D(beta)))
            .Should().BeApproximately(OrthogonalMatrices.Rotation2D(alpha + beta), Tolerance.Tight);
        (Oracle.ToMatrix(OrthogonalMatrices.Rotation2D(-alpha)) * Oracle.ToMatrix(OrthogonalMatrices.Rotation2D(alpha)))
            .Should().BeApproximately(Matrix<double>.Build.DenseIdentity(2), Tolerance.Tight);
    }

    [Test, Order(4)]
    // About the z-axis by π/2: x → y, y → −x, z stays: [0 −1 0; 1 0 0; 0 0 1] — the 2-D rotation plus a fixed axis.
    // The axis (0, 0, 5) is the same direction, so it gives the same rotation. About the x-axis by π/2: y → z, z → −y.
    public void Rotation3D_of_worked_examples()
    {
        var aboutZ = new double[,] { { 0, -1, 0 }, { 1, 0, 0 }, { 0, 0, 1 } };

        OrthogonalMatrices.Rotation3D([0, 0, 1], Math.PI / 2).Should().BeApproximately(aboutZ, Tolerance.Tight);
        OrthogonalMatrices.Rotation3D([0, 0, 5], Math.PI / 2).Should().BeApproximately(aboutZ, Tolerance.Tight);
        OrthogonalMatrices.Rotation3D([2, 0, 0], Math.PI / 2)
            .Should().BeApproximately(new double[,] { { 1, 0, 0 }, { 0, 0, -1 }, { 0, 1, 0 } }, Tolerance.Tight);
    }

    [Test, Order(5)]
    // A rotation about any axis is orthogonal with determinant +1.
    public void Rotation3D_is_orthogonal_with_determinant_one([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);

        var r = OrthogonalMatrices.Rotation3D(data.Vector(3, -5, 5), data.Random.Uniform(-Math.PI, Math.PI));

        r.Should().BeOrthogonal(Tolerance.Tight);
        Oracle.Determinant(r).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Independent oracle: put u in the z-slot of a right-handed orthonormal frame Q = [q₁ q₂ u] (det Q = +1);
    // then the rotation about u is Q·R_z(θ)·Qᵀ. The axis is passed as c·u with c > 0 to exercise normalisation.
    public void Rotation3D_agrees_with_a_z_rotation_in_a_rotated_frame([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var q = Oracle.ToMatrix(data.Orthogonal(3));
        if (q.Determinant() < 0)
        {
            q.SetColumn(0, -q.Column(0));
        }
        var angle = data.Random.Uniform(-Math.PI, Math.PI);
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        var rz = Matrix<double>.Build.DenseOfArray(new double[,] { { c, -s, 0 }, { s, c, 0 }, { 0, 0, 1 } });
        var axis = (data.Random.Uniform(0.1, 10) * q.Column(2)).ToArray();

        OrthogonalMatrices.Rotation3D(axis, angle).Should().BeApproximately(q * rz * q.Transpose(), Tolerance.Default);
    }

    [Test, Order(7)]
    // R·a = a: points on the axis of rotation do not move (a need not be a unit vector).
    public void Rotating_about_an_axis_leaves_the_axis_fixed([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var axis = data.Vector(3, -5, 5);

        var r = Oracle.ToMatrix(OrthogonalMatrices.Rotation3D(axis, data.Random.Uniform(-Math.PI, Math.PI)));

        (r * Oracle.ToVector(axis)).Should().BeApproximately(axis, Tolerance.Default);
    }

    [Test, Order(8)]
    // R(a, −θ)·R(a, θ) = I, and since R is orthogonal its inverse is its transpose: R(a, θ)ᵀ = R(a, −θ).
    public void Rotating_back_by_the_opposite_angle_gives_the_identity([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var axis = data.Vector(3, -5, 5);
        var angle = data.Random.Uniform(-Math.PI, Math.PI);
        var forward = Oracle.ToMatrix(OrthogonalMatrices.Rotation3D(axis, angle));
        var backward = Oracle.ToMatrix(OrthogonalMatrices.Rotation3D(axis, -angle));

        (backward * forward).Should().BeApproximately(Matrix<double>.Build.DenseIdentity(3), Tolerance.Tight);
        forward.Transpose().Should().BeApproximately(backward, Tolerance.Tight);
    }

    [Test, Order(9)]
    // n = (1, 0): x flips, y stays, [−1 0; 0 1]. n = (1, 1): H = I − 2·[1 1; 1 1]/2 = [0 −1; −1 0] (swap and negate).
    // n = (0, 0, 2): the mirror is the xy-plane, diag(1, 1, −1).
    public void Reflection_of_worked_examples()
    {
        OrthogonalMatrices.Reflection([1, 0]).Should().BeApproximately(new double[,] { { -1, 0 }, { 0, 1 } }, Tolerance.Tight);
        OrthogonalMatrices.Reflection([1, 1]).Should().BeApproximately(new double[,] { { 0, -1 }, { -1, 0 } }, Tolerance.Tight);
        OrthogonalMatrices.Reflection([0, 0, 2]).Should().BeApproximately(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, -1 } }, Tolerance.Tight);
    }

    [Test, Order(10)]
    // H = I − 2uuᵀ is orthogonal, symmetric (H = Hᵀ), has det H = −1 (it flips orientation) and H² = I.
    public void Reflection_is_a_symmetric_orthogonal_involution_with_determinant_minus_one([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Vector(data.Random.NextInt(2, 7), -5, 5);

        var h = OrthogonalMatrices.Reflection(n);

        h.Should().BeOrthogonal(Tolerance.Tight);
        h.Should().BeSymmetric(Tolerance.Tight);
        Oracle.Determinant(h).Should().BeApproximately(-1, Tolerance.Tight);
        (Oracle.ToMatrix(h) * Oracle.ToMatrix(h)).Should().BeApproximately(Matrix<double>.Build.DenseIdentity(n.Length), Tolerance.Tight);
    }

    [Test, Order(11)]
    // Hn = −n (the normal is flipped) and Hv = v for v ⟂ n (the mirror itself does not move).
    public void Reflection_flips_the_normal_and_fixes_the_mirror([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var dimension = data.Random.NextInt(2, 7);
        var n = Oracle.ToVector(data.Vector(dimension, -5, 5));
        var w = Oracle.ToVector(data.Vector(dimension, -5, 5));
        var inMirror = w - (n.DotProduct(w) / n.DotProduct(n) * n);

        var h = Oracle.ToMatrix(OrthogonalMatrices.Reflection(n.ToArray()));

        (h * n).Should().BeApproximately(-n, Tolerance.Default);
        (h * inMirror).Should().BeApproximately(inMirror, Tolerance.Default);
    }

    [Test, Order(12)]
    // (Qx)·(Qy) = x·y, so lengths ‖Qx‖ = ‖x‖ and angles are preserved — for rotations and reflections alike.
    public void Rotations_and_reflections_preserve_lengths_and_angles([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (x, y) = (Oracle.ToVector(data.Vector(3, -10, 10)), Oracle.ToVector(data.Vector(3, -10, 10)));
        var rotation = Oracle.ToMatrix(OrthogonalMatrices.Rotation3D(data.Vector(3, -5, 5), data.Random.Uniform(-Math.PI, Math.PI)));
        var reflection = Oracle.ToMatrix(OrthogonalMatrices.Reflection(data.Vector(3, -5, 5)));

        foreach (var (name, q) in new[] { ("rotation", rotation), ("reflection", reflection) })
        {
            (q * x).L2Norm().Should().BeApproximately(x.L2Norm(), Tolerance.Default, "the {0} preserves lengths", name);
            (q * x).DotProduct(q * y).Should().BeApproximately(x.DotProduct(y), Tolerance.Default, "the {0} preserves dot products", name);
        }
    }

    [Test, Order(13)]
    // Only the direction of the normal or axis matters; (1e200, 2e200) squared would overflow, (1e-200, 2e-200) underflow.
    public void Huge_and_tiny_normals_and_axes_work_like_their_directions()
    {
        var h = OrthogonalMatrices.Reflection([1, 2]);
        OrthogonalMatrices.Reflection([1e200, 2e200]).Should().BeApproximately(h, Tolerance.Tight);
        OrthogonalMatrices.Reflection([1e-200, 2e-200]).Should().BeApproximately(h, Tolerance.Tight);

        var r = OrthogonalMatrices.Rotation3D([1, 2, 3], 0.7);
        OrthogonalMatrices.Rotation3D([1e200, 2e200, 3e200], 0.7).Should().BeApproximately(r, Tolerance.Tight);
        OrthogonalMatrices.Rotation3D([1e-200, 2e-200, 3e-200], 0.7).Should().BeApproximately(r, Tolerance.Tight);
    }

    [Test, Order(14)]
    // Identity, a permutation, a random orthogonal matrix, a rotation and a reflection all satisfy QᵀQ = I.
    public void IsOrthogonal_accepts_orthogonal_matrices([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);

        OrthogonalMatrices.IsOrthogonal(new double[,] { { 1, 0 }, { 0, 1 } }, 0).Should().BeTrue();
        OrthogonalMatrices.IsOrthogonal(new double[,] { { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } }).Should().BeTrue();
        OrthogonalMatrices.IsOrthogonal(data.Orthogonal(data.Random.NextInt(2, 7))).Should().BeTrue();
        OrthogonalMatrices.IsOrthogonal(OrthogonalMatrices.Rotation2D(data.Random.Uniform(-3, 3))).Should().BeTrue();
        OrthogonalMatrices.IsOrthogonal(OrthogonalMatrices.Reflection(data.Vector(4, -5, 5))).Should().BeTrue();
    }

    [Test, Order(15)]
    // A random matrix is not orthogonal; neither is 2R (it doubles lengths: (2R)ᵀ(2R) = 4I) nor 1.000001·R.
    public void IsOrthogonal_rejects_random_and_scaled_matrices([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var r = Oracle.ToMatrix(OrthogonalMatrices.Rotation3D(data.Vector(3, -5, 5), data.Random.Uniform(-3, 3)));

        OrthogonalMatrices.IsOrthogonal(data.Matrix(4, 4)).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal((2 * r).ToArray()).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal((1.000001 * r).ToArray()).Should().BeFalse();
    }

    [Test, Order(16)]
    // Both halves of QᵀQ = I matter: diag(1, 2) has perpendicular columns that are not unit vectors;
    // [1 1/√2; 0 1/√2] has unit columns that are not perpendicular (their dot product is 1/√2).
    public void IsOrthogonal_checks_both_unit_length_and_perpendicular_columns()
    {
        var half = Math.Sqrt(0.5);

        OrthogonalMatrices.IsOrthogonal(new double[,] { { 1, 0 }, { 0, 2 } }).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal(new double[,] { { 1, half }, { 0, half } }).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal(new double[,] { { half, 1 }, { half, 0 } }).Should().BeFalse();
    }

    [Test, Order(17)]
    // The tolerance bounds |(QᵀQ − I)ᵢⱼ|: (1.000001·I)ᵀ(1.000001·I) = 1.000002·I is off by 2e-6,
    // so it passes with tolerance 1e-5 and fails with 1e-6 or with the default 1e-10.
    public void IsOrthogonal_respects_the_tolerance()
    {
        var nearly = new double[,] { { 1.000001, 0 }, { 0, 1.000001 } };

        OrthogonalMatrices.IsOrthogonal(nearly, 1e-5).Should().BeTrue();
        OrthogonalMatrices.IsOrthogonal(nearly, 1e-6).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal(nearly).Should().BeFalse();
    }

    [Test, Order(18)]
    // Orthogonal matrices are square by definition: a 3×2 matrix with orthonormal columns is not one (QQᵀ ≠ I).
    public void IsOrthogonal_returns_false_for_a_non_square_matrix()
    {
        OrthogonalMatrices.IsOrthogonal(new double[,] { { 1, 0 }, { 0, 1 }, { 0, 0 } }).Should().BeFalse();
        OrthogonalMatrices.IsOrthogonal(new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }).Should().BeFalse();
    }

    [Test, Order(19)]
    // The caller's axis, normal and matrix keep their values.
    public void Inputs_are_left_untouched()
    {
        double[] axis = [0, 0, 5];
        double[] normal = [3, 4];
        var q = new double[,] { { 0, 1 }, { 1, 0 } };

        OrthogonalMatrices.Rotation3D(axis, 1);
        OrthogonalMatrices.Reflection(normal);
        OrthogonalMatrices.IsOrthogonal(q);

        axis.Should().Equal(0, 0, 5);
        normal.Should().Equal(3, 4);
        q.Should().BeApproximately(new double[,] { { 0, 1 }, { 1, 0 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(20)]
    // The zero vector has no direction, so it can be neither an axis nor a normal; a 3-D axis has 3 entries.
    public void Axes_and_normals_without_a_direction_or_of_the_wrong_size_are_rejected()
    {
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation3D([0, 0, 0], 1)).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation3D([1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*3*");
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation3D([1, 2, 3, 4], 1)).Should().Throw<ArgumentException>().WithMessage("*3*");
        FluentActions.Invoking(() => OrthogonalMatrices.Reflection([0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => OrthogonalMatrices.Reflection([])).Should().Throw<ArgumentException>().WithMessage("*zero*");
    }

    [Test, Order(21)]
    public void Invalid_numbers_and_null_are_rejected()
    {
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation2D(double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation2D(double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation3D([0, 0, 1], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrthogonalMatrices.IsOrthogonal(new double[1, 1], -1e-3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrthogonalMatrices.IsOrthogonal(new double[1, 1], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OrthogonalMatrices.Rotation3D(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OrthogonalMatrices.Reflection(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OrthogonalMatrices.IsOrthogonal(null!)).Should().Throw<ArgumentNullException>();
    }
}
