namespace MathForML.Optimization;

/// <summary>Reference solution: pure Newton's method and BFGS with an Armijo line search.</summary>
public static class SecondOrderMethods
{
    /// <summary>xₖ₊₁ = xₖ + pₖ with H(xₖ)pₖ = −∇f(xₖ), solved by Cholesky; stops when ‖∇f(xₖ)‖ ≤ tolerance.</summary>
    public static SecondOrderResult Newton(
        Func<double[], double[]> gradient,
        Func<double[], double[,]> hessian,
        double[] x0,
        double tolerance = 1e-10,
        int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(hessian);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var n = x0.Length;
        var x = (double[])x0.Clone();
        List<double[]> iterates = [(double[])x.Clone()];
        for (var k = 0; ; k++)
        {
            var g = OptimizerGuard.Gradient(gradient, x);
            if (OptimizerGuard.Norm(g) <= tolerance)
            {
                return new SecondOrderResult(x, iterates, [], 0);
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"Newton's method did not converge in {maxIterations} iterations (‖∇f‖ = {OptimizerGuard.Norm(g):g3}).");
            }

            var h = hessian((double[])x.Clone());
            if (h is null || h.GetLength(0) != n || h.GetLength(1) != n)
            {
                throw new ArgumentException($"The Hessian must be {n} × {n}, like x.", nameof(hessian));
            }

            // The Newton step minimises the quadratic model: H p = −g. Cholesky solves it and, by failing, reports an H
            // that is not positive definite (where the model has no minimum and p need not point downhill).
            var p = SolveCholesky(h, [.. g.Select(v => -v)]);
            for (var i = 0; i < n; i++)
            {
                x[i] += p[i];
            }

            OptimizerGuard.RequireFiniteIterate(x, k + 1);
            iterates.Add((double[])x.Clone());
        }
    }

    /// <summary>BFGS from H₀ = I with Armijo backtracking; the update is skipped when sᵀy ≤ 0.</summary>
    public static SecondOrderResult Bfgs(
        Func<double[], double> f,
        Func<double[], double[]> gradient,
        double[] x0,
        double tolerance = 1e-8,
        int maxIterations = 1000)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var n = x0.Length;
        var x = (double[])x0.Clone();
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            h[i, i] = 1;
        }

        List<double[]> iterates = [(double[])x.Clone()];
        List<double[,]> inverses = [(double[,])h.Clone()];
        var skipped = 0;
        var g = OptimizerGuard.Gradient(gradient, x);
        for (var k = 0; ; k++)
        {
            if (OptimizerGuard.Norm(g) <= tolerance)
            {
                return new SecondOrderResult(x, iterates, inverses, skipped);
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"BFGS did not converge in {maxIterations} iterations (‖∇f‖ = {OptimizerGuard.Norm(g):g3}).");
            }

            var direction = Multiply(h, g);
            for (var i = 0; i < n; i++)
            {
                direction[i] = -direction[i];
            }

            var t = LineSearch.Backtracking(f, x, g, direction);
            var s = direction.Select(d => t * d).ToArray();
            for (var i = 0; i < n; i++)
            {
                x[i] += s[i];
            }

            OptimizerGuard.RequireFiniteIterate(x, k + 1);
            var next = OptimizerGuard.Gradient(gradient, x);
            var y = next.Select((v, i) => v - g[i]).ToArray();
            g = next;

            // Curvature condition: only sᵀy > 0 keeps H positive definite (then H⁺y = s is solvable by a PD matrix).
            var sy = OptimizerGuard.Dot(s, y);
            if (sy > 0)
            {
                UpdateInverse(h, s, y, 1 / sy);
            }
            else
            {
                skipped++;
            }

            iterates.Add((double[])x.Clone());
            inverses.Add((double[,])h.Clone());
        }
    }

    /// <summary>
    /// H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, expanded with u = Hy as H − ρ(suᵀ + usᵀ) + (ρ²yᵀu + ρ)ssᵀ: each entry is
    /// computed from a symmetric expression, so H stays exactly symmetric.
    /// </summary>
    private static void UpdateInverse(double[,] h, double[] s, double[] y, double rho)
    {
        var u = Multiply(h, y);
        var coefficient = (rho * rho * OptimizerGuard.Dot(y, u)) + rho;
        for (var i = 0; i < s.Length; i++)
        {
            for (var j = 0; j < s.Length; j++)
            {
                h[i, j] += (coefficient * s[i] * s[j]) - (rho * ((s[i] * u[j]) + (u[i] * s[j])));
            }
        }
    }

    private static double[] Multiply(double[,] a, double[] v)
    {
        var result = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            for (var j = 0; j < v.Length; j++)
            {
                result[i] += a[i, j] * v[j];
            }
        }

        return result;
    }

    /// <summary>Solves A z = b for symmetric positive definite A via A = LLᵀ, forward then back substitution.</summary>
    private static double[] SolveCholesky(double[,] a, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j, j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= l[j, k] * l[j, k];
            }

            if (!(diagonal > 0))
            {
                throw new InvalidOperationException("The Hessian is not positive definite: the Newton step is not a descent direction.");
            }

            l[j, j] = Math.Sqrt(diagonal);
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = sum / l[j, j];
            }
        }

        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * z[k];
            }

            z[i] = sum / l[i, i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = z[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * z[k];
            }

            z[i] = sum / l[i, i];
        }

        return z;
    }
}
