namespace MathForML.Figures.Tests;

/// <summary>The recurring kinds reject what they cannot draw, with a message that names the problem.</summary>
public class ChartsTests
{
    [Test]
    public void A_linear_map_of_the_plane_must_be_two_by_two()
    {
        FluentActions.Invoking(() => Charts.LinearMap("map", new double[3, 2], []))
            .Should().Throw<ArgumentException>().WithParameterName("a").WithMessage("*2 × 2*3 × 2*");
    }

    [Test]
    public void A_histogram_needs_samples()
    {
        FluentActions.Invoking(() => Charts.HistogramWithDensity("h", "x", [], _ => 1))
            .Should().Throw<ArgumentException>().WithParameterName("samples").WithMessage("*empty*");
    }

    [Test]
    public void A_log_scale_leaves_out_values_it_cannot_draw()
    {
        // An exact zero error is common (the answer was exact): it must not break the figure.
        var plot = Charts.LogScale("errors", "h", "error", [new Series("e", [1e-3, 1e-2, 1e-1], [0, 1e-8, double.NaN])]);

        var drawn = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints();
        drawn.Should().ContainSingle().Which.Should().Be(new ScottPlot.Coordinates(-2, -8));
    }

    [Test]
    public void Series_colours_cycle_through_the_colour_blind_safe_palette()
    {
        FigureStyle.Series(0).Should().Be(FigureStyle.Palette[0]);
        FigureStyle.Series(FigureStyle.Palette.Count + 1).Should().Be(FigureStyle.Palette[1]);
        FigureStyle.Palette.Should().OnlyHaveUniqueItems().And.NotContain(FigureStyle.Reference);
    }
}
