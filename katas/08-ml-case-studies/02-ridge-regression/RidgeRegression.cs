namespace MathForML.CaseStudies;

/// <summary>
/// Ridge regression: the coefficients [b, w₁, …, wₚ] minimising Σᵢ(yᵢ − b − xᵢ·w)² + λ‖w‖², the intercept b not
/// penalised, and the regularisation path w(λ) over several penalties.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/02-ridge-regression/README.md</remarks>
public static class RidgeRegression
{
    /// <summary>
    /// The ridge coefficients: w solves (XcᵀXc + λI)·w = Xcᵀyc on the centred data Xc = X − x̄, yc = y − ȳ, and b = ȳ − x̄·w.
    /// </summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="lambda">The penalty λ ≥ 0 (0 gives ordinary least squares).</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ targets ("rows"), a non-finite value ("finite"), or λ = 0 with dependent columns ("singular").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative or not finite ("negative").</exception>
    public static double[] Fit(double[,] x, double[] y, double lambda)
    {
        throw new NotImplementedException("TODO RidgeRegression.Fit: return the ridge coefficients: w solves (XcᵀXc + λI)·w = Xcᵀyc on the centred data Xc = X − x̄, yc = y − ȳ, and b = ȳ − x̄·w");
    }

    /// <summary>The regularisation path: <see cref="Fit"/> at each penalty, in the order given.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="lambdas">The penalties, at least one, each as in <see cref="Fit"/>.</param>
    /// <returns>One coefficient array [b, w₁, …, wₚ] per penalty.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No penalties ("empty"), or as in <see cref="Fit"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A penalty is negative or not finite.</exception>
    public static double[][] Path(double[,] x, double[] y, double[] lambdas)
    {
        throw new NotImplementedException("TODO RidgeRegression.Path: return the regularisation path: Fit at each penalty, in the order given");
    }

    /// <summary>The Euclidean norm ‖w‖ of the weights of β = [b, w₁, …, wₚ], the intercept left out.</summary>
    /// <param name="coefficients">β, at least the intercept.</param>
    /// <returns>‖w‖ = √(w₁² + … + wₚ²).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty ("empty").</exception>
    public static double WeightNorm(double[] coefficients)
    {
        throw new NotImplementedException("TODO RidgeRegression.WeightNorm: return the Euclidean norm ‖w‖ of the weights of β = [b, w₁, …, wₚ], the intercept left out");
    }
}
