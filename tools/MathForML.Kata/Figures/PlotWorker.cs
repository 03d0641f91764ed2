using System.Reflection;
using System.Text.Json;
using MathForML.Kata.Compare;

namespace MathForML.Kata.Figures;

/// <summary>
/// Runs in a child process: loads the kata (or reference) assembly with its dependencies (ScottPlot and its native
/// SkiaSharp come from the assembly's deps.json) and lets MathForML.Figures draw each requested class. The tool itself
/// never references ScottPlot; whatever the learner's code does here, only this process suffers.
/// </summary>
internal static class PlotWorker
{
    public const string CommandName = "__plot-worker";

    public static int Run(string requestPath, TextWriter output)
    {
        var request = JsonSerializer.Deserialize<PlotRequest>(File.ReadAllText(requestPath), PlotProtocol.Json)
            ?? throw new InvalidOperationException("The plot request is empty.");
        var context = new SideLoadContext("figures", request.Assembly, [Path.GetDirectoryName(Path.GetFullPath(request.Assembly))!]);
        var runner = context.LoadFromAssemblyName(new AssemblyName("MathForML.Figures")).GetType("MathForML.Figures.FigureRunner", throwOnError: true)!;
        var drawAll = runner.GetMethod("DrawAll") ?? throw new InvalidOperationException("MathForML.Figures.FigureRunner.DrawAll is missing.");
        foreach (var job in request.Jobs)
        {
            output.WriteLine(PlotProtocol.JobPrefix + job.Type);
            output.Flush();
            var figures = context.Main.GetType(job.Type);
            if (figures is null)
            {
                output.WriteLine(PlotProtocol.OutcomePrefix + JsonSerializer.Serialize(
                    new FigureOutcome("*", FigureOutcome.Failed, $"{job.Type} is not in {Path.GetFileName(request.Assembly)}", []), PlotProtocol.Json));
                continue;
            }

            drawAll.Invoke(null, [figures, job.Folder, request.Png, request.Svg, output]);
        }

        return 0;
    }
}
