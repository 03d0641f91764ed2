using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Gaussian mixtures by EM. Wrong implementations these tests catch: responsibilities as e^(log joint) normalised
/// without log-sum-exp (0/0 = NaN for a sample 40 standard deviations away); the covariance divided by Nₖ − 1 or by n
/// instead of Nₖ (the hard-assignment oracle); a mean not weighted by the responsibilities; log det Σ taken as
/// log of a product that underflows (the 10⁻²⁰⁰ scale test); the ½ missing from the quadratic form (MathNet's normal
/// density); the covariance as Σᵢ rᵢ(xᵢ − μ)(xᵢ + μ)ᵀ or another form that is exact only in exact arithmetic (it
/// loses every digit when the data sit at 10⁸: the shift test); ε = 0 refused; traces missing the initial mixture or
/// a step, or out of step with the models; a cap that allows one step more than it says; a stopping rule with &lt;
/// instead of ≤, tolerance/max(1, |ℓ|) or tolerance·min(1, |ℓ|) instead of tolerance·max(1, |ℓ|) (the stopping-rule
/// test); shape checks that catch only one bad dimension at a time, or a non-finite value only when every value is one;
/// null arguments dereferenced instead of named.
/// </summary>
public class GaussianMixtureTests
{
    // Two 1-D components with weights ½, means −1 and +1, variance 1.
    private static readonly GaussianMixtureModel Pair = new([0.5, 0.5], new double[,] { { -1 }, { 1 } }, [new double[,] { { 1 } }, new double[,] { { 1 } }]);

    [Test, Order(1)]
    // At x = 0 both components are 1 away: log joint = log ½ − ½·log 2π − ½ for each, so r = (½, ½). At x = 1 the
    // squared distances are 4 and 0: r₁/r₂ = e^(−2), so r₁ = 1/(1 + e²).
    public void Log_joint_and_responsibilities_of_two_unit_gaussians_by_hand()
    {
        var x = new double[,] { { 0 }, { 1 } };
        var joint = GaussianMixture.LogJoint(Pair, x);
        var r = GaussianMixture.Responsibilities(Pair, x);

        joint[0, 0].Should().BeApproximately(Math.Log(0.5) - (0.5 * Math.Log(2 * Math.PI)) - 0.5, Tolerance.Tight);
        joint[0, 1].Should().BeApproximately(joint[0, 0], Tolerance.Tight);
        r[0, 0].Should().BeApproximately(0.5, Tolerance.Tight);
        r[1, 0].Should().BeApproximately(1 / (1 + Math.Exp(2)), Tolerance.Tight);
        (r[1, 0] + r[1, 1]).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(2)]
    // In 1-D the joint is log π + log of MathNet's normal density; with a diagonal covariance in 2-D it is log π plus the
    // sum of two 1-D log densities. The log-likelihood is Σᵢ log Σₖ e^(joint).
    public void Log_joint_agrees_with_MathNet_normal_densities([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, s) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.5, 2));
        var (a, b) = (data.Random.Uniform(0.3, 3), data.Random.Uniform(0.3, 3));
        var model = new GaussianMixtureModel([0.3, 0.7], new double[,] { { m, 0 }, { 0, m } }, [new double[,] { { s * s, 0 }, { 0, a * a } }, new double[,] { { b * b, 0 }, { 0, 1 } }]);
        var x = data.Matrix(6, 2, -4, 4);

        var joint = GaussianMixture.LogJoint(model, x);

        for (var i = 0; i < 6; i++)
        {
            var first = Math.Log(0.3) + MathNet.Numerics.Distributions.Normal.PDFLn(m, s, x[i, 0]) + MathNet.Numerics.Distributions.Normal.PDFLn(0, a, x[i, 1]);
            var second = Math.Log(0.7) + MathNet.Numerics.Distributions.Normal.PDFLn(0, b, x[i, 0]) + MathNet.Numerics.Distributions.Normal.PDFLn(m, 1, x[i, 1]);
            joint[i, 0].Should().BeApproximately(first, Tolerance.Default);
            joint[i, 1].Should().BeApproximately(second, Tolerance.Default);
        }

        var expected = Enumerable.Range(0, 6).Sum(i => Math.Log(Math.Exp(joint[i, 0]) + Math.Exp(joint[i, 1])));
        GaussianMixture.LogLikelihood(model, x).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(3)]
    // A sample at x = 40 is 41 and 39 standard deviations from the two means: its joint densities are about e^(−840) and
    // e^(−760), both below the smallest double (≈ e^(−745)), so e^(joint) is 0 for both and 0/0 is NaN. Log-sum-exp gives
    // r₂/r₁ = e^((41² − 39²)/2) = e^80, so r₂ = 1 to rounding. At the tiny scale σ = 10⁻¹⁵⁰ in 2-D, det Σ = σ⁴ = 10⁻⁶⁰⁰
    // underflows to 0 (log det = −∞) unless it is computed as 2·Σ log Lⱼⱼ from the Cholesky factor; the responsibilities
    // must be the same as at scale 1: squared distances 4 and 0 give r₂ = 1/(1 + e⁻²).
    public void Responsibilities_stay_finite_far_from_every_component_and_at_tiny_scales()
    {
        var r = GaussianMixture.Responsibilities(Pair, new double[,] { { 40 } });
        r[0, 0].Should().BeApproximately(0, Tolerance.Tight);
        r[0, 1].Should().BeApproximately(1, Tolerance.Tight);

        const double s = 1e-150;
        var tiny = new GaussianMixtureModel([0.5, 0.5], new double[,] { { -s, 0 }, { s, 0 } }, [new double[,] { { s * s, 0 }, { 0, s * s } }, new double[,] { { s * s, 0 }, { 0, s * s } }]);
        var rTiny = GaussianMixture.Responsibilities(tiny, new double[,] { { s, 0 } });
        rTiny[0, 1].Should().BeApproximately(1 / (1 + Math.Exp(-2)), Tolerance.Default);
    }

    [Test, Order(4)]
    // With hard responsibilities (each row a one-hot vector) the M-step is the per-cluster maximum-likelihood fit: πₖ the
    // share of samples, μₖ the cluster mean, Σₖ the cluster covariance with denominator Nₖ (not Nₖ − 1), plus ε·I.
    public void M_step_with_hard_assignments_fits_each_cluster_by_maximum_likelihood([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(20, 2, -3, 3);
        var labels = Enumerable.Range(0, 20).Select(i => i < 8 ? 0 : 1).ToArray();
        var r = new double[20, 2];
        for (var i = 0; i < 20; i++)
        {
            r[i, labels[i]] = 1;
        }

        var model = GaussianMixture.MStep(x, r, regularization: 0.01);

        model.Weights.Should().BeApproximately([0.4, 0.6], Tolerance.Tight);
        foreach (var (c, rows) in new[] { (0, Enumerable.Range(0, 8).ToArray()), (1, Enumerable.Range(8, 12).ToArray()) })
        {
            var mean = new[] { rows.Average(i => x[i, 0]), rows.Average(i => x[i, 1]) };
            new[] { model.Means[c, 0], model.Means[c, 1] }.Should().BeApproximately(mean, Tolerance.Tight);
            var expected = new double[2, 2];
            for (var a = 0; a < 2; a++)
            {
                for (var b = 0; b < 2; b++)
                {
                    expected[a, b] = (rows.Sum(i => (x[i, a] - mean[a]) * (x[i, b] - mean[b])) / rows.Length) + (a == b ? 0.01 : 0);
                }
            }

            model.Covariances[c].Should().BeApproximately(expected, Tolerance.Tight);
        }
    }

    [Test, Order(5)]
    // EM's guarantee: each E-step makes the lower bound touch the log-likelihood and each M-step maximises the bound, so
    // the log-likelihood never decreases (up to rounding, relative 1e-12). Three seeded blobs, started from three samples
    // with unit covariances.
    public void The_log_likelihood_never_decreases_over_EM_steps([Range(1, 5)] int seed)
    {
        var set = new TestData(seed).Classification(30, 3, 2, separation: 3);
        var trace = new List<double>();

        var model = GaussianMixture.Fit(set.Features, Start(set.Features, [0, 1, 2]), logLikelihoodTrace: trace);

        trace.Count.Should().BeGreaterThan(2);
        for (var k = 1; k < trace.Count; k++)
        {
            trace[k].Should().BeGreaterThanOrEqualTo(trace[k - 1] - (1e-12 * Math.Abs(trace[k - 1])), "EM step {0} must not lower the log-likelihood", k);
        }

        trace[^1].Should().BeApproximately(GaussianMixture.LogLikelihood(model, set.Features), Tolerance.Tight);
        model.Weights.Sum().Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Iris petal length and width, three components started at flowers 0, 50 and 100 (one per species) with unit
    // covariances: EM raises the log-likelihood, and assigning each flower to its most responsible component recovers the
    // species of at least 95 % of the 150 (component c ↔ species c, the start fixes the correspondence).
    public void On_iris_petals_three_components_recover_the_species()
    {
        var iris = DataSets.Iris();
        var x = new double[150, 2];
        for (var i = 0; i < 150; i++)
        {
            (x[i, 0], x[i, 1]) = (iris.Features[i, 2], iris.Features[i, 3]);
        }

        var start = Start(x, [0, 50, 100]);
        var model = GaussianMixture.Fit(x, start);
        var r = GaussianMixture.Responsibilities(model, x);

        GaussianMixture.LogLikelihood(model, x).Should().BeGreaterThan(GaussianMixture.LogLikelihood(start, x));
        var agree = Enumerable.Range(0, 150).Count(i => Enumerable.Range(0, 3).MaxBy(c => r[i, c]) == iris.Labels[i]);
        (agree / 150.0).Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Test, Order(7)]
    // Shapes that do not fit, weights that are not positive, a covariance that is not positive definite, an empty component.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        var x = new double[,] { { 0 }, { 1 } };
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair, new double[,] { { 0, 1 } })).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair, new double[0, 1])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair, new double[,] { { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Weights = [1, 0] }, x)).Should().Throw<ArgumentException>().WithMessage("*weight*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Weights = [1] }, x)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Covariances = [new double[,] { { -1 } }, new double[,] { { 1 } }] }, x)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => GaussianMixture.MStep(x, new double[,] { { 1, 0 }, { 1, 0 } })).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => GaussianMixture.MStep(x, new double[,] { { 1.5, 0 }, { 0, 1 } })).Should().Throw<ArgumentException>().WithMessage("*[0, 1]*");
        FluentActions.Invoking(() => GaussianMixture.MStep(x, new double[3, 2])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => GaussianMixture.MStep(x, new double[,] { { 1, 0 }, { 0, 1 } }, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => GaussianMixture.Fit(x, Pair, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GaussianMixture.Fit(new double[,] { { 0 }, { 1 }, { 5 }, { 6 } }, Pair, maxIterations: 1)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(8)]
    // Null arguments are named; a tolerance of 0 is not positive; a mixture is inconsistent ("shape") when ANY one of its
    // sizes is wrong: 3 mean rows for 2 weights, one covariance of the wrong size, or one that is 1 × 2 instead of 1 × 1;
    // one NaN among finite values is enough to be refused.
    public void Every_bad_argument_is_named_on_its_own()
    {
        var x = new double[,] { { 0 }, { 1 } };
        var hard = new double[,] { { 1, 0 }, { 0, 1 } };
        FluentActions.Invoking(() => GaussianMixture.LogJoint(null!, x)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianMixture.MStep(null!, hard)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianMixture.MStep(x, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GaussianMixture.Fit(x, Pair, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Means = new double[,] { { -1 }, { 1 }, { 3 } } }, x)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Covariances = [new double[,] { { 1 } }, new double[,] { { 1, 0 }, { 0, 1 } }] }, x)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair with { Covariances = [new double[,] { { 1 } }, new double[,] { { 1, 0 } }] }, x)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => GaussianMixture.LogJoint(Pair, new double[,] { { 0 }, { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(9)]
    // The covariance Σᵢ rᵢ(xᵢ − μ)(xᵢ − μ)ᵀ/N does not change when every sample moves by the same vector (and the mean
    // moves with it), also with ε = 0 (allowed: ε ≥ 0). Shifting by 10⁸ is a numerical test: the deviations xᵢ − μ are
    // still exact to ~10⁻⁸, but a form that relies on Σᵢ rᵢ(xᵢ − μ) = 0 cancelling exactly (such as (xᵢ + μ)(xᵢ − μ)ᵀ,
    // equal in exact arithmetic) is off by ~2·10⁸·N·ulp(10⁸)/N ≈ 1. Seeded soft responsibilities, 20 samples in 2-D.
    public void M_step_covariances_do_not_change_when_the_data_are_shifted_far_away([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(20, 2, -3, 3);
        var r = new double[20, 2];
        for (var i = 0; i < 20; i++)
        {
            r[i, 0] = data.Random.Uniform(0.05, 0.95);
            r[i, 1] = 1 - r[i, 0];
        }

        var shifted = (double[,])x.Clone();
        for (var i = 0; i < 20; i++)
        {
            shifted[i, 0] += 1e8;
            shifted[i, 1] -= 1e8;
        }

        var model = GaussianMixture.MStep(x, r, regularization: 0);
        var moved = GaussianMixture.MStep(shifted, r, regularization: 0);

        moved.Weights.Should().BeApproximately(model.Weights, Tolerance.Tight);
        for (var c = 0; c < 2; c++)
        {
            new[] { moved.Means[c, 0] - 1e8, moved.Means[c, 1] + 1e8 }.Should().BeApproximately([model.Means[c, 0], model.Means[c, 1]], Tolerance.AbsoluteOnly(1e-6), "component {0}", c);
            moved.Covariances[c].Should().BeApproximately(model.Covariances[c], Tolerance.AbsoluteOnly(1e-6), "component {0}", c);
        }
    }

    [Test, Order(10)]
    // Both traces hold the initial mixture and then one entry per EM step, in step: ℓ trace[t] = ℓ(model trace[t]),
    // model trace[t + 1] = MStep(x, Responsibilities(model trace[t], x)), and the last model is the result. The cap counts
    // EM steps and is inclusive: s steps succeed with maxIterations = s and are refused with s − 1 ("converge").
    public void Traces_record_every_EM_step_and_the_cap_allows_exactly_that_many()
    {
        var x = new double[,] { { -2 }, { -1.5 }, { 0.5 }, { 1 }, { 2.5 } };
        var (likelihoods, models) = (new List<double>(), new List<GaussianMixtureModel>());

        var fitted = GaussianMixture.Fit(x, Pair, tolerance: 1e-8, logLikelihoodTrace: likelihoods, modelTrace: models);

        models.Count.Should().BeGreaterThan(2);
        likelihoods.Should().HaveCount(models.Count);
        models[0].Should().BeSameAs(Pair);
        models[^1].Should().BeSameAs(fitted);
        for (var t = 0; t < models.Count; t++)
        {
            likelihoods[t].Should().BeApproximately(GaussianMixture.LogLikelihood(models[t], x), Tolerance.Tight, "entry {0}", t);
            if (t + 1 < models.Count)
            {
                var next = GaussianMixture.MStep(x, GaussianMixture.Responsibilities(models[t], x));
                models[t + 1].Means.Should().BeApproximately(next.Means, Tolerance.Tight, "step {0}", t + 1);
            }
        }

        var steps = models.Count - 1;
        GaussianMixture.Fit(x, Pair, maxIterations: steps, tolerance: 1e-8).Means.Should().BeApproximately(fitted.Means, Tolerance.Tight);
        FluentActions.Invoking(() => GaussianMixture.Fit(x, Pair, maxIterations: steps - 1, tolerance: 1e-8))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(11)]
    // EM stops after the first step whose gain ℓ₁ − ℓ₀ is AT MOST tolerance·max(1, |ℓ₁|). One component on two points
    // ±a, started at N(0, 1): one step reaches the maximum-likelihood fit, and the next step gains exactly 0.
    // a = 0.3: |ℓ₁| ≈ 0.43 < 1, so a tolerance equal to the gain itself stops after one step (gain = tolerance·1).
    // a = 3: |ℓ₁| ≈ 5.0, so the tolerance is relative: gain/|ℓ₁| just above stops after one step, just below does not.
    public void EM_stops_when_a_step_gains_at_most_tolerance_times_max_of_one_and_the_log_likelihood()
    {
        var start = new GaussianMixtureModel([1.0], new double[,] { { 0 } }, [new double[,] { { 1 } }]);
        foreach (var (a, margin, steps) in new[] { (0.3, 1.0, 1), (3.0, 1 + 1e-9, 1), (3.0, 1 - 1e-9, 2) })
        {
            var x = new double[,] { { -a }, { a } };
            var first = GaussianMixture.LogLikelihood(GaussianMixture.MStep(x, GaussianMixture.Responsibilities(start, x)), x);
            var gain = first - GaussianMixture.LogLikelihood(start, x);
            var tolerance = gain / Math.Max(1, Math.Abs(first)) * margin;
            var trace = new List<double>();

            GaussianMixture.Fit(x, start, tolerance: tolerance, logLikelihoodTrace: trace);

            trace.Should().HaveCount(steps + 1, "for a = {0} and tolerance = {1}·gain/max(1, |ℓ₁|)", a, margin);
        }
    }

    private static GaussianMixtureModel Start(double[,] x, int[] rows)
    {
        var d = x.GetLength(1);
        var means = new double[rows.Length, d];
        var covariances = new double[rows.Length][,];
        for (var c = 0; c < rows.Length; c++)
        {
            covariances[c] = new double[d, d];
            for (var j = 0; j < d; j++)
            {
                means[c, j] = x[rows[c], j];
                covariances[c][j, j] = 1;
            }
        }

        return new GaussianMixtureModel([.. rows.Select(_ => 1.0 / rows.Length)], means, covariances);
    }
}
