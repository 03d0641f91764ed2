using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Linear algebra in machine learning: batched predictions ŷ = Xw + b, and nearest-neighbour search by cosine
/// similarity. The oracles are MathNet's X * w and a brute-force ranking written out in this file.
/// </summary>
public class LinearModelsTests
{
    [Test, Order(1)]
    // X = [1 2; 3 4; 5 6], w = (2, −1), b = 0.5: ŷ = (2 − 2 + 0.5, 6 − 4 + 0.5, 10 − 6 + 0.5) = (0.5, 2.5, 4.5).
    public void Predict_of_a_worked_example() =>
        LinearModels.Predict(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [2, -1], 0.5).Should().Equal(0.5, 2.5, 4.5);

    [Test, Order(2)]
    // ŷ = Xw + b·1 computed by MathNet, for m samples and n features with m ≠ n.
    public void Predict_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 6);
        var m = n + data.Random.NextInt(1, 20);
        var (x, w, b) = (data.Matrix(m, n, -5, 5), data.Vector(n, -5, 5), data.Random.Uniform(-5, 5));

        var predictions = LinearModels.Predict(x, w, b);

        predictions.Should().HaveCount(m);
        predictions.Should().BeApproximately((Oracle.ToMatrix(x) * Oracle.ToVector(w)) + b, Tolerance.Default);
    }

    [Test, Order(3)]
    // The model is linear in its weights, X(αw₁ + βw₂) = αXw₁ + βXw₂, and the bias shifts every prediction by b.
    public void Predictions_are_linear_in_the_weights_and_shifted_by_the_bias([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 15), data.Random.NextInt(1, 6));
        var x = data.Matrix(m, n, -5, 5);
        var (w1, w2) = (Oracle.ToVector(data.Vector(n, -5, 5)), Oracle.ToVector(data.Vector(n, -5, 5)));
        var (alpha, beta, b) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-3, 3), data.Random.Uniform(-3, 3));
        Vector<double> Predict(Vector<double> w, double bias) => Oracle.ToVector(LinearModels.Predict(x, w.ToArray(), bias));

        Predict((alpha * w1) + (beta * w2), 0).Should().BeApproximately((alpha * Predict(w1, 0)) + (beta * Predict(w2, 0)), Tolerance.Default);
        Predict(w1, b).Should().BeApproximately(Predict(w1, 0) + b, Tolerance.Default);
    }

    [Test, Order(4)]
    // Noise-free data made as y = Xw + b: the true weights and bias reproduce every target.
    public void Predict_recovers_noise_free_regression_targets([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var coefficients = data.Vector(data.Random.NextInt(1, 5), -3, 3);
        var regression = data.Regression(25, coefficients, intercept: data.Random.Uniform(-2, 2));

        LinearModels.Predict(regression.Features, regression.Coefficients, regression.Intercept)
            .Should().BeApproximately(regression.Targets, Tolerance.Default);
    }

    [Test, Order(5)]
    // Query q = (2, 1), ‖q‖ = √5. Rows: (1, 0) → 2/√5 ≈ 0.894; (1, 1) → 3/(√2·√5) ≈ 0.949; (0, 1) → 1/√5 ≈ 0.447;
    // (−1, 0) → −0.894. Most similar first: rows 1, 0, 2, then 3.
    public void Nearest_by_cosine_of_a_worked_example()
    {
        var embeddings = new double[,] { { 1, 0 }, { 1, 1 }, { 0, 1 }, { -1, 0 } };

        LinearModels.NearestByCosine(embeddings, [2, 1], 3).Should().Equal(1, 0, 2);
        LinearModels.NearestByCosine(embeddings, [2, 1], 4).Should().Equal(1, 0, 2, 3);
        LinearModels.NearestByCosine(embeddings, [2, 1], 1).Should().Equal(1);
    }

    [Test, Order(6)]
    // Brute force with MathNet: score every row by rowᵢ·q / (‖rowᵢ‖‖q‖), sort descending (ties by index), keep k.
    public void Nearest_by_cosine_agrees_with_a_brute_force_ranking([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, d) = (data.Random.NextInt(5, 30), data.Random.NextInt(2, 8));
        var embeddings = data.Matrix(m, d);
        var query = data.Vector(d);
        var k = data.Random.NextInt(1, m + 1);

        LinearModels.NearestByCosine(embeddings, query, k).Should().Equal(BruteForce(embeddings, query, k));
    }

    [Test, Order(7)]
    // Cosine similarity ignores length: multiplying the query or any row by c > 0 changes no ranking —
    // not even for c = 1e200 or 1e-200, where squaring the entries directly would overflow or underflow.
    public void Ranking_is_unchanged_by_positive_scaling_of_the_query_or_a_row([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, d) = (data.Random.NextInt(5, 20), data.Random.NextInt(2, 6));
        var embeddings = data.Matrix(m, d);
        var query = data.Vector(d);
        var expected = LinearModels.NearestByCosine(embeddings, query, m);
        var row = data.Random.NextInt(m);

        foreach (var c in new[] { data.Random.Uniform(0.01, 100), 1e200, 1e-200 })
        {
            LinearModels.NearestByCosine(embeddings, query.Select(x => c * x).ToArray(), m).Should().Equal(expected, "the query scaled by c = {0}", c);
            var scaled = (double[,])embeddings.Clone();
            for (var j = 0; j < d; j++)
            {
                scaled[row, j] *= c;
            }
            LinearModels.NearestByCosine(scaled, query, m).Should().Equal(expected, "row {0} scaled by c = {1}", row, c);
        }
    }

    [Test, Order(8)]
    // A row used as the query has cosine 1 with itself, the largest possible: it is its own nearest neighbour.
    public void Every_row_is_its_own_nearest_neighbour([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, d) = (data.Random.NextInt(3, 15), data.Random.NextInt(2, 6));
        var embeddings = data.Matrix(m, d);

        for (var i = 0; i < m; i++)
        {
            var row = Enumerable.Range(0, d).Select(j => embeddings[i, j]).ToArray();
            LinearModels.NearestByCosine(embeddings, row, 1).Should().Equal([i], "row {0} is the query", i);
        }
    }

    [Test, Order(9)]
    // Rows 0, 2, 3 and 4 all point along the query (cosine exactly 1): equal scores keep the lower index first.
    public void Equal_similarities_are_ordered_by_index() =>
        LinearModels.NearestByCosine(new double[,] { { 1, 0 }, { 0, 1 }, { 2, 0 }, { 1, 0 }, { 4, 0 } }, [5, 0], 5)
            .Should().Equal(0, 2, 3, 4, 1);

    [Test, Order(10)]
    // Query (1, 0). Row 2 = (1, 1) scores 1/√2; the zero row 1 scores 0, tying with the perpendicular row 3 = (0, 2)
    // and coming first by index; row 0 = (−1, 0.1) points away (negative) and comes last.
    public void A_zero_row_scores_zero_like_a_perpendicular_row() =>
        LinearModels.NearestByCosine(new double[,] { { -1, 0.1 }, { 0, 0 }, { 1, 1 }, { 0, 2 } }, [1, 0], 4)
            .Should().Equal(2, 1, 3, 0);

    [Test, Order(11)]
    // The caller's features, weights, embeddings and query keep their values.
    public void Inputs_are_left_untouched()
    {
        var x = new double[,] { { 1, 2 }, { 3, 4 } };
        double[] w = [1, -1];
        double[] query = [3, 4];

        LinearModels.Predict(x, w, 1);
        LinearModels.NearestByCosine(x, query, 2);

        x.Should().BeApproximately(new double[,] { { 1, 2 }, { 3, 4 } }, Tolerance.AbsoluteOnly(0));
        w.Should().Equal(1, -1);
        query.Should().Equal(3, 4);
    }

    [Test, Order(12)]
    // ŷᵢ = Σⱼ xᵢⱼwⱼ pairs weight j with column j: 3 columns need 3 weights; a 3-entry query needs 3 columns.
    public void Weights_or_queries_that_do_not_match_the_columns_are_rejected()
    {
        FluentActions.Invoking(() => LinearModels.Predict(new double[4, 3], [1, 2], 0)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => LinearModels.Predict(new double[2, 3], [1, 2, 3, 4], 0)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => LinearModels.NearestByCosine(new double[4, 2], [1, 2, 3], 1)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => LinearModels.NearestByCosine(new double[4, 3], [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*columns*");
    }

    [Test, Order(13)]
    // The zero query has no direction, so no row can be similar to it.
    public void A_zero_query_is_rejected() =>
        FluentActions.Invoking(() => LinearModels.NearestByCosine(new double[,] { { 1, 2 }, { 3, 4 } }, [0, 0], 1))
            .Should().Throw<ArgumentException>().WithMessage("*zero*");

    [Test, Order(14)]
    // From 3 rows one can return 1, 2 or 3 nearest; 0, 4 or −1 of them makes no sense.
    public void K_outside_one_to_the_number_of_rows_is_rejected()
    {
        var embeddings = new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } };

        foreach (var k in new[] { 0, 4, -1 })
        {
            FluentActions.Invoking(() => LinearModels.NearestByCosine(embeddings, [1, 0], k)).Should().Throw<ArgumentOutOfRangeException>("k = {0} is outside 1 … 3", k);
        }
        LinearModels.NearestByCosine(embeddings, [1, 0], 3).Should().HaveCount(3);
    }

    [Test, Order(15)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => LinearModels.Predict(null!, [1], 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinearModels.Predict(new double[1, 1], null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinearModels.NearestByCosine(null!, [1], 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinearModels.NearestByCosine(new double[1, 1], null!, 1)).Should().Throw<ArgumentNullException>();
    }

    private static int[] BruteForce(double[,] embeddings, double[] query, int k)
    {
        var e = Oracle.ToMatrix(embeddings);
        var q = Oracle.ToVector(query);
        var scores = e.EnumerateRows().Select(row => row.DotProduct(q) / (row.L2Norm() * q.L2Norm())).ToArray();
        return Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToArray();
    }
}
