namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: 2-D and 3-D rotations, Householder reflections and an orthogonality test.</summary>
public static class OrthogonalMatrices
{
    /// <summary>R(θ) = [cos θ  −sin θ; sin θ  cos θ].</summary>
    public static double[,] Rotation2D(double angle)
    {
        RequireFinite(angle);
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        return new double[,] { { c, -s }, { s, c } };
    }

    /// <summary>Rodrigues: R = I + sin θ·K + (1 − cos θ)·K² = cos θ·I + sin θ·K + (1 − cos θ)·uuᵀ for the unit axis u.</summary>
    public static double[,] Rotation3D(double[] axis, double angle)
    {
        ArgumentNullException.ThrowIfNull(axis);
        if (axis.Length != 3)
        {
            throw new ArgumentException($"A rotation axis in space has 3 entries, but this one has {axis.Length}.", nameof(axis));
        }
        RequireFinite(angle);

        var u = Norms.Normalize(axis, nameof(axis));
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        var k = new double[,]
        {
            { 0, -u[2], u[1] },
            { u[2], 0, -u[0] },
            { -u[1], u[0], 0 },
        };

        var r = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                r[i, j] = (i == j ? c : 0) + (s * k[i, j]) + ((1 - c) * u[i] * u[j]);
            }
        }
        return r;
    }

    /// <summary>H = I − 2uuᵀ with u = n/‖n‖.</summary>
    public static double[,] Reflection(double[] normal)
    {
        ArgumentNullException.ThrowIfNull(normal);
        var u = Norms.Normalize(normal, nameof(normal));
        var n = u.Length;
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] = (i == j ? 1 : 0) - (2 * u[i] * u[j]);
            }
        }
        return h;
    }

    /// <summary>Square, and |(QᵀQ)ᵢⱼ − δᵢⱼ| ≤ tolerance for every i, j.</summary>
    public static bool IsOrthogonal(double[,] q, double tolerance = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (double.IsNaN(tolerance) || tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative.");
        }

        var n = q.GetLength(0);
        if (q.GetLength(1) != n)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double dot = 0;
                for (var k = 0; k < n; k++)
                {
                    dot += q[k, i] * q[k, j];
                }
                if (Math.Abs(dot - (i == j ? 1 : 0)) > tolerance)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static void RequireFinite(double angle)
    {
        if (!double.IsFinite(angle))
        {
            throw new ArgumentOutOfRangeException(nameof(angle), angle, "The angle must be a finite number of radians.");
        }
    }
}
