using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Attention: the weights and outputs by hand, rows that are probability vectors, a causal mask under which changing a
/// future token changes no earlier output, permutation equivariance, the backward pass against the harness's gradient
/// check, multi-head shapes and their concatenation, and layer normalisation (zero mean, unit variance per row, no
/// cancellation far from 0).
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: scores without the 1/√d scaling (the worked weights become 0.731, not
/// 0.670); softmax without the max shift (scores near 1000 give NaN); masking by zeroing weights AFTER the softmax
/// (rows no longer sum to 1); a mask that lets query i see key i + 1 (the future-token test); the softmax backward
/// without the −Σ p·dP term (gradient check); layer norm with the one-pass variance E[x²] − μ² (a row near 1e9 comes
/// out as garbage) or divided by d − 1 (variance (d − 1)/d, not 1); the softmax shifted by the row MINIMUM (scores ±707
/// overflow to ∞/∞); layer norm dividing 0 by 0 for a constant row with ε = 0 (NaN, not 0); a range error for ε without
/// its "non-negative"; a matrix or head list not checked for null or empty by the function that takes it.
/// </remarks>
public class AttentionTests
{
    private static readonly double[,] OneQuery = { { 1, 0 } };
    private static readonly double[,] TwoKeys = { { 1, 0 }, { 0, 1 } };
    private static readonly double[,] TwoValues = { { 1, 2 }, { 3, 4 } };

    [Test, Order(1)]
    // q = (1, 0), keys (1, 0) and (0, 1), d = 2: scores (1/√2, 0) = (0.7071, 0); weights e^0.7071/(e^0.7071 + 1) = 0.66976
    // and 0.33024; output 0.66976·(1, 2) + 0.33024·(3, 4) = (1.66048, 2.66048).
    public void Attention_by_hand()
    {
        var w = Math.Exp(1 / Math.Sqrt(2)) / (Math.Exp(1 / Math.Sqrt(2)) + 1);

        Attention.Weights(OneQuery, TwoKeys, causal: false).Should().BeApproximately(new double[,] { { w, 1 - w } }, Tolerance.Tight);
        w.Should().BeApproximately(0.66976, Tolerance.AbsoluteOnly(1e-5));
        Attention.ScaledDotProduct(OneQuery, TwoKeys, TwoValues, causal: false)
            .Should().BeApproximately(new double[,] { { w + (3 * (1 - w)), (2 * w) + (4 * (1 - w)) } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Every row of P is a probability vector (non-negative, sums to 1), so every output row is a weighted average of
    // the rows of V: it lies between the smallest and largest value of each column. Seeded Q, K, V.
    public void Weights_are_probabilities_and_outputs_are_averages_of_values([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (q, k, v) = (data.Matrix(4, 3, -2, 2), data.Matrix(6, 3, -2, 2), data.Matrix(6, 2, -5, 5));

        var p = Attention.Weights(q, k, causal: false);
        var o = Attention.ScaledDotProduct(q, k, v, causal: false);

        for (var i = 0; i < 4; i++)
        {
            Enumerable.Range(0, 6).Sum(j => p[i, j]).Should().BeApproximately(1, Tolerance.Tight);
            Enumerable.Range(0, 6).Should().OnlyContain(j => p[i, j] > 0);
            for (var c = 0; c < 2; c++)
            {
                o[i, c].Should().BeInRange(Enumerable.Range(0, 6).Min(j => v[j, c]) - 1e-12, Enumerable.Range(0, 6).Max(j => v[j, c]) + 1e-12);
            }
        }
    }

    [Test, Order(3)]
    // Queries ×1000: scores near 700 would overflow e^s (e^710 = ∞). Shifting by the row maximum keeps every weight
    // finite; the largest score's key takes (almost) all the weight: q = 1000·(1, 0) gives weights (1, e^{−707}) ≈ (1, 0).
    // Scores ±707 need the shift by the MAXIMUM: shifted by the minimum the larger one becomes e^1414 = ∞ (∞/∞ = NaN).
    public void Huge_scores_do_not_overflow()
    {
        var p = Attention.Weights(new double[,] { { 1000, 0 } }, TwoKeys, causal: false);
        var opposite = Attention.Weights(new double[,] { { 1000, 0 } }, new double[,] { { 1, 0 }, { -1, 0 } }, causal: false);

        p.Should().BeApproximately(new double[,] { { 1, 0 } }, Tolerance.Tight);
        opposite.Should().BeApproximately(new double[,] { { 1, 0 } }, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Causal: query i sees keys 0 … i. The weights are lower triangular, each row still sums to 1, and the first output
    // row is exactly the first value (it attends to key 0 alone).
    public void The_causal_mask_makes_the_weights_lower_triangular([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (q, k, v) = (data.Matrix(5, 4), data.Matrix(5, 4), data.Matrix(5, 3));

        var p = Attention.Weights(q, k, causal: true);
        var o = Attention.ScaledDotProduct(q, k, v, causal: true);

        for (var i = 0; i < 5; i++)
        {
            Enumerable.Range(0, 5).Sum(j => p[i, j]).Should().BeApproximately(1, Tolerance.Tight);
            for (var j = i + 1; j < 5; j++)
            {
                p[i, j].Should().Be(0, "query {0} must not see key {1}", i, j);
            }
        }

        Enumerable.Range(0, 3).Select(c => o[0, c]).Should().Equal(Enumerable.Range(0, 3).Select(c => v[0, c]));
    }

    [Test, Order(5)]
    // The guarantee a language model relies on: under the causal mask, changing token t (its query, key and value rows)
    // changes no output before t — exactly, not approximately — while the outputs at t and later do change.
    public void Changing_a_future_token_changes_no_earlier_output([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (q, k, v) = (data.Matrix(6, 4), data.Matrix(6, 4), data.Matrix(6, 3));
        var t = 1 + (seed % 5);
        var (q2, k2, v2) = ((double[,])q.Clone(), (double[,])k.Clone(), (double[,])v.Clone());
        for (var c = 0; c < 4; c++)
        {
            (q2[t, c], k2[t, c]) = (q2[t, c] + 1, k2[t, c] - 2);
        }

        for (var c = 0; c < 3; c++)
        {
            v2[t, c] += 3;
        }

        var before = Attention.ScaledDotProduct(q, k, v, causal: true);
        var after = Attention.ScaledDotProduct(q2, k2, v2, causal: true);

        for (var i = 0; i < t; i++)
        {
            Enumerable.Range(0, 3).Select(c => after[i, c]).Should().Equal(Enumerable.Range(0, 3).Select(c => before[i, c]), $"row {i} precedes token {t}");
        }

        Enumerable.Range(0, 3).Any(c => after[t, c] != before[t, c]).Should().BeTrue();
    }

    [Test, Order(6)]
    // Without a mask attention has no notion of order: permuting the keys and values together changes nothing, and
    // permuting the queries permutes the output rows the same way.
    public void Attention_is_permutation_equivariant([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (q, k, v) = (data.Matrix(4, 3), data.Matrix(5, 3), data.Matrix(5, 2));
        int[] keyOrder = [3, 0, 4, 1, 2];
        int[] queryOrder = [2, 0, 3, 1];

        var o = Attention.ScaledDotProduct(q, k, v, causal: false);
        var permuted = Attention.ScaledDotProduct(TestData.SelectRows(q, queryOrder), TestData.SelectRows(k, keyOrder), TestData.SelectRows(v, keyOrder), causal: false);

        permuted.Should().BeApproximately(TestData.SelectRows(o, queryOrder), Tolerance.Tight);
    }

    [Test, Order(7)]
    // The backward pass against central differences of L = Σᵢⱼ Gᵢⱼ·Oᵢⱼ (so ∂L/∂O = G) in every entry of Q, K and V,
    // with and without the mask, on seeded inputs.
    public void The_backward_pass_agrees_with_the_gradient_check([Range(1, 3)] int seed, [Values] bool causal)
    {
        var data = new TestData(seed);
        var (n, d, dv) = (4, 3, 2);
        var (q, k, v, g) = (data.Matrix(n, d), data.Matrix(n, d), data.Matrix(n, dv), data.Matrix(n, dv));
        double Loss(double[] theta)
        {
            var (qq, kk, vv) = Split(theta, n, d, dv);
            var o = Attention.ScaledDotProduct(qq, kk, vv, causal);
            return Enumerable.Range(0, n).Sum(i => Enumerable.Range(0, dv).Sum(c => g[i, c] * o[i, c]));
        }

        double[] Gradient(double[] theta)
        {
            var (qq, kk, vv) = Split(theta, n, d, dv);
            var grads = Attention.Backward(qq, kk, vv, causal, g);
            return [.. grads.Queries.Cast<double>(), .. grads.Keys.Cast<double>(), .. grads.Values.Cast<double>()];
        }

        GradientCheck.Compare(Loss, Gradient, [.. q.Cast<double>(), .. k.Cast<double>(), .. v.Cast<double>()]).Should().Agree();
    }

    [Test, Order(8)]
    // Shapes: X is n × d_model = 5 × 6, H = 3 heads of d_head = 2: each head's output is 5 × 2, the concatenation 5 × 6,
    // the result 5 × 6. With W_O = I the result IS the concatenation: columns 2h, 2h + 1 hold head h's attention on its
    // own projections.
    public void Multi_head_attention_concatenates_the_heads([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(5, 6);
        var wq = Enumerable.Range(0, 3).Select(_ => data.Matrix(6, 2)).ToArray();
        var wk = Enumerable.Range(0, 3).Select(_ => data.Matrix(6, 2)).ToArray();
        var wv = Enumerable.Range(0, 3).Select(_ => data.Matrix(6, 2)).ToArray();
        var identity = new double[6, 6];
        for (var i = 0; i < 6; i++)
        {
            identity[i, i] = 1;
        }

        var result = Attention.MultiHead(x, wq, wk, wv, identity, causal: true);

        (result.GetLength(0), result.GetLength(1)).Should().Be((5, 6));
        for (var h = 0; h < 3; h++)
        {
            var head = Attention.ScaledDotProduct(Product(x, wq[h]), Product(x, wk[h]), Product(x, wv[h]), causal: true);
            for (var i = 0; i < 5; i++)
            {
                result[i, 2 * h].Should().BeApproximately(head[i, 0], Tolerance.Tight);
                result[i, (2 * h) + 1].Should().BeApproximately(head[i, 1], Tolerance.Tight);
            }
        }

        var projected = Attention.MultiHead(x, wq, wk, wv, data.Matrix(6, 4), causal: false);
        (projected.GetLength(0), projected.GetLength(1)).Should().Be((5, 4));
    }

    [Test, Order(9)]
    // Row (1, 2, 3): μ = 2, σ² = ((−1)² + 0² + 1²)/3 = 2/3, so with ε = 0 the result is (−1, 0, 1)/√(2/3) = (−1.2247, 0,
    // 1.2247). A constant row has σ² = 0: with ε > 0 it becomes zeros, not NaN — and with ε = 0 too (0/0 taken as 0:
    // every deviation is 0).
    public void Layer_norm_by_hand()
    {
        var s = Math.Sqrt(1.5);

        Attention.LayerNorm(new double[,] { { 1, 2, 3 } }, 0).Should().BeApproximately(new double[,] { { -s, 0, s } }, Tolerance.Tight);
        Attention.LayerNorm(new double[,] { { 4, 4, 4, 4 } }).Should().BeApproximately(new double[,] { { 0, 0, 0, 0 } }, Tolerance.Tight);
        Attention.LayerNorm(new double[,] { { 4, 4, 4, 4 } }, 0).Should().BeApproximately(new double[,] { { 0, 0, 0, 0 } }, Tolerance.Tight);
        Attention.LayerNorm(new double[,] { { 1, 2, 3 } }).Should().BeApproximately(new double[,] { { -1 / Math.Sqrt((2.0 / 3) + 1e-5), 0, 1 / Math.Sqrt((2.0 / 3) + 1e-5) } }, Tolerance.Tight);
    }

    [Test, Order(10)]
    // Every row comes out with mean 0 and (population) variance 1, whatever its offset and scale — seeded rows scaled
    // by 1e-3 … 1e12 and (spreads ≥ 1) shifted by up to 1e9, with ε = 0. The one-pass variance E[x²] − μ² cancels catastrophically for
    // the shifted rows (1e18 minus 1e18); the two-pass one does not.
    public void Layer_norm_gives_zero_mean_and_unit_variance_per_row([Range(1, 5)] int seed, [Values(1e-3, 1.0, 1e12)] double scale)
    {
        var data = new TestData(seed);
        var x = data.Matrix(4, 8, -scale, scale);
        for (var j = 0; j < 8 && scale >= 1; j++)
        {
            // Shifts only for spreads ≥ 1: at 1e9 the spacing of doubles is 1.2e-7, which would swamp a 1e-3 spread.
            x[1, j] += 1e9;
            x[2, j] -= 3e8;
        }

        var y = Attention.LayerNorm(x, 0);

        for (var i = 0; i < 4; i++)
        {
            var row = Enumerable.Range(0, 8).Select(j => y[i, j]).ToArray();
            row.Average().Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-6));
            row.Average(r => r * r).Should().BeApproximately(1, Tolerance.AbsoluteOnly(1e-6));
        }
    }

    [Test, Order(11)]
    // Shapes must fit: Q and K of equal width, one value per key, a square problem for the causal mask, heads in
    // matching numbers, projections that can multiply, ε ≥ 0.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Attention.Weights(new double[,] { { 1, 2, 3 } }, TwoKeys, false)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => Attention.ScaledDotProduct(OneQuery, TwoKeys, new double[,] { { 1 } }, false)).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => Attention.Weights(OneQuery, TwoKeys, true)).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => Attention.Weights(new double[0, 2], TwoKeys, false)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Attention.Weights(null!, TwoKeys, false)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Attention.Backward(OneQuery, TwoKeys, TwoValues, false, new double[2, 2])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [], [], [], TwoKeys, false)).Should().Throw<ArgumentException>().WithMessage("*heads*");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [TwoKeys], [TwoKeys, TwoKeys], [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentException>().WithMessage("*heads*");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [new double[3, 2]], [TwoKeys], [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => Attention.LayerNorm(TwoKeys, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Attention.LayerNorm(TwoKeys, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Attention.LayerNorm(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(12)]
    // Every matrix is checked, by every function that takes it: a null argument (or a null head projection) is named,
    // empty keys are "empty", and the backward pass needs one value per key ("rows") like the forward pass.
    public void Null_and_empty_arguments_are_named()
    {
        double[,] g = { { 1, 1 } };
        FluentActions.Invoking(() => Attention.Weights(OneQuery, null!, false)).Should().Throw<ArgumentNullException>().WithParameterName("keys");
        FluentActions.Invoking(() => Attention.Weights(OneQuery, new double[0, 2], false)).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("keys");
        FluentActions.Invoking(() => Attention.ScaledDotProduct(OneQuery, null!, TwoValues, false)).Should().Throw<ArgumentNullException>().WithParameterName("keys");
        FluentActions.Invoking(() => Attention.ScaledDotProduct(OneQuery, TwoKeys, null!, false)).Should().Throw<ArgumentNullException>().WithParameterName("values");
        FluentActions.Invoking(() => Attention.Backward(OneQuery, TwoKeys, null!, false, g)).Should().Throw<ArgumentNullException>().WithParameterName("values");
        FluentActions.Invoking(() => Attention.Backward(OneQuery, TwoKeys, new double[,] { { 1, 2 } }, false, g)).Should().Throw<ArgumentException>().WithMessage("*rows*").WithParameterName("values");
        FluentActions.Invoking(() => Attention.Backward(OneQuery, TwoKeys, TwoValues, false, null!)).Should().Throw<ArgumentNullException>().WithParameterName("outputGradient");
        FluentActions.Invoking(() => Attention.MultiHead(null!, [TwoKeys], [TwoKeys], [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, null!, [TwoKeys], [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentNullException>().WithParameterName("queryProjections");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [TwoKeys], null!, [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentNullException>().WithParameterName("keyProjections");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [TwoKeys], [TwoKeys], null!, TwoKeys, false)).Should().Throw<ArgumentNullException>().WithParameterName("valueProjections");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [TwoKeys], [TwoKeys], [TwoKeys], null!, false)).Should().Throw<ArgumentNullException>().WithParameterName("outputProjection");
        FluentActions.Invoking(() => Attention.MultiHead(TwoKeys, [null!], [TwoKeys], [TwoKeys], TwoKeys, false)).Should().Throw<ArgumentNullException>().WithParameterName("queryProjections");
    }

    private static double[,] Product(double[,] a, double[,] b) => (Oracle.ToMatrix(a) * Oracle.ToMatrix(b)).ToArray();

    private static (double[,] Q, double[,] K, double[,] V) Split(double[] theta, int n, int d, int dv)
    {
        double[,] Take(int offset, int columns)
        {
            var m = new double[n, columns];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    m[i, j] = theta[offset + (i * columns) + j];
                }
            }

            return m;
        }

        return (Take(0, d), Take(n * d, d), Take(2 * n * d, dv));
    }
}
