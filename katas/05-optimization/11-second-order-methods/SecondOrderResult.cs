namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): what a run of <see cref="SecondOrderMethods.Newton"/> or
/// <see cref="SecondOrderMethods.Bfgs"/> returns — the minimiser and the whole history, so that tests and figures can
/// measure convergence rates and inspect BFGS's inverse-Hessian approximations.
/// </summary>
/// <param name="Minimizer">The first iterate whose gradient norm is at most the tolerance (a new array).</param>
/// <param name="Iterates">Copies of x₀, x₁, …, x_K, where K is the number of steps taken.</param>
/// <param name="InverseHessians">
/// BFGS: copies of H₀ = I, H₁, …, H_K, one per iterate (Hₖ is the matrix used to step from xₖ). Newton: empty.
/// </param>
/// <param name="SkippedUpdates">BFGS: how many updates were skipped because sᵀy ≤ 0. Newton: 0.</param>
public sealed record SecondOrderResult(
    double[] Minimizer,
    IReadOnlyList<double[]> Iterates,
    IReadOnlyList<double[,]> InverseHessians,
    int SkippedUpdates)
{
    /// <summary>The number of steps taken, K = Iterates.Count − 1.</summary>
    public int Iterations => Iterates.Count - 1;
}
