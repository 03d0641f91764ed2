namespace MathForML.Optimization;

/// <summary>
/// Penalised least squares on the mean loss L(w) = ‖y − Xw‖²/(2n) (n rows of X, one weight per column, no intercept):
/// ridge F = L + λ‖w‖²/2 in closed form, the lasso L + λ‖w‖₁ and the elastic net L + λ₁‖w‖₁ + λ₂‖w‖²/2 by proximal
/// gradient descent (ISTA), and early stopping of plain gradient descent on L.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/08-regularization/README.md</remarks>
public static class Regularization
{
    /// <summary>The ridge objective F(w) = ‖y − Xw‖²/(2n) + λ‖w‖²/2.</summary>
    /// <param name="x">The n × p features, n, p ≥ 1.</param>
    /// <param name="y">The n targets.</param>
    /// <param name="w">The p weights.</param>
    /// <param name="lambda">λ ≥ 0.</param>
    /// <returns>F(w).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">X is empty ("empty"); y or w has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative or not finite.</exception>
    public static double RidgeObjective(double[,] x, double[] y, double[] w, double lambda)
    {
        // TODO: the mean squared residual over 2, plus the penalty.
        throw new NotImplementedException("TODO Regularization.RidgeObjective: return ‖y − Xw‖²/(2n) + λ‖w‖²/2.");
    }

    /// <summary>The gradient of the ridge objective, ∇F(w) = Xᵀ(Xw − y)/n + λw.</summary>
    /// <param name="x">The n × p features.</param>
    /// <param name="y">The n targets.</param>
    /// <param name="w">The p weights.</param>
    /// <param name="lambda">λ ≥ 0.</param>
    /// <returns>A new array of p entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">X is empty ("empty"); y or w has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative or not finite.</exception>
    public static double[] RidgeGradient(double[,] x, double[] y, double[] w, double lambda)
    {
        // TODO: one entry per column of X.
        throw new NotImplementedException("TODO Regularization.RidgeGradient: return Xᵀ(Xw − y)/n + λw.");
    }

    /// <summary>
    /// The ridge minimiser: the solution of (XᵀX/n + λI)w = Xᵀy/n (MathNet may solve the system).
    /// </summary>
    /// <param name="x">The n × p features.</param>
    /// <param name="y">The n targets.</param>
    /// <param name="lambda">λ ≥ 0; with λ = 0 the columns of X must be independent.</param>
    /// <returns>A new array of p weights.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">X is empty ("empty"); y has the wrong length ("length"); the system is singular.</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative or not finite.</exception>
    public static double[] RidgeClosedForm(double[,] x, double[] y, double lambda)
    {
        // TODO: build the p × p system and solve it.
        throw new NotImplementedException("TODO Regularization.RidgeClosedForm: solve (XᵀX/n + λI)w = Xᵀy/n.");
    }

    /// <summary>The soft-threshold S_t(v) = sign(v)·max(|v| − t, 0).</summary>
    /// <param name="value">v.</param>
    /// <param name="threshold">t ≥ 0.</param>
    /// <returns>S_t(v); exactly 0 when |v| ≤ t.</returns>
    /// <exception cref="ArgumentOutOfRangeException">t is negative or not finite.</exception>
    public static double SoftThreshold(double value, double threshold)
    {
        // TODO: three cases: above t, below −t, and in between.
        throw new NotImplementedException("TODO Regularization.SoftThreshold: return sign(v)·max(|v| − t, 0).");
    }

    /// <summary>
    /// The lasso minimiser of ‖y − Xw‖²/(2n) + λ‖w‖₁ by ISTA from w = 0 with step 1/L, L = λmax(XᵀX/n), stopping at the
    /// first step that moves w by at most <paramref name="tolerance"/> (Euclidean norm) and returning that new iterate.
    /// </summary>
    /// <param name="x">The n × p features.</param>
    /// <param name="y">The n targets.</param>
    /// <param name="lambda">λ ≥ 0.</param>
    /// <param name="tolerance">The step size at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <returns>A new array of p weights, with exact zeros.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">X is empty ("empty"); y has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ is negative, the tolerance not positive, or maxIterations &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">Not converged within maxIterations steps ("converge"), or an iterate is not finite ("diverged").</exception>
    public static double[] Lasso(double[,] x, double[] y, double lambda, double tolerance = 1e-10, int maxIterations = 100_000)
    {
        // TODO: a gradient step on the smooth part, then a soft-threshold.
        throw new NotImplementedException("TODO Regularization.Lasso: return the ISTA minimiser of ‖y − Xw‖²/(2n) + λ‖w‖₁.");
    }

    /// <summary>
    /// The elastic-net minimiser of ‖y − Xw‖²/(2n) + λ₁‖w‖₁ + λ₂‖w‖²/2 by ISTA from w = 0 with step 1/L, where now
    /// L = λmax(XᵀX/n) + λ₂; the same stopping rule as <see cref="Lasso"/>. λ₂ = 0 gives the lasso, λ₁ = 0 ridge.
    /// </summary>
    /// <param name="x">The n × p features.</param>
    /// <param name="y">The n targets.</param>
    /// <param name="l1">λ₁ ≥ 0.</param>
    /// <param name="l2">λ₂ ≥ 0.</param>
    /// <param name="tolerance">The step size at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <returns>A new array of p weights.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">X is empty ("empty"); y has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ₁ or λ₂ is negative, the tolerance not positive, or maxIterations &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">Not converged within maxIterations steps ("converge"), or an iterate is not finite ("diverged").</exception>
    public static double[] ElasticNet(double[,] x, double[] y, double l1, double l2, double tolerance = 1e-10, int maxIterations = 100_000)
    {
        // TODO: the lasso's loop, with λ₂w in the gradient and λ₂ in L.
        throw new NotImplementedException("TODO Regularization.ElasticNet: return the ISTA minimiser of ‖y − Xw‖²/(2n) + λ₁‖w‖₁ + λ₂‖w‖²/2.");
    }

    /// <summary>
    /// Early stopping: gradient descent wₖ₊₁ = wₖ − η∇L_train(wₖ) from w₀ = 0 on the unregularised training loss, with
    /// the validation loss ‖y_val − X_val·wₖ‖²/(2n_val) recorded for every iterate (w₀ included). The run stops after
    /// <paramref name="patience"/> steps in a row without a STRICTLY smaller validation loss than the best so far, or
    /// after <paramref name="maxIterations"/> steps (not an error).
    /// </summary>
    /// <param name="xTrain">The training features, n × p.</param>
    /// <param name="yTrain">The n training targets.</param>
    /// <param name="xValidation">The validation features, m × p.</param>
    /// <param name="yValidation">The m validation targets.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="patience">Steps without improvement before stopping, at least 1.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <returns>The best iterate, its index and all validation losses.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A matrix is empty ("empty"); a target vector or the validation columns do not match ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">η is not positive and finite, or patience or maxIterations &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">An iterate is not finite ("diverged").</exception>
    public static EarlyStoppingResult EarlyStopping(
        double[,] xTrain, double[] yTrain, double[,] xValidation, double[] yValidation, double learningRate, int patience, int maxIterations = 10_000)
    {
        // TODO: keep a copy of the best iterate and its index.
        throw new NotImplementedException("TODO Regularization.EarlyStopping: return the gradient-descent iterate with the smallest validation loss.");
    }
}
