namespace MathForML.Calculus;

/// <summary>
/// Lagrange multipliers for minimise f(x) = ½xᵀQx + cᵀx subject to Ax = b (Q symmetric n × n, A m × n, m ≤ n).
/// Sign convention: the Lagrangian is L(x, λ) = f(x) + λᵀ(Ax − b). At the solution its gradient in x vanishes,
/// Qx + c + Aᵀλ = 0 (stationarity: ∇f is a combination of the constraint normals), and its gradient in λ is the
/// constraint, Ax = b (feasibility). Together they are one square linear system, the KKT system
/// <code>
/// [ Q  Aᵀ ] [ x ]   [ −c ]
/// [ A  0  ] [ λ ] = [  b ]
/// </code>
/// With this convention, −λᵢ is the rate at which the optimal value changes when bᵢ increases.
/// </summary>
/// <remarks>
/// The KKT matrix is symmetric but indefinite (it has a zero block on its diagonal), so Gaussian elimination needs
/// partial pivoting. It is singular when the constraints are dependent (rank A &lt; m) or ZᵀQZ is singular, where the
/// columns of Z form a basis of the null space of A (the directions the constraints allow); a pivot with
/// |p| ≤ N·ε·max|Kᵢⱼ| (N = n + m, ε = 2⁻⁵²) counts as zero. When ZᵀQZ is positive definite the solution is the unique
/// minimiser; otherwise it is only a stationary point. No input array is modified.
/// Lesson: katas/02-calculus/14-lagrange-multipliers/README.md
/// </remarks>
public static class Lagrange
{
    /// <summary>
    /// The (n + m) × (n + m) KKT matrix K = [Q Aᵀ; A 0]: Q in the top-left block, Aᵀ top-right, A bottom-left and zeros
    /// bottom-right. K[i, n + k] = K[n + k, i] = A[k, i].
    /// </summary>
    /// <param name="q">The symmetric n × n matrix Q.</param>
    /// <param name="a">The m × n constraint matrix A (m may be 0).</param>
    /// <returns>K, a new array.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// Q is empty ("empty"), not square ("square") or not symmetric within 1e-10 · max|qᵢⱼ| ("symmetric"); A does not
    /// have n columns ("columns"); A has more rows than columns ("more constraints").
    /// </exception>
    public static double[,] KktMatrix(double[,] q, double[,] a)
    {
        // TODO: allocate (n + m) × (n + m) zeros, copy Q into the top-left block, A below it and Aᵀ to its right.
        throw new NotImplementedException("TODO Lagrange.KktMatrix: return [Q Aᵀ; A 0].");
    }

    /// <summary>
    /// Solves the KKT system [Q Aᵀ; A 0]·[x; λ] = [−c; b] by Gaussian elimination with partial pivoting (your own, a
    /// private helper) and splits the solution into x (first n entries) and λ (last m).
    /// Example: minimise x² + y² on x + y = 1, i.e. Q = 2I, c = 0, A = [1 1], b = 1: x = (½, ½) and, from
    /// 2·½ + λ = 0, λ = −1.
    /// </summary>
    /// <param name="q">The symmetric n × n matrix Q.</param>
    /// <param name="c">The linear term, n entries.</param>
    /// <param name="a">The m × n constraint matrix A (m may be 0: then Qx = −c).</param>
    /// <param name="b">The right-hand sides, m entries.</param>
    /// <returns>x and λ.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The shape problems of <see cref="KktMatrix"/>, plus c of the wrong length ("length"), b not one entry per row of
    /// A ("rows"), or a singular KKT system ("singular").
    /// </exception>
    public static KktSolution Solve(double[,] q, double[] c, double[,] a, double[] b)
    {
        // TODO: build K with KktMatrix and the right-hand side [−c; b], eliminate with row swaps, back-substitute, split.
        throw new NotImplementedException("TODO Lagrange.Solve: return x and λ solving [Q Aᵀ; A 0]·[x; λ] = [−c; b].");
    }
}
