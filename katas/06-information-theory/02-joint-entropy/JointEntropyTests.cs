using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Joint and conditional entropy of a joint table p(x, y) (rows: X, columns: Y). Wrong implementations these tests
/// catch: conditioning on the wrong variable (H(X | Y) for H(Y | X): column sums for row sums); averaging the rows'
/// entropies without the weights p(x); taking the entropy of the joint rows without dividing by p(x) (not a
/// distribution); NaN from a row that never occurs (p(x) = 0, 0/0); marginals summed along the wrong axis.
/// </summary>
public class JointEntropyTests
{
    // p(x, y) = [[¼, ¼], [½, 0]]: X = 0 or 1 with probability ½ each; given X = 0, Y is a fair coin; given X = 1, Y = 0.
    private static readonly double[,] Worked = { { 0.25, 0.25 }, { 0.5, 0 } };

    [Test, Order(1)]
    // H(X, Y) = ¼·2 + ¼·2 + ½·1 + 0 = 1.5 bits: the cells are one distribution (¼, ¼, ½, 0).
    public void Joint_entropy_is_the_entropy_of_all_cells() =>
        JointEntropy.Joint(Worked).Should().BeApproximately(1.5, Tolerance.Tight);

    [Test, Order(2)]
    // Row sums p(x) = (½, ½); column sums p(y) = (¾, ¼). On a 2 × 3 table the lengths tell the axes apart.
    public void Marginals_are_the_row_and_column_sums()
    {
        double[,] wide = { { 0.1, 0.2, 0.3 }, { 0.0, 0.15, 0.25 } };

        JointEntropy.MarginalOfX(Worked).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        JointEntropy.MarginalOfY(Worked).Should().BeApproximately([0.75, 0.25], Tolerance.Tight);
        JointEntropy.MarginalOfX(wide).Should().BeApproximately([0.6, 0.4], Tolerance.Tight);
        JointEntropy.MarginalOfY(wide).Should().BeApproximately([0.1, 0.35, 0.55], Tolerance.Tight);
    }

    [Test, Order(3)]
    // H(Y | X) = ½·H(½, ½) + ½·H(1, 0) = ½ bit. Conditioning the other way, H(X | Y) = ¾·H(⅓, ⅔) + ¼·0 = 0.689 bits:
    // swapping rows and columns gives a different number.
    public void Conditional_entropy_averages_the_entropy_of_each_row_given_x()
    {
        JointEntropy.Conditional(Worked).Should().BeApproximately(0.5, Tolerance.Tight);
        JointEntropy.Conditional(Transpose(Worked)).Should().BeApproximately(0.75 * Entropy.Bits([1.0 / 3, 2.0 / 3]), Tolerance.Tight);
    }

    [Test, Order(4)]
    // p(x, y) = [[⅛, ⅛], [¾, 0]]: p(x) = (¼, ¾). Row 0 given X is a fair coin (1 bit), row 1 is certain (0 bits), so
    // H(Y | X) = ¼·1 + ¾·0 = ¼ bit — not the unweighted average ½.
    public void Conditional_entropy_weights_each_row_by_its_probability()
    {
        double[,] table = { { 0.125, 0.125 }, { 0.75, 0 } };

        JointEntropy.Conditional(table).Should().BeApproximately(0.25, Tolerance.Tight);
    }

    [Test, Order(5)]
    // Chain rule: H(X, Y) = H(X) + H(Y | X) = H(Y) + H(X | Y), on random 3 × 4 … 7 × 8 tables.
    public void Chain_rule_holds_on_random_joint_tables([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 2 + seed, 3 + seed);
        var hx = Entropy.Bits(JointEntropy.MarginalOfX(joint));
        var hy = Entropy.Bits(JointEntropy.MarginalOfY(joint));

        JointEntropy.Joint(joint).Should().BeApproximately(hx + JointEntropy.Conditional(joint), Tolerance.Tight);
        JointEntropy.Joint(joint).Should().BeApproximately(hy + JointEntropy.Conditional(Transpose(joint)), Tolerance.Tight);
    }

    [Test, Order(6)]
    // Knowing X never increases the uncertainty about Y: 0 ≤ H(Y | X) ≤ H(Y), and H(X, Y) ≤ H(X) + H(Y).
    public void Conditioning_never_increases_entropy([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 4, 3);
        var hy = Entropy.Bits(JointEntropy.MarginalOfY(joint));
        var hx = Entropy.Bits(JointEntropy.MarginalOfX(joint));

        JointEntropy.Conditional(joint).Should().BeGreaterThan(0).And.BeLessThan(hy);
        JointEntropy.Joint(joint).Should().BeLessThan(hx + hy);
    }

    [Test, Order(7)]
    // If X and Y are independent, p(x, y) = p(x)p(y): H(Y | X) = H(Y) and H(X, Y) = H(X) + H(Y) (up to rounding).
    public void Independent_variables_add_their_entropies([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var px = data.ProbabilityVector(3);
        var py = data.ProbabilityVector(5);
        var joint = new double[3, 5];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                joint[i, j] = px[i] * py[j];
            }
        }

        JointEntropy.Conditional(joint).Should().BeApproximately(Entropy.Bits(py), Tolerance.Tight);
        JointEntropy.Joint(joint).Should().BeApproximately(Entropy.Bits(px) + Entropy.Bits(py), Tolerance.Tight);
    }

    [Test, Order(8)]
    // If Y is a function of X (one non-zero cell per row), knowing X leaves no uncertainty: H(Y | X) = 0 and
    // H(X, Y) = H(X). Here Y = x mod 2 for x = 0 … 5 with random p(x).
    public void A_function_of_x_has_zero_conditional_entropy([Range(1, 3)] int seed)
    {
        var px = new TestData(seed).ProbabilityVector(6);
        var joint = new double[6, 2];
        for (var x = 0; x < 6; x++)
        {
            joint[x, x % 2] = px[x];
        }

        JointEntropy.Conditional(joint).Should().Be(0);
        JointEntropy.Joint(joint).Should().BeApproximately(Entropy.Bits(px), Tolerance.Tight);
    }

    [Test, Order(9)]
    // A value of X that never occurs (an all-zero row) has no conditional distribution (0/0 = NaN); its weight
    // p(x) = 0 means it must simply be left out. Adding such a row changes nothing.
    public void A_row_that_never_occurs_contributes_nothing()
    {
        double[,] withZeroRow = { { 0.25, 0.25 }, { 0, 0 }, { 0.5, 0 } };

        JointEntropy.Conditional(withZeroRow).Should().BeApproximately(0.5, Tolerance.Tight);
        JointEntropy.Joint(withZeroRow).Should().BeApproximately(1.5, Tolerance.Tight);
    }

    [Test, Order(10)]
    // A joint table is a distribution over its cells: non-empty, non-negative, summing to 1.
    public void Rejects_what_is_not_a_joint_distribution()
    {
        double[,] unnormalised = { { 0.5, 0.5 }, { 0.5, 0.5 } };
        double[,] negative = { { 1.2, -0.2 } };

        FluentActions.Invoking(() => JointEntropy.Joint(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JointEntropy.Conditional(new double[0, 3])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => JointEntropy.Conditional(unnormalised)).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => JointEntropy.Joint(negative)).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => JointEntropy.MarginalOfX(unnormalised)).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => JointEntropy.MarginalOfY(negative)).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => JointEntropy.MarginalOfY(null!)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>A random joint table: a uniformly random distribution over its cells, filled row by row.</summary>
    private static double[,] RandomJoint(TestData data, int rows, int columns) =>
        Matrix<double>.Build.DenseOfRowMajor(rows, columns, data.ProbabilityVector(rows * columns)).ToArray();

    private static double[,] Transpose(double[,] a) => Oracle.ToMatrix(a).Transpose().ToArray();
}
