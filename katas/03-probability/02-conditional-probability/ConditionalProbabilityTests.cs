using MathForML.Verification;

namespace MathForML.Probability.Tests;

/// <summary>
/// Joint tables of two discrete variables: marginals, both conditionals, the chain rule and independence.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// MarginalX summing columns instead of rows (wrong length on a 3 × 4 table, order 2);
/// ConditionalYGivenX dividing by the column sums P(Y = yⱼ) — that is P(X | Y), whose rows do not sum to 1 (order 3);
/// AreIndependent testing only the diagonal cells, or comparing with the wrong product (order 6);
/// treating a tiny but positive marginal such as 1e-15 as zero (order 7);
/// a strict "within the tolerance" (a difference equal to it fails), or a tolerance of 0 refused (order 6).
/// </remarks>
public class ConditionalProbabilityTests
{
    // X = rain (x₁) or dry (x₂), Y = umbrella (y₁) or none (y₂).
    private static readonly double[,] Weather = { { 0.3, 0.1 }, { 0.2, 0.4 } };

    [Test, Order(1)]
    // Rows: P(rain) = 0.3 + 0.1 = 0.4, P(dry) = 0.6. Columns: P(umbrella) = 0.3 + 0.2 = 0.5, P(none) = 0.5.
    // P(umbrella | rain) = 0.3 / 0.4 = 0.75; P(rain | umbrella) = 0.3 / 0.5 = 0.6.
    // Not independent: P(rain, umbrella) = 0.3 but P(rain)·P(umbrella) = 0.4·0.5 = 0.2.
    public void The_weather_table_by_hand()
    {
        ConditionalProbability.MarginalX(Weather).Should().BeApproximately([0.4, 0.6], Tolerance.Tight);
        ConditionalProbability.MarginalY(Weather).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        ConditionalProbability.ConditionalYGivenX(Weather)[0, 0].Should().BeApproximately(0.75, Tolerance.Tight);
        ConditionalProbability.ConditionalXGivenY(Weather)[0, 0].Should().BeApproximately(0.6, Tolerance.Tight);
        ConditionalProbability.AreIndependent(Weather).Should().BeFalse();
    }

    [Test, Order(2)]
    // On a 3 × 4 table the row sums (P(X), 3 entries) and column sums (P(Y), 4 entries) cannot be confused; both sum to 1.
    public void Marginals_are_row_and_column_sums([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 3, 4);

        var px = ConditionalProbability.MarginalX(joint);
        var py = ConditionalProbability.MarginalY(joint);

        px.Should().HaveCount(3);
        py.Should().HaveCount(4);
        px[1].Should().BeApproximately(joint[1, 0] + joint[1, 1] + joint[1, 2] + joint[1, 3], Tolerance.Tight);
        py[2].Should().BeApproximately(joint[0, 2] + joint[1, 2] + joint[2, 2], Tolerance.Tight);
        px.Sum().Should().BeApproximately(1, Tolerance.Tight);
        py.Sum().Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(3)]
    // Each row of P(Y | X) is a distribution over Y; each column of P(X | Y) a distribution over X.
    public void Conditionals_are_distributions([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 3, 4);

        var yGivenX = ConditionalProbability.ConditionalYGivenX(joint);
        var xGivenY = ConditionalProbability.ConditionalXGivenY(joint);

        for (var i = 0; i < 3; i++)
        {
            Enumerable.Range(0, 4).Sum(j => yGivenX[i, j]).Should().BeApproximately(1, Tolerance.Tight, "row {0} of P(Y | X)", i);
        }

        for (var j = 0; j < 4; j++)
        {
            Enumerable.Range(0, 3).Sum(i => xGivenY[i, j]).Should().BeApproximately(1, Tolerance.Tight, "column {0} of P(X | Y)", j);
        }
    }

    [Test, Order(4)]
    // The chain rule P(x, y) = P(x)·P(y | x) rebuilds the table from its pieces; so does P(y)·P(x | y), and the two
    // conditionals are linked by Bayes: P(x | y) = P(y | x)·P(x) / P(y).
    public void The_chain_rule_rebuilds_the_joint_table([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 4, 3);
        var (px, py) = (ConditionalProbability.MarginalX(joint), ConditionalProbability.MarginalY(joint));
        var yGivenX = ConditionalProbability.ConditionalYGivenX(joint);
        var xGivenY = ConditionalProbability.ConditionalXGivenY(joint);

        ConditionalProbability.Joint(px, yGivenX).Should().BeApproximately(joint, Tolerance.Tight);
        xGivenY[2, 1].Should().BeApproximately(yGivenX[2, 1] * px[2] / py[1], Tolerance.Tight);
    }

    [Test, Order(5)]
    // Joint(p, c) for any marginal p and any conditional rows c: its row sums are p again, and its rows, normalised,
    // are c again. Here the conditional rows are all different, so the pieces really are recovered.
    public void Joint_from_pieces_has_those_pieces([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var px = data.ProbabilityVector(3);
        var conditional = new double[3, 5];
        for (var i = 0; i < 3; i++)
        {
            var row = data.ProbabilityVector(5);
            for (var j = 0; j < 5; j++)
            {
                conditional[i, j] = row[j];
            }
        }

        var joint = ConditionalProbability.Joint(px, conditional);

        joint[1, 3].Should().BeApproximately(px[1] * conditional[1, 3], Tolerance.Tight);
        ConditionalProbability.MarginalX(joint).Should().BeApproximately(px, Tolerance.Tight);
        ConditionalProbability.ConditionalYGivenX(joint).Should().BeApproximately(conditional, Tolerance.Tight);
    }

    [Test, Order(6)]
    // P(x, y) = P(x)·P(y) (an outer product of seeded marginals) is independent. Moving 10⁻³ of probability from the
    // cell [2, 3] to the cell [2, 0] — off the diagonal, total unchanged — makes it dependent, and is caught.
    // The weather table is dependent at any tolerance below 0.1 and "independent" only at a tolerance ≥ 0.1.
    // Last, a "rectangle" move (+d at [0, 2] and [1, 3], −d at [0, 3] and [1, 2]) keeps both marginals and every diagonal
    // cell as they were: only a check of every cell sees that the table no longer factorises.
    public void Independence_means_every_cell_factorises([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (px, py) = (data.ProbabilityVector(3), data.ProbabilityVector(4));
        var joint = new double[3, 4];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                joint[i, j] = px[i] * py[j];
            }
        }

        ConditionalProbability.AreIndependent(joint).Should().BeTrue();
        var shift = Math.Min(1e-3, joint[2, 3]);
        joint[2, 3] -= shift;
        joint[2, 0] += shift;
        ConditionalProbability.AreIndependent(joint).Should().BeFalse();
        ConditionalProbability.AreIndependent(joint, tolerance: shift * 1.5).Should().BeTrue();
        ConditionalProbability.AreIndependent(Weather, tolerance: 0.099).Should().BeFalse();
        ConditionalProbability.AreIndependent(Weather, tolerance: 0.1 + 1e-12).Should().BeTrue();
        // Tolerance 0 is allowed and means exact factorisation: ¼ = ½·½ in every cell, so the differences are all 0 ≤ 0.
        ConditionalProbability.AreIndependent(new double[,] { { 0.25, 0.25 }, { 0.25, 0.25 } }, tolerance: 0).Should().BeTrue();

        joint[2, 3] += shift;
        joint[2, 0] -= shift;
        var d = Math.Min(1e-3, Math.Min(joint[0, 3], joint[1, 2]));
        (joint[0, 2], joint[1, 3], joint[0, 3], joint[1, 2]) = (joint[0, 2] + d, joint[1, 3] + d, joint[0, 3] - d, joint[1, 2] - d);
        ConditionalProbability.MarginalX(joint).Should().BeApproximately(px, Tolerance.Tight);
        ConditionalProbability.AreIndependent(joint).Should().BeFalse();
    }

    [Test, Order(7)]
    // A rare condition is still a condition: P(X = x₂) = 2·10⁻¹⁵ is tiny but positive, and P(Y | X = x₂) is (½, ½).
    // Only an exact zero makes a conditional undefined (then the message says "zero probability").
    public void A_tiny_marginal_is_a_condition_but_zero_is_not()
    {
        double[,] rare = { { 0.5 - 1e-15, 0.5 - 1e-15 }, { 1e-15, 1e-15 } };
        double[,] impossible = { { 0.25, 0 }, { 0.75, 0 } };

        ConditionalProbability.ConditionalYGivenX(rare).Should().BeApproximately(new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } }, Tolerance.Tight);
        ConditionalProbability.AreIndependent(rare).Should().BeTrue();
        FluentActions.Invoking(() => ConditionalProbability.ConditionalXGivenY(impossible))
            .Should().Throw<ArgumentException>().WithMessage("*zero probability*");
        ConditionalProbability.ConditionalYGivenX(impossible)[1, 1].Should().Be(0);
    }

    [Test, Order(8)]
    // Not a probability table: null, no cells, a negative or NaN entry, a total other than 1; a marginal whose length
    // does not match the conditional's rows; a conditional row that is not a distribution; a negative tolerance.
    public void Bad_tables_are_rejected()
    {
        FluentActions.Invoking(() => ConditionalProbability.MarginalX(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConditionalProbability.MarginalY(new double[0, 3])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConditionalProbability.MarginalX(new double[,] { { 1.2, -0.2 } })).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => ConditionalProbability.MarginalY(new double[,] { { double.NaN, 1 } })).Should().Throw<ArgumentException>().WithMessage("*not finite*");
        FluentActions.Invoking(() => ConditionalProbability.ConditionalYGivenX(new double[,] { { 0.3, 0.3 }, { 0.3, 0.3 } })).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => ConditionalProbability.Joint([0.5, 0.5], new double[,] { { 1, 0 } })).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => ConditionalProbability.Joint([0.5, 0.6], new double[,] { { 1, 0 }, { 0, 1 } })).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => ConditionalProbability.Joint([0.5, 0.5], new double[,] { { 1, 0 }, { 0.5, 0.6 } })).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => ConditionalProbability.Joint(null!, new double[,] { { 1 } })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConditionalProbability.AreIndependent(Weather, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite and non-negative*");
        FluentActions.Invoking(() => ConditionalProbability.Joint([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConditionalProbability.ConditionalXGivenY(null!)).Should().Throw<ArgumentNullException>().WithParameterName("joint");
    }

    /// <summary>A seeded m × n joint table: a uniformly random point of the simplex, laid out row by row.</summary>
    private static double[,] RandomJoint(TestData data, int m, int n)
    {
        var p = data.ProbabilityVector(m * n);
        var joint = new double[m, n];
        for (var k = 0; k < p.Length; k++)
        {
            joint[k / n, k % n] = p[k];
        }

        return joint;
    }
}
