using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The dot product kata's figures, drawn from your <see cref="DotProduct"/> methods (read, don't edit).</summary>
public static class DotProductFigures
{
    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>Seeded pairs of vectors in ℝ⁵: the cosine similarity against the angle, on the curve cos θ.</summary>
    /// <returns>The plot.</returns>
    [Figure("cosine-vs-angle", "For 300 seeded pairs of vectors in ℝ⁵ (and the pairs v, 2v and v, −v), the point (θ, cos θ) with θ from your AngleBetween and cos θ from your CosineSimilarity: all lie on the curve cos θ, from 1 (same direction) through 0 (perpendicular, θ = 90°) to −1 (opposite).")]
    public static Plot CosineVsAngle()
    {
        var data = new TestData(3);
        var angles = new List<double>();
        var cosines = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            // Scale w towards v by a random amount, so that small and large angles both occur.
            var v = data.Vector(5);
            var c = data.Random.Uniform(-2, 2);
            var w = data.Vector(5).Select((e, k) => (c * v[k]) + e).ToArray();
            angles.Add(DotProduct.AngleBetween(v, w) * 180 / Math.PI);
            cosines.Add(DotProduct.CosineSimilarity(v, w));
        }

        double[] u = [1, -2, 0.5, 3, -1];
        double[] twice = [2, -4, 1, 6, -2];
        double[] minus = [-1, 2, -0.5, -3, 1];
        var same = (DotProduct.AngleBetween(u, twice) * 180 / Math.PI, DotProduct.CosineSimilarity(u, twice));
        var opposite = (DotProduct.AngleBetween(u, minus) * 180 / Math.PI, DotProduct.CosineSimilarity(u, minus));
        var degrees = Enumerable.Range(0, 181).Select(d => (double)d).ToArray();
        return Charts.CurvesWithPoints(
            "Cosine similarity against the angle: the curve cos θ",
            "angle θ from AngleBetween (degrees)",
            "CosineSimilarity",
            [],
            [new Series("300 seeded pairs in ℝ⁵", angles.ToArray(), cosines.ToArray())],
            [new Series($"v and 2v: θ = {same.Item1:0.#}°, cos = {same.Item2:0.###}", [same.Item1], [same.Item2]), new Series($"v and −v: θ = {opposite.Item1:0.#}°, cos = {opposite.Item2:0.###}", [opposite.Item1], [opposite.Item2])],
            [Series.Of("cos θ", degrees, d => Math.Cos(d * Math.PI / 180))]);
    }

    /// <summary>Around a circle, the dot product follows the length of w, the cosine only its direction.</summary>
    /// <returns>The plot.</returns>
    [Figure("dot-vs-cosine", "w turns once around the origin while its length ‖w‖ wobbles between 0.4 and 1.6, against the fixed v = (2, 1): your Dot(v, w) wobbles with the length, your CosineSimilarity(v, w) is a clean cosine wave, 1 when w points along v (26.6°) and −1 when it points the opposite way.")]
    public static Plot DotVsCosine()
    {
        double[] v = [2, 1];
        var degrees = Enumerable.Range(0, 361).Select(d => (double)d).ToArray();
        double[] W(double d)
        {
            var phi = d * Math.PI / 180;
            var length = 1 + (0.6 * Math.Sin(3 * phi));
            return [length * Math.Cos(phi), length * Math.Sin(phi)];
        }

        return Charts.CurvesWithPoints(
            "The dot product grows with ‖w‖; the cosine only sees the direction",
            "direction of w (degrees)",
            "value",
            [
                new Series("Dot(v, w)", degrees, degrees.Select(d => DotProduct.Dot(v, W(d))).ToArray()),
                new Series("CosineSimilarity(v, w)", degrees, degrees.Select(d => DotProduct.CosineSimilarity(v, W(d))).ToArray()),
                new Series("length ‖w‖", degrees, degrees.Select(d => Math.Sqrt(DotProduct.Dot(W(d), W(d)))).ToArray()),
            ],
            [],
            corner: Alignment.LowerLeft);
    }

    /// <summary>The shadow of w on the line of v, whose signed length times ‖v‖ is v·w.</summary>
    /// <returns>The plot.</returns>
    [Figure("shadow", "The shadow of w = (1.5, 2.5) on the line of v = (4, 1) is (v·w / v·v)·v, computed with your Dot; w minus its shadow (dashed) is perpendicular to v, and v·w = ‖v‖ times the signed length of the shadow.")]
    public static Plot Shadow()
    {
        double[] v = [4, 1];
        double[] w = [1.5, 2.5];
        var shadow = Vectors.Scale(DotProduct.Dot(v, w) / DotProduct.Dot(v, v), v);
        return Charts.VectorDiagram(
            $"v·w = {DotProduct.Dot(v, w):0.##} = ‖v‖ × (length of the shadow of w on v)",
            [("v", Origin, v), ("w", Origin, w), ("shadow of w on v", Origin, shadow)],
            guides: [new Series("w − shadow, perpendicular to v", [shadow[0], w[0]], [shadow[1], w[1]])],
            legend: Alignment.UpperRight);
    }
}
