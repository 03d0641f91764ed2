namespace MathForML.Prerequisites;

/// <summary>
/// Functions as values: composition, map, reduce (a left fold) and grid search, each taking functions as arguments.
/// </summary>
/// <remarks>Lesson: katas/00-prerequisites/04-functions-as-values/README.md</remarks>
public static class Functions
{
    /// <summary>
    /// The composition f ∘ g: the function x ↦ f(g(x)). g is applied first, then f.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="g"/> is null (checked when Compose is called).</exception>
    public static Func<double, double> Compose(Func<double, double> f, Func<double, double> g)
    {
        // TODO: return a lambda that feeds g's output into f.
        throw new NotImplementedException("TODO Functions.Compose: return the function x ↦ f(g(x)).");
    }

    /// <summary>
    /// Map: a new array with result[i] = f(values[i]); the input is left untouched.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="f"/> is null.</exception>
    public static double[] Map(double[] values, Func<double, double> f)
    {
        // TODO: allocate the result and fill entry i with f(values[i]).
        throw new NotImplementedException("TODO Functions.Map: return a new array holding f(xᵢ) for every entry.");
    }

    /// <summary>
    /// Reduce (a left fold): combine(…combine(combine(seed, values[0]), values[1])…, values[n − 1]),
    /// the entries taken from first to last. An empty array gives back the seed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="combine"/> is null.</exception>
    public static double Reduce(double[] values, double seed, Func<double, double, double> combine)
    {
        // TODO: one accumulator, one loop, entries taken from first to last.
        throw new NotImplementedException("TODO Functions.Reduce: fold the entries from the left, starting at seed.");
    }

    /// <summary>
    /// Grid search: the grid point x at which f is smallest, with the value f(x). Points where f is NaN
    /// (outside its domain, e.g. log of a negative number) are skipped; on ties the first point wins.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="grid"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="grid"/> is empty ("empty"), or f is NaN at every grid point ("NaN").
    /// </exception>
    public static (double X, double Value) MinimizeOnGrid(Func<double, double> f, double[] grid)
    {
        // TODO: evaluate f at every point once and keep the best (point, value) pair seen so far.
        throw new NotImplementedException("TODO Functions.MinimizeOnGrid: return the grid point where f is smallest, and f there.");
    }
}
