using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The Lagrange-multipliers kata's figures, drawn from your <see cref="Lagrange.Solve"/> (read, don't edit).
/// </summary>
public static class LagrangeFigures
{
    /// <summary>Q = [[2, 1], [1, 2]]: tilted elliptic level sets.</summary>
    private static readonly double[,] Q = { { 2, 1 }, { 1, 2 } };

    /// <summary>c = (−3, −3): the unconstrained minimum is Q⁻¹(−c) = (1, 1).</summary>
    private static readonly double[] C = [-3, -3];

    /// <summary>The constraint x + 2y = 0.5 (A = [1 2], b = 0.5).</summary>
    private static readonly double[,] A = { { 1, 2 } };

    /// <summary>Its right-hand side.</summary>
    private static readonly double[] B = [0.5];

    /// <summary>No constraints at all, for the unconstrained minimum.</summary>
    private static readonly double[,] NoConstraints = new double[0, 2];

    /// <summary>f(x, y) = ½[x y]Q[x y]ᵀ + cᵀ[x y]ᵀ.</summary>
    private static double F(double x, double y) =>
        (0.5 * ((Q[0, 0] * x * x) + (2 * Q[0, 1] * x * y) + (Q[1, 1] * y * y))) + (C[0] * x) + (C[1] * y);

    /// <summary>The constrained minimum where the line touches a level set, with ∇f and ∇g there.</summary>
    /// <returns>The plot.</returns>
    [Figure("tangent-level-set", "Minimise f = ½xᵀQx + cᵀx (Q = [[2, 1], [1, 2]], c = (−3, −3); grey level sets) on the line g(x) = x + 2y − 0.5 = 0. Your Solve finds x* = (1, −0.25) and λ = 1.25: there the line is tangent to the level set f = f(x*) (bold), and ∇f = Qx* + c and ∇g = (1, 2), both drawn at half length, are parallel with ∇f = −λ∇g. With no constraint (A with zero rows) Solve returns the centre of the ellipses, (1, 1).")]
    public static Plot TangentLevelSet()
    {
        var solution = Lagrange.Solve(Q, C, A, B);
        var free = Lagrange.Solve(Q, C, NoConstraints, []);
        var x = solution.X;
        double[] gradF = [(Q[0, 0] * x[0]) + (Q[0, 1] * x[1]) + C[0], (Q[1, 0] * x[0]) + (Q[1, 1] * x[1]) + C[1]];
        double[] gradG = [A[0, 0], A[0, 1]];
        double[] Half(double[] v) => [x[0] + (v[0] / 2), x[1] + (v[1] / 2)];
        var lineXs = new[] { -6.0, 8.0 };
        var line = new Series("constraint x + 2y = 0.5", lineXs, lineXs.Select(t => (B[0] - (A[0, 0] * t)) / A[0, 1]).ToArray());
        return Charts.ContoursWithVectors(
            $"At x* the line touches a level set: ∇f = −λ∇g, λ = {solution.Lambda[0]:0.###}",
            F, (-1, 3), (-1.9, 1.9), [line],
            [("½∇f at x*", [(x, Half(gradF))]), ("½∇g at x*", [(x, Half(gradG))])],
            [($"x* = ({x[0]:0.##}, {x[1]:0.##})", x), ($"unconstrained minimum ({free.X[0]:0.##}, {free.X[1]:0.##})", free.X)],
            ("level set f = f(x*)", [F(x[0], x[1])]), levels: 18, legend: Alignment.UpperLeft, xLabel: "x", yLabel: "y");
    }
}
