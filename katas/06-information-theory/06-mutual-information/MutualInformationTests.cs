using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Mutual information of a joint table and the information gain of a split. Wrong implementations these tests catch:
/// the ratio p(x, y)/(p(x) + p(y)) or a missing marginal; NaN from empty cells (0 · log 0); a plain average of the
/// children's entropies instead of one weighted by their sizes; the parent's entropy taken as the average of the
/// children's; nats where bits are asked (the decision stump of the case studies compares bits); an empty child
/// turned into NaN (0/0) instead of weight 0.
/// </summary>
public class MutualInformationTests
{
    [Test, Order(1)]
    // [[½, 0], [0, ½]]: Y = X, a fair coin, so I = H(X) = 1 bit. [[¼, ¼], [¼, ¼]]: independent, I = 0.
    // [[¼, ¼], [½, 0]] (the joint-entropy kata's table): I = H(Y) − H(Y | X) = 0.8113 − 0.5 = 0.3113 bits.
    public void Worked_examples_from_copy_to_independence()
    {
        double[,] copy = { { 0.5, 0 }, { 0, 0.5 } };
        double[,] independent = { { 0.25, 0.25 }, { 0.25, 0.25 } };
        double[,] worked = { { 0.25, 0.25 }, { 0.5, 0 } };

        MutualInformation.FromJoint(copy).Should().BeApproximately(1, Tolerance.Tight);
        MutualInformation.FromJoint(independent).Should().BeApproximately(0, Tolerance.Tight);
        MutualInformation.FromJoint(worked).Should().BeApproximately(Entropy.Bits([0.75, 0.25]) - 0.5, Tolerance.Tight);
    }

    [Test, Order(2)]
    // I(X; Y) = H(X) + H(Y) − H(X, Y) = H(Y) − H(Y | X), on random tables (your earlier katas give the entropies).
    public void Mutual_information_is_the_entropy_that_knowing_x_removes([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 3, 2 + seed);
        var hx = Entropy.Bits(JointEntropy.MarginalOfX(joint));
        var hy = Entropy.Bits(JointEntropy.MarginalOfY(joint));

        MutualInformation.FromJoint(joint).Should().BeApproximately(hx + hy - JointEntropy.Joint(joint), Tolerance.Tight);
        MutualInformation.FromJoint(joint).Should().BeApproximately(hy - JointEntropy.Conditional(joint), Tolerance.Tight);
    }

    [Test, Order(3)]
    // I(X; Y) = I(Y; X) (transposing changes nothing), 0 < I ≤ min(H(X), H(Y)) on random tables.
    public void Mutual_information_is_symmetric_positive_and_bounded([Range(1, 5)] int seed)
    {
        var joint = RandomJoint(new TestData(seed), 4, 3);
        var information = MutualInformation.FromJoint(joint);

        MutualInformation.FromJoint(Transpose(joint)).Should().BeApproximately(information, Tolerance.Tight);
        information.Should().BeGreaterThan(0);
        information.Should().BeLessThanOrEqualTo(Math.Min(Entropy.Bits(JointEntropy.MarginalOfX(joint)), Entropy.Bits(JointEntropy.MarginalOfY(joint))));
    }

    [Test, Order(4)]
    // A product table p(x, y) = p(x) p(y) has I = 0: each log ratio is 0 up to rounding (a few 1e-16), so the sum is
    // within 1e-12 of 0 — and it must never come out negative by more than rounding.
    public void Independent_variables_share_no_information([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var px = data.ProbabilityVector(4);
        var py = data.ProbabilityVector(5);
        var joint = new double[4, 5];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                joint[i, j] = px[i] * py[j];
            }
        }

        MutualInformation.FromJoint(joint).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-12));
        MutualInformation.FromJoint(joint).Should().BeGreaterThanOrEqualTo(-1e-15);
    }

    [Test, Order(5)]
    // I(X; X) = H(X): a diagonal table (Y is a copy of X) shares all of X's information. Empty cells off the diagonal
    // must contribute 0, not NaN.
    public void A_copy_shares_all_its_entropy([Range(1, 3)] int seed)
    {
        var px = new TestData(seed).ProbabilityVector(5);
        var joint = new double[5, 5];
        for (var i = 0; i < 5; i++)
        {
            joint[i, i] = px[i];
        }

        MutualInformation.FromJoint(joint).Should().BeApproximately(Entropy.Bits(px), Tolerance.Tight);
    }

    [Test, Order(6)]
    // Data processing inequality: for a Markov chain X → Y → Z (Z depends on X only through Y), I(X; Z) ≤ I(X; Y) and
    // I(X; Z) ≤ I(Y; Z): processing Y can never create information about X. Random p(x) and random transition rows.
    public void Processing_cannot_create_information([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        const int n = 4;
        var px = data.ProbabilityVector(n);
        var xToY = Enumerable.Range(0, n).Select(_ => data.ProbabilityVector(n)).ToArray();
        var yToZ = Enumerable.Range(0, n).Select(_ => data.ProbabilityVector(n)).ToArray();
        var (xy, xz, yz) = (new double[n, n], new double[n, n], new double[n, n]);
        var py = new double[n];
        for (var x = 0; x < n; x++)
        {
            for (var y = 0; y < n; y++)
            {
                xy[x, y] = px[x] * xToY[x][y];
                py[y] += xy[x, y];
                for (var z = 0; z < n; z++)
                {
                    xz[x, z] += xy[x, y] * yToZ[y][z];
                }
            }
        }

        for (var y = 0; y < n; y++)
        {
            for (var z = 0; z < n; z++)
            {
                yz[y, z] = py[y] * yToZ[y][z];
            }
        }

        var ixz = MutualInformation.FromJoint(xz);
        ixz.Should().BeLessThan(MutualInformation.FromJoint(xy));
        ixz.Should().BeLessThan(MutualInformation.FromJoint(yz));
    }

    [Test, Order(7)]
    // Parent (5, 5) has 1 bit. Split into (4, 1) and (1, 4): each child has H(0.8, 0.2) = 0.7219 bits, so the gain is
    // 1 − 0.7219 = 0.2781. A perfect split (5, 0) | (0, 5) gains the full bit; (2, 2) | (3, 3) gains nothing.
    public void Information_gain_of_a_split_worked_example()
    {
        MutualInformation.InformationGain([[4, 1], [1, 4]]).Should().BeApproximately(1 - Entropy.Bits([0.8, 0.2]), Tolerance.Tight);
        MutualInformation.InformationGain([[5, 0], [0, 5]]).Should().BeApproximately(1, Tolerance.Tight);
        MutualInformation.InformationGain([[2, 2], [3, 3]]).Should().BeApproximately(0, Tolerance.Tight);
    }

    [Test, Order(8)]
    // Children are weighted by their sizes: (9, 1) | (0, 1) from parent (9, 2) gains
    // H(9/11, 2/11) − (10/11)·H(0.9, 0.1) − (1/11)·0 = 0.6840 − 0.4263 = 0.2577 bits; a plain average of the children
    // would give 0.6840 − 0.2345 = 0.4495.
    public void Information_gain_weights_children_by_their_size()
    {
        var expected = Entropy.OfCounts([9, 2]) - (10.0 / 11 * Entropy.OfCounts([9, 1]));

        MutualInformation.InformationGain([[9, 1], [0, 1]]).Should().BeApproximately(expected, Tolerance.Tight);
        expected.Should().BeApproximately(0.2577, Tolerance.AbsoluteOnly(1e-4));
    }

    [Test, Order(9)]
    // The gain of a split is the mutual information between "which child" and "which label" under the empirical
    // joint table count[c][k] / n: the same number computed two ways, on random counts with 3 children and 4 labels.
    public void Information_gain_is_the_mutual_information_of_child_and_label([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var counts = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 4).Select(_ => data.Random.NextInt(0, 30)).ToArray()).ToArray();
        var n = (double)counts.Sum(c => c.Sum());
        var table = new double[3, 4];
        for (var c = 0; c < 3; c++)
        {
            for (var k = 0; k < 4; k++)
            {
                table[c, k] = counts[c][k] / n;
            }
        }

        MutualInformation.InformationGain(counts).Should().BeApproximately(MutualInformation.FromJoint(table), Tolerance.Tight);
    }

    [Test, Order(10)]
    // An empty child (no samples) has weight 0 and changes nothing; a single child is no split and gains 0.
    public void Empty_children_and_single_children_gain_nothing()
    {
        MutualInformation.InformationGain([[4, 1], [0, 0], [1, 4]]).Should().BeApproximately(MutualInformation.InformationGain([[4, 1], [1, 4]]), Tolerance.Tight);
        MutualInformation.InformationGain([[3, 7, 2]]).Should().BeApproximately(0, Tolerance.Tight);
    }

    [Test, Order(11)]
    // A joint table as before; a split needs children that count the same labels, non-negative, with some samples.
    public void Rejects_bad_input()
    {
        double[,] unnormalised = { { 0.5, 0.5 }, { 0.5, 0.5 } };

        FluentActions.Invoking(() => MutualInformation.FromJoint(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MutualInformation.FromJoint(new double[2, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MutualInformation.FromJoint(unnormalised)).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => MutualInformation.InformationGain(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MutualInformation.InformationGain([[1, 2], null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MutualInformation.InformationGain([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MutualInformation.InformationGain([[0, 0], [0, 0]])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MutualInformation.InformationGain([[1, 2], [1, 2, 3]])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => MutualInformation.InformationGain([[], [1, 2]])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => MutualInformation.InformationGain([[1, -2], [1, 2]])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
    }

    /// <summary>A random joint table: a uniformly random distribution over its cells, filled row by row.</summary>
    private static double[,] RandomJoint(TestData data, int rows, int columns) =>
        Matrix<double>.Build.DenseOfRowMajor(rows, columns, data.ProbabilityVector(rows * columns)).ToArray();

    private static double[,] Transpose(double[,] a) => Oracle.ToMatrix(a).Transpose().ToArray();
}
