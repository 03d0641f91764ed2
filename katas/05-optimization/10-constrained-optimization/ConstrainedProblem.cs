namespace MathForML.Optimization;

/// <summary>Given code (read, don't edit): one constraint function c(x) with its gradient.</summary>
/// <param name="Value">c(x).</param>
/// <param name="Gradient">∇c(x), one entry per coordinate.</param>
public sealed record Constraint(Func<double[], double> Value, Func<double[], double[]> Gradient);

/// <summary>
/// Given code (read, don't edit): minimise f(x) subject to hᵢ(x) = 0 for every equality constraint and gⱼ(x) ≤ 0 for
/// every inequality constraint.
/// </summary>
/// <param name="Objective">f(x).</param>
/// <param name="Gradient">∇f(x).</param>
/// <param name="Equalities">The hᵢ (possibly none).</param>
/// <param name="Inequalities">The gⱼ (possibly none).</param>
public sealed record ConstrainedProblem(
    Func<double[], double> Objective,
    Func<double[], double[]> Gradient,
    IReadOnlyList<Constraint> Equalities,
    IReadOnlyList<Constraint> Inequalities);

/// <summary>Given code (read, don't edit): the minimiser of the penalised objective for one μ, with multiplier estimates.</summary>
/// <param name="Mu">The penalty weight μ.</param>
/// <param name="X">The minimiser x(μ).</param>
/// <param name="EqualityMultipliers">λᵢ ≈ μ·hᵢ(x(μ)), one per equality constraint.</param>
/// <param name="InequalityMultipliers">νⱼ ≈ μ·max(gⱼ(x(μ)), 0), one per inequality constraint.</param>
public sealed record PenaltyStep(double Mu, double[] X, double[] EqualityMultipliers, double[] InequalityMultipliers);

/// <summary>
/// Given code (read, don't edit): how far a point and its multipliers are from satisfying the KKT conditions; every
/// entry is 0 at an exact KKT point.
/// </summary>
/// <param name="Stationarity">‖∇f(x) + Σλᵢ∇hᵢ(x) + Σνⱼ∇gⱼ(x)‖₂.</param>
/// <param name="PrimalFeasibility">The largest of |hᵢ(x)| and max(gⱼ(x), 0), or 0 without constraints.</param>
/// <param name="DualFeasibility">The largest of max(−νⱼ, 0), or 0.</param>
/// <param name="ComplementarySlackness">The largest |νⱼ·gⱼ(x)|, or 0.</param>
public sealed record KktResiduals(double Stationarity, double PrimalFeasibility, double DualFeasibility, double ComplementarySlackness)
{
    /// <summary>The largest of the four residuals.</summary>
    public double Max => Math.Max(Math.Max(Stationarity, PrimalFeasibility), Math.Max(DualFeasibility, ComplementarySlackness));
}
