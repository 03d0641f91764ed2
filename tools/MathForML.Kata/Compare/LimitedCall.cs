using System.Diagnostics;
using System.Reflection;

namespace MathForML.Kata.Compare;

/// <summary>One call's outcome: returned a value, threw, or did not return within the limit.</summary>
internal sealed record CallResult(object? Value, Exception? Error, bool Hung)
{
    public bool Returned => !Hung && Error is null;
}

/// <summary>
/// Calls learner (and reference) code on a thread of its own with a generous stack and a time limit. A call that
/// does not return cannot be stopped in .NET; the caller reports it and ends the worker process.
/// </summary>
internal static class LimitedCall
{
    private const int StackBytes = 16 * 1024 * 1024;

    /// <summary>Timing aims for batches of about this long, so that short calls are not lost in timer noise.</summary>
    private static readonly TimeSpan BatchTarget = TimeSpan.FromMilliseconds(0.2);

    private static readonly TimeSpan SlowCall = TimeSpan.FromMilliseconds(50);

    private const int Batches = 9;

    public static CallResult Invoke(MethodInfo method, object?[] arguments, TimeSpan limit)
    {
        object? value = null;
        Exception? error = null;
        var finished = RunLimited(() =>
        {
            try
            {
                value = method.Invoke(null, arguments);
            }
            catch (TargetInvocationException e)
            {
                error = e.InnerException ?? e;
            }
#pragma warning disable CA1031 // Whatever the call throws is reported, never allowed to end the comparison.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error = e;
            }
        }, limit);
        return finished ? new CallResult(value, error, false) : new CallResult(null, null, true);
    }

    /// <summary>The median time per call in nanoseconds over a few batches, or null if the calls threw or took too long.</summary>
    public static double? TimePerCall(MethodInfo method, Func<object?[]> arguments, TimeSpan limit)
    {
        double? median = null;
        RunLimited(() =>
        {
            try
            {
                var args = arguments();
                for (var i = 0; i < 3; i++)
                {
                    method.Invoke(null, args);
                }

                var stopwatch = Stopwatch.StartNew();
                method.Invoke(null, args);
                var single = stopwatch.Elapsed;
                var batch = single >= SlowCall ? 1 : (int)Math.Clamp(Math.Ceiling(BatchTarget.Ticks / Math.Max(1.0, single.Ticks)), 1, 10_000);
                var samples = new List<double>();
                for (var b = 0; b < (single >= SlowCall ? 3 : Batches); b++)
                {
                    stopwatch.Restart();
                    for (var i = 0; i < batch; i++)
                    {
                        method.Invoke(null, args);
                    }

                    samples.Add(stopwatch.Elapsed.TotalNanoseconds / batch);
                }

                samples.Sort();
                median = samples[samples.Count / 2];
            }
#pragma warning disable CA1031 // A method that throws while being timed simply has no timing.
            catch (Exception)
#pragma warning restore CA1031
            {
                median = null;
            }
        }, limit);
        return median;
    }

    private static bool RunLimited(Action action, TimeSpan limit)
    {
        var thread = new Thread(() => action(), StackBytes) { IsBackground = true, Name = "kata compare" };
        thread.Start();
        return thread.Join(limit);
    }
}
