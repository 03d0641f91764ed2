using System.CommandLine;

namespace MathForML.Kata.Cli;

/// <summary>Arguments and options shared by several commands, and the guard that turns usage problems into exit code 2.</summary>
internal static class CliOptions
{
    /// <summary>Per test run: long enough for a topic's tests, short enough that an endless loop is caught soon.</summary>
    public const int DefaultTestTimeoutSeconds = 60;

    /// <summary>verify also runs whole test projects (the tool's own tests take minutes), so it allows more per run.</summary>
    public const int DefaultVerifyTimeoutSeconds = 600;

    public static Argument<string?> Target(string description = "A topic (00-prerequisites or prerequisites), a kata id (prerequisites/grids) or a unique kata name (grids).")
    {
        var argument = new Argument<string?>("target")
        {
            Description = description,
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectOptionLookalikes(argument);
        return argument;
    }

    public static Argument<string?> Kata(string description)
    {
        var argument = new Argument<string?>("kata") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        RejectOptionLookalikes(argument);
        return argument;
    }

    public static Option<bool> Json() => new("--json") { Description = "Write JSON instead of tables." };

    /// <summary>The default memory limit of a learner's test run: ample for every kata, far below this machine's RAM.</summary>
    public const int DefaultMemoryMegabytes = 2048;

    /// <summary>--memory: the GC heap limit, in MiB, of the test host that runs learner code.</summary>
    public static Option<int> Memory()
    {
        var option = new Option<int>("--memory")
        {
            Description = "MiB of memory allowed to each test run (a kata that allocates more is reported as out-of-memory).",
            HelpName = "MiB",
            DefaultValueFactory = _ => DefaultMemoryMegabytes,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 64)
            {
                result.AddError("--memory must be at least 64 MiB.");
            }
        });
        return option;
    }

    public static long Megabytes(int megabytes) => megabytes * 1024L * 1024L;

    public static Option<int> Timeout(int defaultSeconds, string description)
    {
        var option = new Option<int>("--timeout")
        {
            Description = description,
            HelpName = "seconds",
            DefaultValueFactory = _ => defaultSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
        return option;
    }

    /// <summary>Turns usage problems (no workbook, unknown target, unreadable catalog) into a message and exit code 2.</summary>
    public static async Task<int> Guarded(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Stopped.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    public static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);

    // The parser hands an unknown option to an optional argument; no kata or topic starts with a dash.
    private static void RejectOptionLookalikes(Argument<string?> argument) =>
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}'.");
            }
        });
}
