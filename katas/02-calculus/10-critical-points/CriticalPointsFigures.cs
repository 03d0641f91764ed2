using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The critical-points kata's figures, drawn from your <see cref="CriticalPoints.SymmetricEigenvalues"/> and
/// <see cref="CriticalPoints.ClassifyByHessian"/> (read, don't edit).
/// </summary>
public static class CriticalPointsFigures
{
    /// <summary>The Hessian of f(x, y) = x²/2 + 2xy − y², the same everywhere: [[1, 2], [2, −2]].</summary>
    private static readonly double[,] H = { { 1, 2 }, { 2, -2 } };

    /// <summary>f(x, y) = x²/2 + 2xy − y², whose only critical point is the origin.</summary>
    private static double F(double x, double y) => (x * x / 2) + (2 * x * y) - (y * y);

    /// <summary>The saddle of f at the origin with the Hessian's eigenvector directions.</summary>
    /// <returns>The plot.</returns>
    [Figure("saddle", "The contours of f(x, y) = x²/2 + 2xy − y² around its critical point (0, 0), which your ClassifyByHessian calls a saddle. The Hessian [[1, 2], [2, −2]] has the eigenvalues λ₁ < 0 < λ₂ from your SymmetricEigenvalues; along the eigenvector of λ₂ (arrows, both ways) f curves up, along that of λ₁ it curves down, and the level set f = 0 (bold) crosses itself at the saddle.")]
    public static Plot Saddle()
    {
        var lambda = CriticalPoints.SymmetricEigenvalues(H);
        var kind = CriticalPoints.ClassifyByHessian(H);

        // An eigenvector of the symmetric 2 × 2 matrix for λ: (H₀₁, λ − H₀₀), scaled to length 1.2.
        (double[] From, double[] To)[] Both(double l)
        {
            double[] v = [H[0, 1], l - H[0, 0]];
            var scale = 1.2 / Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]));
            return [([0, 0], [scale * v[0], scale * v[1]]), ([0, 0], [-scale * v[0], -scale * v[1]])];
        }

        return Charts.ContoursWithVectors(
            $"(0, 0) is a {kind.ToString().ToLowerInvariant()}: λ = {lambda[0]:0.###} and {lambda[^1]:0.###}",
            F, (-2, 2), (-2, 2), [],
            [($"f curves up: eigenvector of λ₂ = {lambda[^1]:0.###}", Both(lambda[^1])), ($"f curves down: eigenvector of λ₁ = {lambda[0]:0.###}", Both(lambda[0]))],
            [($"critical point (0, 0): {kind.ToString().ToLowerInvariant()}", [0, 0])],
            ("level set f = 0", [0]), levels: 30, xLabel: "x", yLabel: "y");
    }
}
