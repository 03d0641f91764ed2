using System.Numerics;
using MathForML.Figures;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The 2×2 eigenvalue kata's figures, drawn from your <see cref="Eigen2x2.Eigenvalues"/> (read, don't edit).</summary>
public static class Eigen2x2Figures
{
    /// <summary>A = [[1.5, 1], [0.5, 1]]: tr = 2.5, det = 1, so λ = 1.25 ± 0.75 = 2 and 0.5.</summary>
    private static readonly double[,] Stretch = { { 1.5, 1 }, { 0.5, 1 } };

    /// <summary>A = [[0.9, −0.5], [0.4, 0.8]]: m = 0.85, D = 0.85² − 0.92 &lt; 0, so λ = 0.85 ± 0.44i, |λ| = √0.92.</summary>
    private static readonly double[,] Turn = { { 0.9, -0.5 }, { 0.4, 0.8 } };

    /// <summary>The two real eigenvectors, each beside its image: same line, length times λ.</summary>
    /// <returns>The plot.</returns>
    [Figure("eigenvectors", "A = [[1.5, 1], [0.5, 1]] maps the unit circle (dashed) to an ellipse and shears the grid, yet two directions stay on their own lines: the eigenvectors v = (b, λ − a)/‖·‖ built from your eigenvalues λ₁ = 2 and λ₂ = 0.5, with Av₁ = 2v₁ twice as long and Av₂ = 0.5v₂ half as long. A wrong λ would turn Av off the line of v.")]
    public static Plot Eigenvectors()
    {
        var (first, second) = Eigen2x2.Eigenvalues(Stretch);
        var v1 = RealEigenvector(Stretch, first.Real);
        var v2 = RealEigenvector(Stretch, second.Real);
        return Charts.LinearMap(
            $"Eigenvectors only stretch: Av₁ = {first.Real:0.##}·v₁, Av₂ = {second.Real:0.##}·v₂",
            Stretch,
            [("Av₁", Apply(Stretch, v1)), ("v₁", v1), ("v₂", v2), ("Av₂", Apply(Stretch, v2))]);
    }

    /// <summary>The iterates of xₖ₊₁ = Axₖ for a matrix with complex eigenvalues, on the spiral that λ predicts.</summary>
    /// <returns>The plot.</returns>
    [Figure("complex-spiral", "A = [[0.9, −0.5], [0.4, 0.8]] has no real eigenvector: your eigenvalues are λ = 0.85 ± 0.44i. The iterates xₖ₊₁ = Axₖ (dots) spiral in, and they lie on the curve xₜ = 2·Re(c·λᵗ·v) (v = (b, λ − a)) drawn from your λ: each step turns by arg λ ≈ 27.6° and shrinks by |λ| ≈ 0.96, measured in the coordinates of the complex eigenvector v, which is why the turns are slightly oval.")]
    public static Plot ComplexSpiral()
    {
        var (lambda, _) = Eigen2x2.Eigenvalues(Turn);

        // v = (b, λ − a) solves (A − λI)v = 0 when λ is an eigenvalue; write x₀ = c·v + c̄·v̄ = 2·Re(c·v), c = α + iβ.
        var v = (X: new Complex(Turn[0, 1], 0), Y: lambda - Turn[0, 0]);
        double[] x0 = [1, 0];
        // 2·Re(c·v) = 2(α·Re v − β·Im v) componentwise: a 2×2 system for (α, β).
        var (p, q, r, s) = (2 * v.X.Real, -2 * v.X.Imaginary, 2 * v.Y.Real, -2 * v.Y.Imaginary);
        var det = (p * s) - (q * r);
        var c = new Complex(((x0[0] * s) - (q * x0[1])) / det, ((p * x0[1]) - (r * x0[0])) / det);
        double[] Curve(double t)
        {
            var w = c * Complex.Pow(lambda, t);
            return [2 * (w * v.X).Real, 2 * (w * v.Y).Real];
        }

        const int steps = 30;
        var iterates = new List<double[]> { x0 };
        for (var k = 0; k < steps; k++)
        {
            iterates.Add(Apply(Turn, iterates[^1]));
        }

        var ts = Enumerable.Range(0, (steps * 10) + 1).Select(i => i / 10.0);
        return Charts.VectorDiagram(
            $"Complex λ: the iterates spiral, turning arg λ ≈ {lambda.Phase * 180 / Math.PI:0.#}° per step",
            [],
            curves: [Series.Path("2·Re(c·λᵗ·v) from your λ", ts.Select(Curve))],
            points: [Series.Path("xₖ₊₁ = Axₖ", iterates)],
            notes: [("x₀", iterates[0]), ("x₁", iterates[1]), ("x₂", iterates[2])],
            legend: Alignment.UpperRight);
    }

    /// <summary>A unit solution of (A − λI)v = 0: (b, λ − a) or (λ − d, c), whichever is longer (the other may vanish).</summary>
    private static double[] RealEigenvector(double[,] a, double lambda)
    {
        double[] fromRow = [a[0, 1], lambda - a[0, 0]];
        double[] fromColumn = [lambda - a[1, 1], a[1, 0]];
        var v = Length(fromRow) >= Length(fromColumn) ? fromRow : fromColumn;
        var length = Length(v);
        return [v[0] / length, v[1] / length];
    }

    private static double Length(double[] v) => Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]));

    private static double[] Apply(double[,] a, double[] x) => [(a[0, 0] * x[0]) + (a[0, 1] * x[1]), (a[1, 0] * x[0]) + (a[1, 1] * x[1])];
}
