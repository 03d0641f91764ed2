using MathForML.CaseStudies;
using MathForML.Verification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MathForML.LibraryComparison.Tests.CaseStudies;

/// <summary>
/// The k-means reference against ML.NET's <see cref="KMeansTrainer"/> on iris (k = 3, the four measurements, unscaled).
/// ML.NET takes no initial centroids, so each side seeds itself with k-means++ from ten seeds and keeps its best run, as
/// the lesson recommends. Both then run Lloyd's iterations, which ML.NET accelerates (Yinyang bounds) without changing
/// the result; it stops when the mean squared distance changes by less than 10⁻⁷, the reference when no label changes.
/// So both must stop at fixed points of the same two steps, and the best runs must be the same local minimum: the same
/// partition, the same centroids up to ML.NET's single precision and the same inertia.
/// </summary>
public class KMeansAgainstMlNetTests
{
    private const int Clusters = 3;
    private const int Seeds = 10;

    [Test]
    // The best of ten seeded runs on each side reaches inertia 78.851 and splits the flowers identically. ML.NET sums
    // each cluster's m flowers in single precision, so its mean is off by at most m·2⁻²⁴·max x, with max x = 7.9 cm:
    // 3·10⁻⁵ cm for the largest cluster here (m = 62), 7·10⁻⁵ even for m = 150, so 10⁻⁴ cm is a safe band. The
    // inertia is flat in the centroids at a minimum, so their rounding moves it far less than the relative 10⁻⁶ allowed.
    public void The_best_of_ten_runs_is_the_same_partition_with_the_same_centroids_and_inertia()
    {
        var x = DataSets.Iris().Features;

        var reference = Enumerable.Range(0, Seeds).Select(s => KMeans.Fit(x, Clusters, new Random(s))).MinBy(r => r.Inertia)!;
        var library = Enumerable.Range(0, Seeds).Select(s => FitMlNet(x, s)).MinBy(r => r.Inertia)!;

        library.Inertia.Should().BeApproximately(reference.Inertia, Tolerance.RelativeOnly(1e-6));
        Renumbered(library.Labels).Should().Equal(Renumbered(reference.Labels), "the same partition, whatever the cluster numbers");
        for (var i = 0; i < x.GetLength(0); i++)
        {
            // Flower i's centroid on each side: no matching of cluster numbers needed.
            TestData.Row(library.Centroids, library.Labels[i]).Should()
                .BeApproximately(TestData.Row(reference.Centroids, reference.Labels[i]), Tolerance.AbsoluteOnly(1e-4), $"flower {i}");
        }
    }

    [Test]
    // ML.NET's stopping rule is a change in mean squared distance below 10⁻⁷, not "no label changed". Each of its ten
    // runs must still be a fixed point of the reference's steps: assigning to its centroids reproduces its labels, and
    // the means of its clusters are its centroids (to the same 10⁻⁴ cm band, which holds for clusters of any size).
    public void Every_MLNET_run_stops_at_a_fixed_point_of_the_reference_Lloyd_steps()
    {
        var x = DataSets.Iris().Features;

        for (var seed = 0; seed < Seeds; seed++)
        {
            var library = FitMlNet(x, seed);

            KMeans.Assign(x, library.Centroids).Should().Equal(library.Labels, $"seed {seed}");
            KMeans.UpdateCentroids(x, library.Labels, library.Centroids).Should()
                .BeApproximately(library.Centroids, Tolerance.AbsoluteOnly(1e-4), $"seed {seed}");
        }
    }

    /// <summary>ML.NET's k-means with k-means++ seeding from <c>MLContext(seed)</c>, on one thread so the run is repeatable.</summary>
    private static Run FitMlNet(double[,] x, int seed)
    {
        var ml = new MLContext(seed);
        var data = MlNetData.Load(ml, x);
        var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            NumberOfClusters = Clusters,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
        }).Fit(data);

        VBuffer<float>[] found = [];
        model.Model.GetClusterCentroids(ref found, out var k);
        var centroids = new double[k, x.GetLength(1)];
        for (var c = 0; c < k; c++)
        {
            var values = found[c].DenseValues().ToArray();
            for (var j = 0; j < values.Length; j++)
            {
                centroids[c, j] = values[j];
            }
        }

        // ML.NET numbers clusters from 1 (a key type); the reference from 0.
        var labels = ml.Data.CreateEnumerable<Assignment>(model.Transform(data), reuseRowObject: false)
            .Select(a => (int)a.PredictedLabel - 1).ToArray();
        return new Run(centroids, labels, KMeans.Inertia(x, centroids, labels));
    }

    /// <summary>Cluster numbers in order of first appearance: two labelings of the same partition become equal.</summary>
    private static int[] Renumbered(int[] labels)
    {
        var order = labels.Distinct().ToList();
        return [.. labels.Select(l => order.IndexOf(l))];
    }

    /// <summary>An ML.NET fit in the reference's terms: centroids k × d, labels from 0, inertia recomputed in double.</summary>
    private sealed record Run(double[,] Centroids, int[] Labels, double Inertia);

    private sealed class Assignment
    {
        public uint PredictedLabel { get; set; }
    }
}
