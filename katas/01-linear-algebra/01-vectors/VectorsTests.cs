using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Vector addition, scaling and linear combinations. The seeded tests check the vector-space axioms —
/// the rules that make ℝⁿ a vector space — on five different random inputs each.
/// </summary>
public class VectorsTests
{
    [Test, Order(1)]
    // (1, 2, 3) + (4, −5, 6) = (1 + 4, 2 − 5, 3 + 6) = (5, −3, 9)
    public void Add_adds_matching_entries() =>
        Vectors.Add([1, 2, 3], [4, -5, 6]).Should().Equal(5, -3, 9);

    [Test, Order(2)]
    // (1, 2, 3) − (4, −5, 6) = (1 − 4, 2 + 5, 3 − 6) = (−3, 7, −3): the second vector is the one subtracted.
    public void Subtract_takes_the_second_vector_from_the_first() =>
        Vectors.Subtract([1, 2, 3], [4, -5, 6]).Should().Equal(-3, 7, -3);

    [Test, Order(3)]
    // 3·(1, −2, 0.5) = (3, −6, 1.5) and −2·(1, −2, 0.5) = (−2, 4, −1): a negative scalar flips the arrow.
    public void Scale_multiplies_every_entry()
    {
        Vectors.Scale(3, [1, -2, 0.5]).Should().Equal(3, -6, 1.5);
        Vectors.Scale(-2, [1, -2, 0.5]).Should().Equal(-2, 4, -1);
    }

    [Test, Order(4)]
    // v + w = w + v and (u + v) + w = u + (v + w): the order and grouping of a sum do not matter.
    public void Addition_is_commutative_and_associative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 20);
        var (u, v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10), data.Vector(n, -10, 10));

        Vectors.Add(v, w).Should().Equal(Vectors.Add(w, v));
        Vectors.Add(Vectors.Add(u, v), w).Should().BeApproximately(Vectors.Add(u, Vectors.Add(v, w)), Tolerance.Tight);
        Vectors.Add(v, w).Should().BeApproximately(v.Select((vi, i) => vi + w[i]), Tolerance.Tight);
    }

    [Test, Order(5)]
    // v + 0 = v, v + (−1)·v = 0, and v − w = v + (−1)·w: the zero vector and additive inverses exist.
    public void Zero_is_neutral_and_every_vector_has_an_inverse([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 20);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var zero = new double[n];

        Vectors.Add(v, zero).Should().Equal(v);
        Vectors.Add(v, Vectors.Scale(-1, v)).Should().OnlyContain(x => x == 0);
        Vectors.Subtract(v, v).Should().OnlyContain(x => x == 0);
        Vectors.Subtract(v, w).Should().Equal(Vectors.Add(v, Vectors.Scale(-1, w)));
        Vectors.Add(Vectors.Subtract(v, w), w).Should().BeApproximately(v, Tolerance.Tight);
    }

    [Test, Order(6)]
    // c·(v + w) = c·v + c·w and (c + d)·v = c·v + d·v: scaling distributes over both kinds of sum.
    public void Scaling_distributes_over_addition([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 20);
        var (v, w) = (data.Vector(n, -10, 10), data.Vector(n, -10, 10));
        var (c, d) = (data.Random.Uniform(-5, 5), data.Random.Uniform(-5, 5));

        Vectors.Scale(c, Vectors.Add(v, w)).Should().BeApproximately(Vectors.Add(Vectors.Scale(c, v), Vectors.Scale(c, w)), Tolerance.Tight);
        Vectors.Scale(c + d, v).Should().BeApproximately(Vectors.Add(Vectors.Scale(c, v), Vectors.Scale(d, v)), Tolerance.Tight);
        Vectors.Scale(c, v).Should().BeApproximately(v.Select(vi => c * vi), Tolerance.Tight);
    }

    [Test, Order(7)]
    // c·(d·v) = (cd)·v, 1·v = v and 0·v = 0.
    public void Scalars_associate_and_one_leaves_a_vector_unchanged([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var v = data.Vector(data.Random.NextInt(1, 20), -10, 10);
        var (c, d) = (data.Random.Uniform(-5, 5), data.Random.Uniform(-5, 5));

        Vectors.Scale(c, Vectors.Scale(d, v)).Should().BeApproximately(Vectors.Scale(c * d, v), Tolerance.Tight);
        Vectors.Scale(1, v).Should().Equal(v);
        Vectors.Scale(0, v).Should().OnlyContain(x => x == 0);
    }

    [Test, Order(8)]
    // 2·(1, 0, 1) − 1·(0, 1, 1) + 0.5·(2, 2, 0) = (2 − 0 + 1, 0 − 1 + 1, 2 − 1 + 0) = (3, 0, 1)
    public void Linear_combination_of_a_worked_example() =>
        Vectors.LinearCombination([2, -1, 0.5], [[1, 0, 1], [0, 1, 1], [2, 2, 0]]).Should().Equal(3, 0, 1);

    [Test, Order(9)]
    // c₀e₀ + c₁e₁ + c₂e₂ = (c₀, c₁, c₂): the coordinates of a vector are its coefficients in the standard basis.
    public void Combining_the_standard_basis_gives_back_the_coefficients([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var c = data.Vector(4, -10, 10);
        double[][] basis = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];

        Vectors.LinearCombination(c, basis).Should().Equal(c);
    }

    [Test, Order(10)]
    // Σⱼ cⱼvⱼ against MathNet's vector arithmetic, for k random vectors of length n.
    public void Linear_combination_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (k, n) = (data.Random.NextInt(1, 6), data.Random.NextInt(1, 10));
        var coefficients = data.Vector(k, -3, 3);
        var vectors = Enumerable.Range(0, k).Select(_ => data.Vector(n, -10, 10)).ToArray();
        var expected = Oracle.ToVector(new double[n]);
        for (var j = 0; j < k; j++)
        {
            expected += coefficients[j] * Oracle.ToVector(vectors[j]);
        }

        Vectors.LinearCombination(coefficients, vectors).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(11)]
    // Every operation returns a new vector; the caller's arrays keep their values.
    public void Operations_leave_their_inputs_untouched()
    {
        double[] v = [1, 2, 3];
        double[] w = [4, 5, 6];
        double[] c = [2, -1];
        double[][] vectors = [v, w];

        Vectors.Add(v, w)[0] = 99;
        Vectors.Subtract(v, w)[0] = 99;
        Vectors.Scale(2, v)[0] = 99;
        Vectors.LinearCombination(c, vectors)[0] = 99;

        v.Should().Equal(1, 2, 3);
        w.Should().Equal(4, 5, 6);
        c.Should().Equal(2, -1);
    }

    [Test, Order(12)]
    // (1, 2, 3) + (1, 2) has no meaning: vectors of ℝ³ and ℝ² live in different spaces.
    public void Vectors_of_different_lengths_are_rejected()
    {
        FluentActions.Invoking(() => Vectors.Add([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Vectors.Add([1], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Vectors.Subtract([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Vectors.Subtract([1], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(13)]
    // With no vectors there is nothing to combine, and not even the length of the answer is known.
    public void Linear_combination_of_no_vectors_is_rejected() =>
        FluentActions.Invoking(() => Vectors.LinearCombination([], []))
            .Should().Throw<ArgumentException>().WithMessage("*empty*");

    [Test, Order(14)]
    // Σⱼ cⱼvⱼ pairs coefficient j with vector j: two coefficients for three vectors (or three for two) cannot pair up.
    public void Linear_combination_needs_one_coefficient_per_vector()
    {
        FluentActions.Invoking(() => Vectors.LinearCombination([1, 2], [[1, 0], [0, 1], [1, 1]]))
            .Should().Throw<ArgumentException>().WithMessage("*coefficient*");
        FluentActions.Invoking(() => Vectors.LinearCombination([1, 2, 3], [[1, 0], [0, 1]]))
            .Should().Throw<ArgumentException>().WithMessage("*coefficient*");
    }

    [Test, Order(15)]
    // A ragged list — one vector shorter or longer than the others — does not describe vectors of one space.
    public void Linear_combination_of_vectors_of_different_lengths_is_rejected()
    {
        FluentActions.Invoking(() => Vectors.LinearCombination([1, 1], [[1, 2, 3], [1, 2]]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Vectors.LinearCombination([1, 1, 1], [[1, 2], [3, 4], [5, 6, 7]]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(16)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => Vectors.Add(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.Add([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.Subtract(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.Subtract([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.Scale(2, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.LinearCombination(null!, [[1]])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.LinearCombination([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Vectors.LinearCombination([1, 1], [[1], null!])).Should().Throw<ArgumentNullException>();
    }
}
