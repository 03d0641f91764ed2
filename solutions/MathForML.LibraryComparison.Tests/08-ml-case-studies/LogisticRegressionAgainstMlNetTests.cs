using MathForML.CaseStudies;
using MathForML.Verification;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace MathForML.LibraryComparison.Tests.CaseStudies;

/// <summary>
/// The logistic-regression reference (Newton/IRLS) against ML.NET's <see cref="LbfgsLogisticRegressionBinaryTrainer"/>
/// on the kata's iris problem: versicolor (0) against virginica (1) by petal length and width, the same seeded 70/30
/// split, both features standardised by the training part. With L1 and L2 set to 0 ML.NET minimises the same mean
/// log-loss, which on these overlapping classes is strictly convex with a finite minimiser; so both must find the same
/// β = [b, w₁, w₂], Newton to rounding level and L-BFGS to its stopping rule, and classify the held-out flowers alike.
/// Standardising changes nothing for Newton, which is affine invariant, but keeps L-BFGS's problem well conditioned.
/// </summary>
public class LogisticRegressionAgainstMlNetTests
{
    [Test]
    // ML.NET stops when the loss improved by less than a relative 10⁻⁷ on average over its last 5 iterations, and it
    // computes in single precision: its loss may exceed the minimum L(β̂) ≈ 0.090 by about 10⁻⁷·L ≈ 10⁻⁸, never fall
    // below it (rounding aside). A loss gap δ allows a distance ‖β − β̂‖ ≤ √(2δ/μ), with μ ≈ 1.1·10⁻³ the smallest
    // eigenvalue of the Hessian at β̂ (flat, because most flowers are classified with confidence): about 4·10⁻³.
    public void Both_solvers_reach_the_same_coefficients_within_what_the_stopping_rule_allows()
    {
        var (train, _) = Problem();

        var reference = LogisticRegression.FitNewton(train.Features, train.Labels);
        var library = FitMlNet(train.Features, train.Labels).Coefficients;

        var gap = LogisticRegression.LogLoss(train.Features, train.Labels, library) - LogisticRegression.LogLoss(train.Features, train.Labels, reference);
        gap.Should().BeInRange(-1e-12, 1e-8);
        library.Should().BeApproximately(reference, Tolerance.AbsoluteOnly(5e-3));
    }

    [Test]
    // Coefficients this close move no held-out flower across the boundary: the 30 predictions are the same (28 right,
    // as the kata measures). The probabilities agree to 10⁻²: a coefficient error of 5·10⁻³ on [1, x₁, x₂] with
    // standardised features below 3 moves the score by at most 0.035, and σ's slope is at most ¼.
    public void Both_models_classify_the_held_out_flowers_alike()
    {
        var (train, test) = Problem();

        var reference = LogisticRegression.FitNewton(train.Features, train.Labels);
        var library = FitMlNet(train.Features, train.Labels);
        var predicted = library.Predict(test.Features);

        predicted.Labels.Should().Equal(LogisticRegression.Predict(test.Features, reference));
        predicted.Probabilities.Should().BeApproximately(LogisticRegression.PredictProbability(test.Features, reference), Tolerance.AbsoluteOnly(1e-2));
        predicted.Labels.Zip(test.Labels, (p, t) => p == t ? 1 : 0).Sum().Should().Be(28);
    }

    /// <summary>The kata's problem: versicolor 0, virginica 1, petal length and width, split 70/30 with seed 15, standardised by the training part.</summary>
    private static (LabelledData Train, LabelledData Test) Problem()
    {
        var iris = DataSets.Iris();
        var flowers = iris.Rows([.. Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] > 0)]);
        flowers = flowers with
        {
            // Columns 2 and 3: petal length and width; labels 1, 2 become 0, 1.
            Features = Oracle.ToMatrix(flowers.Features).SubMatrix(0, flowers.Count, 2, 2).ToArray(),
            FeatureNames = flowers.FeatureNames[2..],
            Labels = [.. flowers.Labels.Select(l => l - 1)],
        };
        var (train, test) = flowers.Split(70, seed: 15);
        return (train.StandardisedBy(train), test.StandardisedBy(train));
    }

    /// <summary>ML.NET's L-BFGS logistic regression without regularisation, on one thread, default stopping rule.</summary>
    private static MlNetModel FitMlNet(double[,] x, int[] y)
    {
        var ml = new MLContext(seed: 0);
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = 0,
            L2Regularization = 0,
            NumberOfThreads = 1,
        }).Fit(MlNetData.Load(ml, x, y));
        var linear = model.Model.SubModel;
        return new MlNetModel(ml, model, [linear.Bias, .. linear.Weights.Select(w => (double)w)]);
    }

    /// <summary>A fitted ML.NET model and its coefficients in the reference's order, β = [b, w₁, …, wₚ].</summary>
    private sealed record MlNetModel(MLContext Ml, ITransformer Model, double[] Coefficients)
    {
        public (int[] Labels, double[] Probabilities) Predict(double[,] x)
        {
            var scored = Ml.Data.CreateEnumerable<Prediction>(Model.Transform(MlNetData.Load(Ml, x)), reuseRowObject: false).ToArray();
            return ([.. scored.Select(p => p.PredictedLabel ? 1 : 0)], [.. scored.Select(p => (double)p.Probability)]);
        }
    }

    private sealed class Prediction
    {
        public bool PredictedLabel { get; set; }

        public float Probability { get; set; }
    }
}
