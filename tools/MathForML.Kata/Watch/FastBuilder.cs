using System.Text.Json;
using MathForML.Kata.Processes;
using MathForML.Kata.Progress;
using MathForML.Kata.Testing;

namespace MathForML.Kata.Watch;

/// <summary>A build's outcome: the test assembly to run, or the compiler errors.</summary>
internal sealed record FastBuild(bool Succeeded, string? Assembly, IReadOnlyList<BuildError> Errors, string? Problem, bool UsedCompilerDirectly);

/// <summary>
/// Rebuilds one topic project as fast as a save-to-result loop needs, with exactly the compiler options of a normal
/// build (same analyzers, warnings as errors, references):
/// <list type="number">
/// <item>Once, a normal "dotnet build" (restore, project references), then MSBuild is asked for the compiler's command
/// line without compiling (-p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true, as IDEs do).</item>
/// <item>On each save, only the C# compiler runs, with that command line, through a compiler server private to this
/// session (a unique pipe name), so it stays warm; the new assembly and symbols are copied to the output folder.</item>
/// <item>When files are added or removed, or the compiler cannot be called directly, it falls back to MSBuild.</item>
/// </list>
/// Disposing shuts the private compiler server down, so nothing outlives the watch session.
/// </summary>
internal sealed class FastBuilder(string workingDirectory, string project) : IAsyncDisposable
{
    private static readonly TimeSpan CompileLimit = TimeSpan.FromMinutes(5);

    private readonly string pipeName = $"kata-watch-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    private readonly string projectFolder = Path.GetDirectoryName(Path.GetFullPath(project))!;
    private CompilerCommand? command;
    private string? roslynFolder;
    private Task? warmUp;
    private bool warmUpStarted;

    /// <summary>The properties that make MSBuild use the private compiler server.</summary>
    private IReadOnlyList<string> SharedCompilation => ["-p:UseSharedCompilation=true", $"-p:SharedCompilationId={pipeName}"];

    public async Task<FastBuild> BuildAsync(CancellationToken cancellationToken)
    {
        if (warmUp is not null)
        {
            await warmUp.ConfigureAwait(false); // never two compiles at once
            warmUp = null;
        }

        if (command is not null && command.Sources.SetEquals(SourceFiles()))
        {
            var direct = await CompileAsync(command, cancellationToken).ConfigureAwait(false);
            if (direct is not null)
            {
                return direct;
            }
        }

        return await MsBuildAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Compiles once in the background into a scratch folder, so the private compiler server is started and warmed up
    /// (its first compile is the slow one) while the learner reads the first result, not after their first save.
    /// </summary>
    public void StartWarmUp(CancellationToken cancellationToken)
    {
        if (command is null || warmUpStarted)
        {
            return;
        }

        warmUpStarted = true;
        var compiler = command;
        warmUp = Task.Run(
            async () =>
            {
                var scratch = Path.Combine(Path.GetTempPath(), $"{pipeName}-warm-up");
                Directory.CreateDirectory(scratch);
                try
                {
                    // Later options win: the warm-up writes nothing the real build reads.
                    await ProcessRunner.RunAsync(
                        new ProcessRequest(
                            "dotnet",
                            [compiler.CompilerPath, "/noconfig", $"-shared:{pipeName}", "-nologo", "@" + compiler.ResponseFile,
                             $"/out:{Path.Combine(scratch, "warm-up.dll")}", $"/refout:{Path.Combine(scratch, "warm-up.ref.dll")}", $"/doc:{Path.Combine(scratch, "warm-up.xml")}"],
                            projectFolder,
                            CompileLimit),
                        cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped with the session.
                }
                finally
                {
                    try
                    {
                        Directory.Delete(scratch, recursive: true);
                    }
                    catch (IOException)
                    {
                        // A leftover scratch folder in the temp directory is harmless.
                    }
                }
            },
            CancellationToken.None);
    }

    /// <summary>A normal build, then the compiler command line for the next saves.</summary>
    private async Task<FastBuild> MsBuildAsync(CancellationToken cancellationToken)
    {
        var build = await DotnetAsync(["build", project, "-nologo", .. SharedCompilation], TopicRunner.BuildTimeout, cancellationToken).ConfigureAwait(false);
        command = await CaptureAsync(cancellationToken).ConfigureAwait(false);
        if (build.TimedOut)
        {
            return new FastBuild(false, null, [], $"the build did not finish within {TopicRunner.BuildTimeout.TotalMinutes:0} minutes", false);
        }

        if (build.ExitCode != 0)
        {
            var errors = CompilerMessages.Errors(build.AllOutput);
            return new FastBuild(false, null, errors, errors.Count == 0 ? "the build failed: " + TestRun.LastLines(build.AllOutput, 3) : null, false);
        }

        var assembly = command?.TargetPath ?? await TargetPathAsync(cancellationToken).ConfigureAwait(false);
        return new FastBuild(assembly is not null, assembly, [], assembly is null ? "cannot tell where the project builds to" : null, false);
    }

    /// <summary>Runs the compiler alone; null when that did not work out and MSBuild should take over.</summary>
    private async Task<FastBuild?> CompileAsync(CompilerCommand compiler, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(
            new ProcessRequest("dotnet", [compiler.CompilerPath, "/noconfig", $"-shared:{pipeName}", "-nologo", "@" + compiler.ResponseFile], projectFolder, CompileLimit),
            cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            return null;
        }

        if (result.ExitCode != 0)
        {
            var errors = CompilerMessages.Errors(result.AllOutput);
            return errors.Count == 0 ? null : new FastBuild(false, null, errors, null, true);
        }

        try
        {
            File.Copy(compiler.IntermediateAssembly, compiler.TargetPath, overwrite: true);
            var symbols = Path.ChangeExtension(compiler.IntermediateAssembly, ".pdb");
            if (File.Exists(symbols))
            {
                File.Copy(symbols, Path.ChangeExtension(compiler.TargetPath, ".pdb"), overwrite: true);
            }
        }
        catch (IOException)
        {
            return null; // a file in use: let MSBuild's copy (with its retries) do it
        }

        return new FastBuild(true, compiler.TargetPath, [], null, true);
    }

    /// <summary>Asks MSBuild for the compile command line without compiling anything.</summary>
    private async Task<CompilerCommand?> CaptureAsync(CancellationToken cancellationToken)
    {
        var result = await DotnetAsync(
            ["msbuild", project, "-nologo", "-t:Compile", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
             "-p:NonExistentFile=__kata_watch_never_exists__", "-p:BuildProjectReferences=false",
             "-getItem:CscCommandLineArgs", "-getProperty:RoslynTargetsPath", "-getProperty:TargetPath"],
            CompileLimit,
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(result.StandardOutput);
            var properties = json.RootElement.GetProperty("Properties");
            roslynFolder = Path.GetFullPath(properties.GetProperty("RoslynTargetsPath").GetString()!);
            var compiler = Path.Combine(roslynFolder, "bincore", "csc.dll");
            var targetPath = properties.GetProperty("TargetPath").GetString()!;
            var arguments = json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString()!)
                .Where(argument => argument != "/noconfig") // only allowed on the command line itself
                .ToList();
            var output = arguments.FirstOrDefault(a => a.StartsWith("/out:", StringComparison.Ordinal))?["/out:".Length..].Trim('"');
            if (!File.Exists(compiler) || output is null || arguments.Count == 0)
            {
                return null;
            }

            var responseFile = Path.Combine(Path.GetTempPath(), $"{pipeName}.rsp");
            await File.WriteAllLinesAsync(responseFile, arguments, cancellationToken).ConfigureAwait(false);
            return new CompilerCommand(compiler, responseFile, Path.GetFullPath(output, projectFolder), targetPath, SourceFiles());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<string?> TargetPathAsync(CancellationToken cancellationToken)
    {
        var result = await DotnetAsync(["msbuild", project, "-nologo", "-getProperty:TargetPath"], CompileLimit, cancellationToken).ConfigureAwait(false);
        var path = result.StandardOutput.Trim();
        return result.ExitCode == 0 && File.Exists(path) ? path : null;
    }

    /// <summary>The project's C# files (not build output): when this set changes, the command line is stale.</summary>
    private HashSet<string> SourceFiles() =>
        Directory.GetFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !SaveWatcher.IsBuildOutput(projectFolder, f))
            .ToHashSet(StringComparer.Ordinal);

    private Task<ProcessResult> DotnetAsync(IReadOnlyList<string> arguments, TimeSpan limit, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(new ProcessRequest("dotnet", arguments, workingDirectory, limit), cancellationToken);

    /// <summary>Stops the private compiler server and removes the response file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (warmUp is not null)
        {
            await warmUp.ConfigureAwait(false);
        }

        if (command is not null)
        {
            try
            {
                File.Delete(command.ResponseFile);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
        }

        var server = roslynFolder is null ? null : Path.Combine(roslynFolder, "bincore", "VBCSCompiler.dll");
        if (server is not null && File.Exists(server))
        {
            await ProcessRunner.RunAsync(
                new ProcessRequest("dotnet", [server, "-shutdown", $"-pipename:{pipeName}"], workingDirectory, TimeSpan.FromSeconds(30)),
                CancellationToken.None).ConfigureAwait(false);
        }
    }

    private sealed record CompilerCommand(string CompilerPath, string ResponseFile, string IntermediateAssembly, string TargetPath, HashSet<string> Sources);
}
