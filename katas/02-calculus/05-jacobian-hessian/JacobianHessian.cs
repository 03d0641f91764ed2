namespace MathForML.Calculus;

/// <summary>
/// The two matrices of multivariable calculus. For f: ℝⁿ → ℝᵐ the Jacobian J (m × n) holds every first partial
/// derivative, J[i, j] = ∂fᵢ/∂xⱼ: row i is the gradient of output i, column j says how all outputs move when
/// input j moves, and f(x + Δx) ≈ f(x) + J·Δx. For f: ℝⁿ → ℝ the Hessian H (n × n) holds the second partial
/// derivatives, H[i, j] = ∂²f/∂xᵢ∂xⱼ: the curvature of f, symmetric when f is smooth (Schwarz's theorem), and
/// f(x + Δx) ≈ f(x) + ∇f·Δx + ½·ΔxᵀHΔx. Both are computed here by finite differences with absolute steps.
/// Indices [i, j] are C# array indices from 0.
/// </summary>
/// <remarks>Lesson: katas/02-calculus/05-jacobian-hessian/README.md</remarks>
public static class JacobianHessian
{
    /// <summary>
    /// The Jacobian of f at x by central differences, one column per input:
    /// J[:, j] = (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h). The result is m × n with m = f's output length and
    /// n = x.Length (row index = output, column index = input). f receives copies; x is not modified.
    /// </summary>
    /// <param name="f">A vector function, returning the same number of outputs at every point.</param>
    /// <param name="x">The point, at least one coordinate.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The m × n Jacobian.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty ("empty"), f returns null ("null"), or f returns outputs of different lengths at
    /// different points ("length").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is not positive and finite.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, double h = 1e-5)
    {
        // TODO: for each input j, evaluate f one step either side along eⱼ and fill column j.
        throw new NotImplementedException("TODO JacobianHessian.Jacobian: return J[i, j] = ∂fᵢ/∂xⱼ as an m × n array.");
    }

    /// <summary>
    /// The Hessian of f at x by second differences with step h:
    /// H[i, i] = (f(x + h·eᵢ) − 2f(x) + f(x − h·eᵢ)) / h² and, for i ≠ j,
    /// H[i, j] = (f(x + h·eᵢ + h·eⱼ) − f(x + h·eᵢ − h·eⱼ) − f(x − h·eᵢ + h·eⱼ) + f(x − h·eᵢ − h·eⱼ)) / (4h²).
    /// The result is exactly symmetric: H[i, j] and H[j, i] are the same number.
    /// Error: O(h²) from truncation plus O(ε·|f|/h²) from rounding — hence the larger default step 10⁻⁴.
    /// </summary>
    /// <param name="f">A scalar function of a vector, twice differentiable near x.</param>
    /// <param name="x">The point, at least one coordinate; not modified.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The n × n symmetric Hessian.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is not positive and finite.</exception>
    public static double[,] Hessian(Func<double[], double> f, double[] x, double h = 1e-4)
    {
        // TODO: evaluate f(x) once; fill the diagonal from three points and each mixed pair (i < j) from four.
        throw new NotImplementedException("TODO JacobianHessian.Hessian: return H[i, j] = ∂²f/∂xᵢ∂xⱼ, exactly symmetric.");
    }
}
