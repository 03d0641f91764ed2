namespace MathForML.Calculus;

/// <summary>Reference solution: equality-constrained quadratic programs through the KKT system.</summary>
public static class Lagrange
{
    /// <summary>[Q Aᵀ; A 0].</summary>
    public static double[,] KktMatrix(double[,] q, double[,] a)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(a);
        var n = q.GetLength(0);
        if (q.Length == 0)
        {
            throw new ArgumentException("Q is empty: there is nothing to minimise.", nameof(q));
        }

        if (q.GetLength(1) != n)
        {
            throw new ArgumentException($"Q must be square, but it is {n}x{q.GetLength(1)}.", nameof(q));
        }

        RequireSymmetric(q);
        var m = a.GetLength(0);
        if (a.GetLength(1) != n)
        {
            throw new ArgumentException($"A has {a.GetLength(1)} columns but there are {n} variables.", nameof(a));
        }

        if (m > n)
        {
            throw new ArgumentException($"There are more constraints ({m}) than variables ({n}): they cannot be independent.", nameof(a));
        }

        var k = new double[n + m, n + m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                k[i, j] = q[i, j];
            }
        }

        for (var r = 0; r < m; r++)
        {
            for (var j = 0; j < n; j++)
            {
                k[n + r, j] = a[r, j];
                k[j, n + r] = a[r, j];
            }
        }

        return k;
    }

    /// <summary>x and λ from [Q Aᵀ; A 0]·[x; λ] = [−c; b].</summary>
    public static KktSolution Solve(double[,] q, double[] c, double[,] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(b);
        var k = KktMatrix(q, a);
        var (n, m) = (q.GetLength(0), a.GetLength(0));
        if (c.Length != n)
        {
            throw new ArgumentException($"Length mismatch: c has {c.Length} entries but Q is {n}x{n}.", nameof(c));
        }

        if (b.Length != m)
        {
            throw new ArgumentException($"A has {m} rows (constraints) but b has {b.Length} entries.", nameof(b));
        }

        var rhs = new double[n + m];
        for (var i = 0; i < n; i++)
        {
            rhs[i] = -c[i];
        }

        for (var r = 0; r < m; r++)
        {
            rhs[n + r] = b[r];
        }

        var solution = Elimination.TrySolve(k, rhs)
            ?? throw new ArgumentException(
                "The KKT system is singular: the constraints are dependent, or Q is singular on the directions they allow.");
        return new KktSolution(solution[..n], solution[n..]);
    }


    private static void RequireSymmetric(double[,] q)
    {
        var n = q.GetLength(0);
        var largest = 0.0;
        foreach (var entry in q)
        {
            largest = Math.Max(largest, Math.Abs(entry));
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs(q[i, j] - q[j, i]) > 1e-10 * largest)
                {
                    throw new ArgumentException($"Q must be symmetric, but Q[{i}, {j}] = {q[i, j]} and Q[{j}, {i}] = {q[j, i]}.", nameof(q));
                }
            }
        }
    }
}
