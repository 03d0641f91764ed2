using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The schedules kata's figure, drawn from your <see cref="LearningRateSchedules"/> (read, don't edit).</summary>
public static class LearningRateSchedulesFigures
{
    /// <summary>Four schedules over 100 steps.</summary>
    /// <returns>The plot.</returns>
    [Figure("schedules", "Your schedules over 100 steps from η₀ = 1: step decay (γ = 0.5 every 25 steps) drops exactly at t = 25, 50, 75; exponential decay (γ = 0.97) falls smoothly; cosine annealing (T = 100, ηmin = 0.05) is flat at both ends; warm-up then cosine (W = 10) ramps linearly to the peak at t = 10 and then follows a cosine to ηmin at t = 100.")]
    public static Plot Schedules()
    {
        var t = Enumerable.Range(0, 101).Select(k => (double)k).ToArray();
        return Charts.Curves(
            "Learning-rate schedules: drops, decays and a warm-up", "step t", "learning rate ηₜ",
            [
                Series.Of("step, γ = 0.5 every 25", t, k => LearningRateSchedules.Step(1, 0.5, 25, (int)k)),
                Series.Of("exponential, γ = 0.97", t, k => LearningRateSchedules.Exponential(1, 0.97, (int)k)),
                Series.Of("cosine, T = 100", t, k => LearningRateSchedules.Cosine(1, 0.05, 100, (int)k)),
                Series.Of("warm-up 10, then cosine", t, k => LearningRateSchedules.WarmupCosine(1, 0.05, 10, 100, (int)k)),
            ]);
    }
}
