using BenchmarkDotNet.Attributes;
using MathForML.LinearAlgebra;
using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.Benchmarks;

/// <summary>
/// The topic's reference factorisations against MathNet.Numerics (managed provider) on the same
/// seeded n×n inputs. Each pair shares a <see cref="BenchmarkCategoryAttribute"/> so the summary
/// reports the reference's time as a ratio of MathNet's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LinearAlgebraBenchmarks
{
    private double[,] general = null!;
    private double[,] symmetric = null!;
    private double[] rightHandSide = null!;
    private Matrix<double> generalMatrix = null!;
    private Matrix<double> symmetricMatrix = null!;
    private Vector<double> rightHandSideVector = null!;

    [Params(50, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void CreateInputs()
    {
        var data = new TestData(2026);
        general = data.WithConditionNumber(N, 100);
        symmetric = data.Spd(N);
        rightHandSide = data.Vector(N);
        generalMatrix = Matrix<double>.Build.DenseOfArray(general);
        symmetricMatrix = Matrix<double>.Build.DenseOfArray(symmetric);
        rightHandSideVector = Vector<double>.Build.DenseOfArray(rightHandSide);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LU solve")]
    public Vector<double> LuSolveMathNet() => generalMatrix.LU().Solve(rightHandSideVector);

    [Benchmark, BenchmarkCategory("LU solve")]
    public double[] LuSolveReference() => LuDecomposition.Solve(LuDecomposition.Decompose(general), rightHandSide);

    [Benchmark(Baseline = true), BenchmarkCategory("QR")]
    public QR<double> QrMathNet() => generalMatrix.QR(QRMethod.Thin);

    [Benchmark, BenchmarkCategory("QR")]
    public QrFactors QrReference() => GramSchmidt.Qr(general);

    [Benchmark(Baseline = true), BenchmarkCategory("Symmetric eigen")]
    public Evd<double> EigenMathNet() => symmetricMatrix.Evd(Symmetricity.Symmetric);

    [Benchmark, BenchmarkCategory("Symmetric eigen")]
    public SymmetricEigen EigenReference() => JacobiEigen.Decompose(symmetric);

    [Benchmark(Baseline = true), BenchmarkCategory("SVD")]
    public Svd<double> SvdMathNet() => generalMatrix.Svd(computeVectors: true);

    [Benchmark, BenchmarkCategory("SVD")]
    public SvdFactors SvdReference() => Svd.Decompose(general);
}
