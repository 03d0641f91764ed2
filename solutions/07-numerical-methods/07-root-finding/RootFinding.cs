namespace MathForML.NumericalMethods;

/// <summary>Reference solution: bisection, secant, Newton and the observed order of convergence.</summary>
public static class RootFinding
{
    /// <summary>Halving a sign-changing bracket.</summary>
    public static double Bisection(
        Func<double, double> f, double a, double b, double tolerance = 1e-12, int maxIterations = 200, IList<double>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireSettings(tolerance, maxIterations);
        if (!double.IsFinite(a) || !double.IsFinite(b) || a >= b)
        {
            throw new ArgumentException($"The interval [{a}, {b}] must be finite with a < b.");
        }

        var (fa, fb) = (f(a), f(b));
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        // Compare signs rather than multiplying: f(a)·f(b) can underflow to 0 or overflow.
        if (Math.Sign(fa) == Math.Sign(fb))
        {
            throw new ArgumentException($"f(a) = {fa} and f(b) = {fb} have the same sign: [a, b] brackets no root.");
        }

        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var m = a + ((b - a) / 2); // never outside [a, b], unlike (a + b)/2 near overflow
            trace?.Add(m);
            var fm = f(m);
            if (fm == 0 || (b - a) / 2 <= tolerance * Math.Max(1, Math.Abs(m)))
            {
                return m;
            }

            if (Math.Sign(fm) == Math.Sign(fa))
            {
                (a, fa) = (m, fm);
            }
            else
            {
                b = m;
            }
        }

        throw new InvalidOperationException($"Bisection did not converge in {maxIterations} iterations.");
    }

    /// <summary>Secant steps.</summary>
    public static double Secant(
        Func<double, double> f, double x0, double x1, double tolerance = 1e-12, int maxIterations = 100, IList<double>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireSettings(tolerance, maxIterations);
        if (!double.IsFinite(x0) || !double.IsFinite(x1) || x0 == x1)
        {
            throw new ArgumentException($"The two starts must be finite and distinct; they are {x0} and {x1}.");
        }

        trace?.Add(x0);
        trace?.Add(x1);
        var (f0, f1) = (f(x0), f(x1));
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (f1 == 0)
            {
                return x1;
            }

            if (f1 == f0)
            {
                throw new InvalidOperationException($"The secant through x = {x0} and {x1} is flat: f has the same value at both.");
            }

            var step = f1 * (x1 - x0) / (f1 - f0);
            (x0, f0) = (x1, f1);
            x1 -= step;
            trace?.Add(x1);
            if (Math.Abs(step) <= tolerance * Math.Max(1, Math.Abs(x1)))
            {
                return x1;
            }

            f1 = f(x1);
        }

        throw new InvalidOperationException($"The secant method did not converge in {maxIterations} iterations.");
    }

    /// <summary>Newton steps.</summary>
    public static double Newton(
        Func<double, double> f, Func<double, double> fPrime, double x0, double tolerance = 1e-12, int maxIterations = 100, IList<double>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(fPrime);
        RequireSettings(tolerance, maxIterations);
        if (!double.IsFinite(x0))
        {
            throw new ArgumentException($"The start must be finite; it is {x0}.", nameof(x0));
        }

        var x = x0;
        trace?.Add(x);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var value = f(x);
            if (value == 0)
            {
                return x;
            }

            var slope = fPrime(x);
            if (slope == 0)
            {
                throw new InvalidOperationException($"Newton's step is undefined: zero derivative at x = {x}.");
            }

            var step = value / slope;
            x -= step;
            trace?.Add(x);
            if (Math.Abs(step) <= tolerance * Math.Max(1, Math.Abs(x)))
            {
                return x;
            }
        }

        throw new InvalidOperationException($"Newton's method did not converge in {maxIterations} iterations.");
    }

    /// <summary>The slope of ln eₖ₊₁ against ln eₖ.</summary>
    public static double ObservedOrder(IReadOnlyList<double> iterates, double root)
    {
        ArgumentNullException.ThrowIfNull(iterates);
        var floor = 1e-13 * Math.Max(1, Math.Abs(root));
        var pairs = new List<(double U, double V)>();
        for (var k = 0; k + 1 < iterates.Count; k++)
        {
            var (now, next) = (Math.Abs(iterates[k] - root), Math.Abs(iterates[k + 1] - root));
            if (now > floor && next > floor)
            {
                pairs.Add((Math.Log(now), Math.Log(next)));
            }
        }

        if (pairs.Count < 2)
        {
            throw new ArgumentException($"An order needs at least two pairs, i.e. three usable iterates; there are {pairs.Count} pairs.", nameof(iterates));
        }

        var (meanU, meanV) = (pairs.Average(p => p.U), pairs.Average(p => p.V));
        var spread = pairs.Sum(p => (p.U - meanU) * (p.U - meanU));
        if (spread == 0)
        {
            throw new ArgumentException("The errors do not vary: no order can be fitted.", nameof(iterates));
        }

        return pairs.Sum(p => (p.U - meanU) * (p.V - meanV)) / spread;
    }

    private static void RequireSettings(double tolerance, int maxIterations)
    {
        if (double.IsNaN(tolerance) || tolerance <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
    }
}
