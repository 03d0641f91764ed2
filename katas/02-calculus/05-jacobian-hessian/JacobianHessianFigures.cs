using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The Jacobian-and-Hessian kata's figures, drawn from your <see cref="JacobianHessian.Jacobian"/> (read, don't edit).
/// </summary>
public static class JacobianHessianFigures
{
    /// <summary>The point x₀ = (1, 1).</summary>
    private static readonly double[] X0 = [1, 1];

    /// <summary>The circle radii around x₀.</summary>
    private static readonly double[] Radii = [0.1, 0.3, 0.6];

    /// <summary>f(x, y) = (x² + y, x·y), a non-linear map of the plane.</summary>
    private static double[] Map(double[] v) => [(v[0] * v[0]) + v[1], v[0] * v[1]];

    /// <summary>Images of circles around x₀ under f and under its linearisation with your Jacobian.</summary>
    /// <returns>The plot.</returns>
    [Figure("linearisation", "Circles of radius 0.1, 0.3 and 0.6 around x₀ = (1, 1), mapped by f(x, y) = (x² + y, xy) (solid) and by its linearisation f(x₀) + J·(x − x₀) with the Jacobian J = [[2, 1], [1, 1]] from your Jacobian (dashed): ellipses. For the small circle the two coincide — near x₀ the map is its Jacobian — and the larger the circle, the more f bends away from the ellipse.")]
    public static Plot Linearisation() =>
        Charts.ImagesOfCircles(
            "Near x₀ the map is its Jacobian: small circles become ellipses", Map, X0, JacobianHessian.Jacobian(Map, X0), Radii);
}
