using MathForML.Figures;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>
/// The conditional-probability kata's figures, drawn from your <see cref="ConditionalProbability.ConditionalYGivenX"/>,
/// <see cref="ConditionalProbability.ConditionalXGivenY"/> and marginals (read, don't edit).
/// </summary>
public static class ConditionalProbabilityFigures
{
    /// <summary>A 4 × 5 joint table with a visible dependence: Y tends to follow X.</summary>
    private static readonly double[,] Joint =
    {
        { 0.10, 0.04, 0.01, 0.00, 0.00 },
        { 0.03, 0.10, 0.05, 0.02, 0.00 },
        { 0.01, 0.04, 0.12, 0.08, 0.05 },
        { 0.00, 0.01, 0.04, 0.10, 0.20 },
    };

    /// <summary>The joint table beside the product of its marginals, the table of independent variables.</summary>
    /// <returns>The plot.</returns>
    [Figure("joint-versus-independent", "A joint table P(X, Y) (rows: the 4 values of X, columns: the 5 values of Y) with a diagonal band — Y tends to follow X — beside P(X)·P(Y) from your MarginalX and MarginalY: the table X and Y would have if they were independent with the same marginals. Independence washes the band out; your AreIndependent tells the two apart.")]
    public static Plot JointVersusIndependent()
    {
        var (px, py) = (ConditionalProbability.MarginalX(Joint), ConditionalProbability.MarginalY(Joint));
        var product = new double[px.Length, py.Length];
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                product[i, j] = px[i] * py[j];
            }
        }

        var verdict = (ConditionalProbability.AreIndependent(Joint), ConditionalProbability.AreIndependent(product)) switch
        {
            (false, true) => "Y follows X; the product of the marginals loses the band",
            _ => "AreIndependent should say: dependent (left), independent (right)",
        };
        return Charts.Matrices(verdict, [("P(X, Y)", Joint), ("P(X)·P(Y)", product)], zerosBlank: false);
    }

    /// <summary>Both conditionals of the joint table.</summary>
    /// <returns>The plot.</returns>
    [Figure("conditionals", "Your ConditionalYGivenX rescales each row of the joint table to sum to 1 (row i is the distribution of Y once X = xᵢ is known); your ConditionalXGivenY rescales each column. Both keep the band: knowing one variable shifts the other.")]
    public static Plot Conditionals() =>
        Charts.Matrices(
            "Rows of P(Y | X) and columns of P(X | Y) each sum to 1",
            [("P(Y | X)", ConditionalProbability.ConditionalYGivenX(Joint)), ("P(X | Y)", ConditionalProbability.ConditionalXGivenY(Joint))],
            zerosBlank: false);
}
