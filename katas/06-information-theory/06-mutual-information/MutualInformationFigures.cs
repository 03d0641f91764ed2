using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>
/// The mutual-information kata's figures, drawn from your <see cref="MutualInformation"/> and the marginals of your
/// <see cref="JointEntropy"/> (read, don't edit).
/// </summary>
public static class MutualInformationFigures
{
    /// <summary>A 3 × 4 joint table with strong dependence: mass on and near the diagonal.</summary>
    private static double[,] Dependent() => new[,]
    {
        { 0.20, 0.05, 0.02, 0.03 },
        { 0.05, 0.15, 0.05, 0.05 },
        { 0.02, 0.03, 0.10, 0.25 },
    };

    /// <summary>A joint table and the product of its marginals, with their mutual information.</summary>
    /// <returns>The plot.</returns>
    [Figure("joint-table-and-its-marginals", "Left: a joint table p(x, y) (rows: 3 values of X, columns: 4 values of Y; darker = more probable) with its marginals from your JointEntropy.MarginalOfX (orange, right) and MarginalOfY (green, top), and its mutual information from your MutualInformation.FromJoint. Right: the table p(x)p(y) built from the same marginals — what the table would be if X and Y were independent. Same bars, different cells: mutual information measures only the difference between the two tables, and the product table has none.")]
    public static Plot JointTableAndItsMarginals()
    {
        var joint = Dependent();
        var px = JointEntropy.MarginalOfX(joint);
        var py = JointEntropy.MarginalOfY(joint);
        var product = new double[px.Length, py.Length];
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                product[i, j] = px[i] * py[j];
            }
        }

        return Charts.JointTables(
            "Mutual information: how far p(x, y) is from p(x)p(y)",
            [
                ($"p(x, y): I(X; Y) = {MutualInformation.FromJoint(joint):0.000} bits", joint, px, py),
                ($"p(x)p(y): I = {MutualInformation.FromJoint(product):0.000} bits", product, JointEntropy.MarginalOfX(product), JointEntropy.MarginalOfY(product)),
            ]);
    }
}
