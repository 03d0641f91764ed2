using System.Reflection;
using System.Runtime.Loader;

namespace MathForML.Kata.Compare;

/// <summary>
/// A collectible load context for one side of a comparison (the learner's kata assembly or the solution library), or
/// for the assembly whose figures are drawn. The two sides of a comparison define the same type names, so each lives
/// in a context of its own. Dependencies come from the assembly's deps.json,
/// then from the probe folders (a class library's bin has no copy of its packages; the kata project's bin does);
/// framework assemblies come from the default context, so double[] and Func&lt;double, double&gt; are shared.
/// </summary>
internal sealed class SideLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? resolver;
    private readonly IReadOnlyList<string> probeFolders;

    public SideLoadContext(string name, string mainAssembly, IReadOnlyList<string> probeFolders)
        : base(name, isCollectible: true)
    {
        this.probeFolders = probeFolders;
        try
        {
            resolver = new AssemblyDependencyResolver(mainAssembly);
        }
        catch (InvalidOperationException)
        {
            resolver = null; // no usable deps.json: the probe folders still work
        }

        Main = LoadFromAssemblyPath(Path.GetFullPath(mainAssembly));
    }

    public Assembly Main { get; }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null && assemblyName.Name is { } simpleName)
        {
            path = probeFolders.Select(folder => Path.Combine(folder, simpleName + ".dll")).FirstOrDefault(File.Exists);
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <summary>Native libraries (SkiaSharp's, for figures) from the runtimes/ folders the deps.json names.</summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
