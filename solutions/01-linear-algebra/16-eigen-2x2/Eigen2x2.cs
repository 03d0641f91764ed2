using System.Numerics;

namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: the eigenvalues of a 2×2 matrix in closed form, from λ² − tr(A)·λ + det(A) = 0,
/// with a quadratic formula that never subtracts two nearly equal numbers.
/// </summary>
public static class Eigen2x2
{
    /// <summary>Both eigenvalues; real ones largest first, a complex pair with positive imaginary part first.</summary>
    public static (Complex First, Complex Second) Eigenvalues(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.GetLength(0) != 2 || a.GetLength(1) != 2)
        {
            throw new ArgumentException($"The matrix must be 2x2; it is {a.GetLength(0)}×{a.GetLength(1)}.", nameof(a));
        }

        // Eigenvalues scale with the matrix: work on A / max|aᵢⱼ| so that no square below can overflow.
        var scale = Math.Max(Math.Max(Math.Abs(a[0, 0]), Math.Abs(a[0, 1])), Math.Max(Math.Abs(a[1, 0]), Math.Abs(a[1, 1])));
        if (scale == 0)
        {
            return (Complex.Zero, Complex.Zero);
        }
        var (p, q, r, s) = (a[0, 0] / scale, a[0, 1] / scale, a[1, 0] / scale, a[1, 1] / scale);

        // λ = m ± √((m² − det)) with m = tr/2; m² − det = ((p − s)/2)² + qr, which avoids the cancellation in m² − det.
        var mean = (p + s) / 2;
        var halfGap = (p - s) / 2;
        var discriminant = (halfGap * halfGap) + (q * r);
        if (discriminant < 0)
        {
            var imaginary = Math.Sqrt(-discriminant) * scale;
            return (new Complex(mean * scale, imaginary), new Complex(mean * scale, -imaginary));
        }

        // Add the root with the sign of m (no cancellation), then get the other eigenvalue from λ₁λ₂ = det.
        var root = Math.Sqrt(discriminant);
        var far = mean >= 0 ? mean + root : mean - root;
        var near = far == 0 ? 0 : ((p * s) - (q * r)) / far;
        var (first, second) = far >= near ? (far, near) : (near, far);
        return (first * scale, second * scale);
    }
}
