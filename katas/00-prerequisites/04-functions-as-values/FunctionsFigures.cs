using MathForML.Figures;
using ScottPlot;

namespace MathForML.Prerequisites.Figures;

/// <summary>The functions-as-values kata's figures, drawn from your <see cref="Functions"/> methods (read, don't edit).</summary>
public static class FunctionsFigures
{
    /// <summary>count evenly spaced points from start to stop (the grids kata's Linspace, written out so that only this kata's methods are needed).</summary>
    private static double[] Grid(double start, double stop, int count) =>
        Enumerable.Range(0, count).Select(k => k == count - 1 ? stop : start + (k * (stop - start) / (count - 1))).ToArray();

    /// <summary>Grid search on a function with two valleys: a coarse grid finds the shallow one, a finer grid the deep one.</summary>
    /// <returns>The plot.</returns>
    [Figure("grid-search", "Your MinimizeOnGrid on f(x) = sin 3x + 0.3(x − 1)²: the 5-point grid (green) lands in the shallow valley near x = −0.44 and never sees the deep one; the 22-point grid (orange, spacing 0.25) finds x = 1.5, next to the true minimum at x ≈ 1.53.")]
    public static Plot GridSearch()
    {
        static double F(double x) => Math.Sin(3 * x) + (0.3 * (x - 1) * (x - 1));
        var fine = Grid(-1.75, 3.5, 400);
        var coarseGrid = Grid(-1.75, 3.5, 5);
        var fineGrid = Grid(-1.75, 3.5, 22);
        var coarseBest = Functions.MinimizeOnGrid(F, coarseGrid);
        var fineBest = Functions.MinimizeOnGrid(F, fineGrid);
        return Charts.CurvesWithPoints(
            "A coarse grid can miss the deepest valley; a finer one finds it",
            "x",
            "f(x)",
            [new Series("f(x) = sin 3x + 0.3(x − 1)²", fine, Functions.Map(fine, F))],
            [new Series("f on 22 grid points", fineGrid, Functions.Map(fineGrid, F)), new Series("f on 5 grid points", coarseGrid, Functions.Map(coarseGrid, F))],
            [
                new Series($"best of 5: x = {coarseBest.X:0.###}, f = {coarseBest.Value:0.###}", [coarseBest.X], [coarseBest.Value]),
                new Series($"best of 22: x = {fineBest.X:0.###}, f = {fineBest.Value:0.###}", [fineBest.X], [fineBest.Value]),
            ],
            corner: Alignment.UpperCenter);
    }

    /// <summary>f ∘ g against g ∘ f for f = sin and g = square, both made by your Compose.</summary>
    /// <returns>The plot.</returns>
    [Figure("composition-order", "With f = sin and g(x) = x², your Compose(f, g) is x ↦ sin(x²), which wiggles faster and faster, and Compose(g, f) is x ↦ (sin x)², which never goes below 0: the order of composition matters.")]
    public static Plot CompositionOrder()
    {
        static double Square(double x) => x * x;
        var xs = Grid(-3.5, 3.5, 600);
        return Charts.Curves(
            "f ∘ g ≠ g ∘ f: sin(x²) and (sin x)²",
            "x",
            "value",
            [new Series("(f ∘ g)(x) = sin(x²)", xs, Functions.Map(xs, Functions.Compose(Math.Sin, Square))), new Series("(g ∘ f)(x) = (sin x)²", xs, Functions.Map(xs, Functions.Compose(Square, Math.Sin)))]);
    }
}
