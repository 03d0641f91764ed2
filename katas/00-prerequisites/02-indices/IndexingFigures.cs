using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Prerequisites.Figures;

/// <summary>The indices kata's figures, drawn from your <see cref="Indexing"/> methods (read, don't edit).</summary>
public static class IndexingFigures
{
    /// <summary>Early stopping: the epoch with the lowest validation loss, found by your ArgMin.</summary>
    /// <returns>The plot.</returns>
    [Figure("early-stopping", "Training loss falls every epoch, validation loss falls and then rises again; your ArgMin returns the epoch (a C# index) with the lowest validation loss — the model to keep — and ArgMax the worst one, the first epoch.")]
    public static Plot EarlyStopping()
    {
        const int Epochs = 40;
        var random = new SeededRandom(7);
        var epochs = Enumerable.Range(0, Epochs).Select(e => (double)e).ToArray();
        var training = epochs.Select(e => 1.6 / (1 + (0.35 * e))).ToArray();
        var validation = epochs.Select(e => (1.7 / (1 + (0.3 * e))) + (0.02 * e) + (0.02 * random.Gaussian())).ToArray();
        var best = Indexing.ArgMin(validation);
        var worst = Indexing.ArgMax(validation);
        return Charts.CurvesWithPoints(
            "ArgMin picks the epoch with the lowest validation loss",
            "epoch (C# index)",
            "loss",
            [new Series("training loss", epochs, training), new Series("validation loss", epochs, validation)],
            [],
            [
                new Series($"ArgMin(validation) = {best}", [best], [validation[best]]),
                new Series($"ArgMax(validation) = {worst}", [worst], [validation[worst]]),
            ],
            corner: Alignment.UpperRight);
    }
}
