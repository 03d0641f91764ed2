using MathForML.Figures;
using MathForML.Verification;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The iterative-solvers kata's figure, drawn from the residual histories of your three solvers (read, don't edit).</summary>
public static class IterativeSolversFigures
{
    /// <summary>Relative residual per iteration of Jacobi, Gauss–Seidel and CG on the 1-D Laplacian tridiag(−1, 2, −1).</summary>
    /// <returns>The plot.</returns>
    [Figure("residual-histories", "The relative residual ‖b − A·xₖ‖/‖b‖ after each iteration of your Jacobi, GaussSeidel and ConjugateGradient on the 30 × 30 matrix tridiag(−1, 2, −1) (a discrete second derivative: symmetric positive definite, only weakly diagonally dominant, κ ≈ 380) with a seeded b, down to 10⁻¹⁰, iteration count on a log axis. Jacobi's error shrinks by cos(π/31) ≈ 0.995 per sweep and needs thousands of sweeps; Gauss–Seidel, using new values at once, about half as many; conjugate gradients finish within n = 30 iterations.")]
    public static ScottPlot.Plot ResidualHistories()
    {
        const int n = 30;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            a[i, i] = 2;
            if (i > 0)
            {
                (a[i, i - 1], a[i - 1, i]) = (-1, -1);
            }
        }

        var b = new TestData(7).Vector(n);
        var (jacobi, gaussSeidel, cg) = (new List<double>(), new List<double>(), new List<double>());
        IterativeSolvers.Jacobi(a, b, residuals: jacobi);
        IterativeSolvers.GaussSeidel(a, b, residuals: gaussSeidel);
        IterativeSolvers.ConjugateGradient(a, b, residuals: cg);
        static Series History(string label, List<double> h) => new(label, [.. Enumerable.Range(1, h.Count).Select(k => (double)k)], [.. h]);
        return Charts.LogScale(
            "Jacobi needs thousands of sweeps, Gauss–Seidel half, CG at most n",
            "iteration k + 1 (log scale)", "relative residual ‖b − Axₖ‖ / ‖b‖",
            [History($"Jacobi ({jacobi.Count - 1} sweeps)", jacobi), History($"Gauss–Seidel ({gaussSeidel.Count - 1} sweeps)", gaussSeidel), History($"conjugate gradient ({cg.Count - 1} iterations)", cg)]);
    }
}
