using MathForML.Figures;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The weight-initialisation kata's figure, drawn from your <see cref="WeightInitialization.PreActivationVariances"/> (read, don't edit).</summary>
public static class WeightInitializationFigures
{
    /// <summary>The variance of the pre-activations through 10 layers for six scheme–activation pairs.</summary>
    /// <returns>The plot.</returns>
    [Figure("variance-through-depth", "Var(zₗ) at each of 10 layers of width 200 (50 samples, System.Random(1)), computed by your PreActivationVariances, on a log scale. He with ReLU and Xavier with linear layers stay flat; Xavier with tanh sinks slowly; Xavier with ReLU halves at every layer; naive N(0, 1) weights multiply the variance by 100 per ReLU layer, and N(0, 0.01²) weights divide it by 50.")]
    public static Plot VarianceThroughDepth()
    {
        var layers = Enumerable.Range(1, 10).Select(l => (double)l).ToArray();
        Series Run(string label, InitScheme scheme, Func<double, double> activation) =>
            new(label, layers, WeightInitialization.PreActivationVariances(scheme, activation, 200, 10, 50, new Random(1)));
        var plot = Charts.LogScale(
            "Xavier and He keep the signal's scale; naive weights explode or vanish",
            "layer l", "variance of the pre-activations zₗ",
            [
                Run("He, ReLU", InitScheme.He, z => Math.Max(0, z)),
                Run("Xavier, linear", InitScheme.Xavier, z => z),
                Run("Xavier, tanh", InitScheme.Xavier, Math.Tanh),
                Run("Xavier, ReLU", InitScheme.Xavier, z => Math.Max(0, z)),
                Run("N(0, 1), ReLU", InitScheme.StandardNormal, z => Math.Max(0, z)),
                Run("N(0, 0.01²), tanh", InitScheme.SmallNormal, Math.Tanh),
            ],
            logX: false, markers: true);
        FigureStyle.Legend(plot, Alignment.LowerLeft);
        return plot;
    }
}
