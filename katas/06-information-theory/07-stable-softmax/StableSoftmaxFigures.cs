using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The stable-softmax kata's figures, drawn from your <see cref="StableSoftmax"/> (read, don't edit).</summary>
public static class StableSoftmaxFigures
{
    /// <summary>The softmax probabilities of four logits as the temperature runs from 0.01 to 100.</summary>
    /// <returns>The plot.</returns>
    [Figure("softmax-over-temperature", "Your StableSoftmax.Softmax of the logits z = (2, 1, 0.5, −1) at temperatures T from 0.01 to 100 (log scale): at small T all the probability goes to the largest logit (the argmax), at T = 1 it is the ordinary softmax, and at large T the four probabilities approach the uniform ¼. The order of the classes never changes — only how sharply they are told apart.")]
    public static Plot SoftmaxOverTemperature()
    {
        double[] logits = [2, 1, 0.5, -1];
        var temperatures = Enumerable.Range(0, 161).Select(i => Math.Pow(10, -2 + (i / 40.0))).ToArray();
        var probabilities = temperatures.Select(t => StableSoftmax.Softmax(logits, t)).ToArray();
        var series = Enumerable.Range(0, logits.Length)
            .Select(k => new Series($"class {k}, z = {logits[k]}", temperatures, [.. probabilities.Select(p => p[k])]));
        return Charts.CurvesOverLogX(
            "Low temperature picks the argmax, high temperature flattens to uniform", "temperature T", "softmax probability",
            series, Alignment.MiddleRight);
    }
}
