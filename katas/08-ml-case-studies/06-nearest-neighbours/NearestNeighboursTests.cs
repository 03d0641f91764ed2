using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// k-nearest neighbours. Wrong implementations these tests catch: taking k + 1 neighbours or k − 1 (the worked example);
/// an unstable sort, letting equal distances come out in any order; breaking a tied vote by the lowest class index
/// instead of the nearest neighbour; Manhattan instead of Euclidean distance (the diagonal example); forgetting to
/// standardise is not a bug of the algorithm but of its use — the penguins test shows what it costs; the largest
/// coordinate difference (Chebyshev) instead of Euclidean distance (the second diagonal example); unchecked arguments:
/// nulls, NaN in one coordinate of a query or ∞ in the training data, and label messages that only repeat the
/// parameter's name.
/// </summary>
public class NearestNeighboursTests
{
    // Training points 0, 1, 2, 10, 11 on a line with classes 0, 0, 1, 1, 1 and targets 0, 1, 4, 100, 121 (x²).
    private static readonly double[,] Line = { { 0 }, { 1 }, { 2 }, { 10 }, { 11 } };
    private static readonly int[] LineLabels = [0, 0, 1, 1, 1];
    private static readonly double[] LineTargets = [0, 1, 4, 100, 121];

    [Test, Order(1)]
    // Query 1.4: distances 1.4, 0.4, 0.6, 8.6, 9.6, so the 3 nearest are points 1, 2, 0 with classes 0, 1, 0 → class 0,
    // and the mean of their targets is (1 + 4 + 0)/3 = 5/3. With k = 4 the classes are 0, 1, 0, 1: a tie, won by the
    // class of the nearest neighbour, 0.
    public void Three_neighbours_on_a_line_by_hand()
    {
        NearestNeighbours.Neighbours(Line, [1.4], 3).Should().Equal(1, 2, 0);
        NearestNeighbours.Classify(Line, LineLabels, [1.4], 3).Should().Be(0);
        NearestNeighbours.Regress(Line, LineTargets, [1.4], 3).Should().BeApproximately(5.0 / 3, Tolerance.Tight);
        NearestNeighbours.Classify(Line, LineLabels, [1.4], 4).Should().Be(0);
    }

    [Test, Order(2)]
    // A tied vote goes to the nearest neighbour's class, not to the smaller class index: query 1.6 with k = 2 has
    // neighbours 2 (class 1, distance 0.4) and 1 (class 0, distance 0.6) → class 1.
    public void A_tied_vote_goes_to_the_class_of_the_nearest_neighbour() =>
        NearestNeighbours.Classify(Line, LineLabels, [1.6], 2).Should().Be(1);

    [Test, Order(3)]
    // Equal distances keep the lower index first: query 1 is at distance 1 from both 0 and 2. Euclidean, not Manhattan:
    // from (0, 0), the point (3, 3) (distance √18 ≈ 4.24, Manhattan 6) is nearer than (0, 5) (distance 5, Manhattan 5).
    public void Ties_in_distance_keep_the_lower_index_and_distance_is_euclidean()
    {
        NearestNeighbours.Neighbours(Line, [1], 3).Should().Equal(1, 0, 2);
        NearestNeighbours.Neighbours(new double[,] { { 0, 5 }, { 3, 3 } }, [0, 0], 1).Should().Equal(1);
    }

    [Test, Order(7)]
    // Euclidean, not the largest coordinate difference (Chebyshev): from (0, 0), the point (0, 5) (distance 5,
    // Chebyshev 5) is nearer than (4, 4) (distance √32 ≈ 5.66, Chebyshev 4).
    public void Distance_adds_every_coordinate_and_is_not_the_largest_difference() =>
        NearestNeighbours.Neighbours(new double[,] { { 4, 4 }, { 0, 5 } }, [0, 0], 1).Should().Equal(1);

    [Test, Order(4)]
    // With k = 1 every (distinct) training point is its own nearest neighbour, so the training labels come back; with
    // k = n regression predicts the mean of all targets wherever the query is.
    public void One_neighbour_reproduces_the_training_set_and_all_neighbours_give_the_mean([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(8, 3, 2);
        var targets = data.Vector(24, -5, 5);

        NearestNeighbours.ClassifyAll(set.Features, set.Labels, set.Features, 1).Should().Equal(set.Labels);
        NearestNeighbours.Regress(set.Features, targets, data.Vector(2, -10, 10), 24).Should().BeApproximately(targets.Average(), Tolerance.Tight);
    }

    [Test, Order(5)]
    // The Palmer penguins, a fixed shuffle (seed 6): 240 to train, 102 to test, k = 5. Standardised with the training
    // set's means and standard deviations, at least 95 % of the test birds are right, 45 points above the majority class
    // (< 50 %). On the raw measurements body mass (in g, spread ≈ 800) swamps the beaks (in mm, spread ≈ 5): at least
    // 10 points worse.
    public void On_penguins_standardising_the_features_is_what_makes_neighbours_work()
    {
        var (trainX, trainY, testX, testY, rawTrain, rawTest) = PenguinSplit();

        var standardised = Accuracy(NearestNeighbours.ClassifyAll(trainX, trainY, testX, 5), testY);
        var raw = Accuracy(NearestNeighbours.ClassifyAll(rawTrain, trainY, rawTest, 5), testY);

        var baseline = testY.GroupBy(c => c).Max(g => g.Count()) / (double)testY.Length;
        baseline.Should().BeLessThan(0.5);
        standardised.Should().BeGreaterThanOrEqualTo(0.95);
        standardised.Should().BeGreaterThanOrEqualTo(baseline + 0.45);
        raw.Should().BeLessThanOrEqualTo(standardised - 0.1);
    }

    [Test, Order(6)]
    // k out of range, queries of the wrong length, label and target arrays of the wrong length, empty or NaN data.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(Line, [1], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(Line, [1], 6)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(Line, [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(new double[0, 1], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(Line, [double.NaN], 1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NearestNeighbours.Classify(Line, [0, 1], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*labels*");
        FluentActions.Invoking(() => NearestNeighbours.Classify(Line, [0, 0, -1, 1, 1], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => NearestNeighbours.Regress(Line, [1, 2], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*targets*");
        FluentActions.Invoking(() => NearestNeighbours.ClassifyAll(Line, LineLabels, null!, 1)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // The rest of the documented bad input: each null argument by name; NaN in one coordinate of a two-dimensional query
    // and ∞ in one training value (not only a query that is NaN throughout); label arrays that do not match the samples
    // or hold a negative class, with messages saying so.
    public void Every_documented_bad_input_is_named()
    {
        var plane = new double[,] { { 0, 0 }, { 1, 1 } };

        FluentActions.Invoking(() => NearestNeighbours.Neighbours(null!, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("trainX");
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(Line, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("query");
        FluentActions.Invoking(() => NearestNeighbours.Classify(null!, LineLabels, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("trainX");
        FluentActions.Invoking(() => NearestNeighbours.Classify(Line, null!, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("trainLabels");
        FluentActions.Invoking(() => NearestNeighbours.Regress(null!, LineTargets, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("trainX");
        FluentActions.Invoking(() => NearestNeighbours.Regress(Line, null!, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("trainY");
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(plane, [0, double.NaN], 1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NearestNeighbours.Neighbours(new double[,] { { 0, 0 }, { double.PositiveInfinity, 1 } }, [0, 0], 1))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NearestNeighbours.Classify(Line, [0, 1], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*samples*");
        FluentActions.Invoking(() => NearestNeighbours.Classify(Line, [0, 0, -1, 1, 1], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
    }

    private static double Accuracy(int[] predicted, int[] truth) => predicted.Zip(truth, (p, t) => p == t ? 1.0 : 0).Average();

    // Train on the first 240 birds of a fixed shuffle, test on the other 102; both scaled by the training birds.
    private static (double[,], int[], double[,], int[], double[,], double[,]) PenguinSplit()
    {
        var (train, test) = DataSets.Penguins().Split(240, seed: 6);
        return (train.StandardisedBy(train).Features, train.Labels, test.StandardisedBy(train).Features, test.Labels, train.Features, test.Features);
    }
}
