namespace MathForML.Verification.Tests;

public class DataSetsTests
{
    [Test]
    public void Iris_has_150_flowers_in_three_species_of_50()
    {
        var iris = DataSets.Iris();

        iris.Features.GetLength(0).Should().Be(150);
        iris.Features.GetLength(1).Should().Be(4);
        iris.ClassNames.Should().Equal("setosa", "versicolor", "virginica");
        iris.Labels.GroupBy(l => l).Select(g => g.Count()).Should().Equal(50, 50, 50);
        iris.FeatureNames[2].Should().Be("petal_length_cm");
        // The first flower of the file: 5.1, 3.5, 1.4, 0.2 (setosa).
        new[] { iris.Features[0, 0], iris.Features[0, 1], iris.Features[0, 2], iris.Features[0, 3] }.Should().Equal(5.1, 3.5, 1.4, 0.2);
        iris.Labels[0].Should().Be(0);
        iris.Labels[149].Should().Be(2);
    }

    [Test]
    public void Penguins_keeps_the_342_complete_birds_of_three_species()
    {
        var penguins = DataSets.Penguins();

        penguins.Features.GetLength(0).Should().Be(342);
        penguins.ClassNames.Should().Equal("Adelie", "Chinstrap", "Gentoo");
        penguins.Labels.GroupBy(l => l).OrderBy(g => g.Key).Select(g => g.Count()).Should().Equal(151, 68, 123);
        penguins.Features[0, 3].Should().Be(3750);
        penguins.ToClassification().Classes.Should().Be(3);
    }

    [Test]
    public void Digits_has_1000_images_of_8_by_8_ink_counts_100_per_digit()
    {
        var digits = DataSets.Digits();

        digits.Count.Should().Be(1000);
        digits.Features.GetLength(1).Should().Be(64);
        digits.FeatureNames[0].Should().Be("r0c0");
        digits.FeatureNames[9].Should().Be("r1c1");
        digits.FeatureNames[63].Should().Be("r7c7");
        // The class names are the digits in order, so label c is the digit c.
        digits.ClassNames.Should().Equal(Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        digits.Labels.GroupBy(l => l).OrderBy(g => g.Key).Select(g => g.Count()).Should().Equal(Enumerable.Repeat(100, 10));
        digits.Labels[0].Should().Be(0);
        digits.Labels[999].Should().Be(9);
        digits.Features.Cast<double>().Should().OnlyContain(v => v >= 0 && v <= 16 && v == Math.Floor(v), "ink counts are integers 0 … 16");
        // Row 1 (features 8 … 15) of the first zero: 0 0 0 2 14 14 3 0, the top of its loop.
        Enumerable.Range(8, 8).Select(j => digits.Features[0, j]).Should().Equal(0, 0, 0, 2, 14, 14, 3, 0);
        digits.Features[0, 5].Should().Be(3);
        for (var i = 0; i < digits.Count; i++)
        {
            Enumerable.Range(0, 64).Sum(j => digits.Features[i, j]).Should().BePositive("image {0} must not be blank", i);
        }
    }

    [Test]
    public void Anscombe_quartet_shares_its_means_across_four_series()
    {
        var quartet = DataSets.AnscombeQuartet();

        quartet.Select(s => s.Name).Should().Equal("I", "II", "III", "IV");
        foreach (var series in quartet)
        {
            series.X.Should().HaveCount(11);
            series.X.Average().Should().BeApproximately(9.0, 1e-12);
            series.Y.Average().Should().BeApproximately(7.5, 0.01, "for series {0}", series.Name);
        }
    }

    [Test]
    public void Each_call_returns_a_fresh_copy()
    {
        var first = DataSets.Iris();
        first.Features[0, 0] = -1;

        DataSets.Iris().Features[0, 0].Should().Be(5.1);
    }

    [Test]
    public void A_seeded_split_is_a_reproducible_partition_of_the_samples()
    {
        var iris = DataSets.Iris();
        var (train, test) = iris.Split(100, seed: 3);
        var (again, _) = iris.Split(100, seed: 3);
        var (other, _) = iris.Split(100, seed: 4);

        (train.Count, test.Count).Should().Be((100, 50));
        train.Features.Should().BeEquivalentTo(again.Features, o => o.WithStrictOrdering());
        train.Labels.Should().NotEqual(other.Labels);
        // Every flower lands on exactly one side, with its own label: the multiset of rows is unchanged.
        string Key(LabelledData d, int i) => $"{d.Features[i, 0]},{d.Features[i, 1]},{d.Features[i, 2]},{d.Features[i, 3]},{d.Labels[i]}";
        var sides = Enumerable.Range(0, 100).Select(i => Key(train, i)).Concat(Enumerable.Range(0, 50).Select(i => Key(test, i)));
        sides.Should().BeEquivalentTo(Enumerable.Range(0, 150).Select(i => Key(iris, i)));
        FluentActions.Invoking(() => iris.Split(150, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trainCount");
    }

    [Test]
    public void Standardising_by_the_training_part_gives_it_mean_0_and_sample_deviation_1()
    {
        var (train, test) = DataSets.Penguins().Split(240, seed: 6);
        var scaled = train.StandardisedBy(train);
        var scaledTest = test.StandardisedBy(train);

        for (var j = 0; j < 4; j++)
        {
            var column = Enumerable.Range(0, train.Count).Select(i => scaled.Features[i, j]).ToArray();
            column.Average().Should().BeApproximately(0, 1e-12);
            Math.Sqrt(column.Sum(v => v * v) / (column.Length - 1)).Should().BeApproximately(1, 1e-12);
            // The test part uses the training statistics: an affine map of its raw column, not its own z-scores.
            var mean = Enumerable.Range(0, train.Count).Average(i => train.Features[i, j]);
            var sd = (train.Features[0, j] - mean) / scaled.Features[0, j];
            scaledTest.Features[5, j].Should().BeApproximately((test.Features[5, j] - mean) / sd, 1e-12);
        }

        scaled.Labels.Should().Equal(train.Labels);
        FluentActions.Invoking(() => train.StandardisedBy(DataSets.Iris().Rows([0]))).Should().Throw<ArgumentException>().WithMessage("*columns*");
    }

    [Test]
    public void Scaling_multiplies_every_feature_and_leaves_the_original_and_the_labels_alone()
    {
        var digits = DataSets.Digits();
        var fractions = digits.Scaled(1.0 / 16);

        for (var i = 0; i < digits.Count; i += 97)
        {
            for (var j = 0; j < 64; j++)
            {
                fractions.Features[i, j].Should().Be(digits.Features[i, j] / 16, "image {0}, pixel {1}", i, j);
            }
        }

        // The always-blank corner stays 0, where a z-score would divide by a zero deviation.
        Enumerable.Range(0, digits.Count).Select(i => fractions.Features[i, 0]).Should().OnlyContain(v => v == 0);
        digits.Features[0, 12].Should().Be(14, "scaling returns a copy");
        fractions.Labels.Should().Equal(digits.Labels);
        FluentActions.Invoking(() => digits.Scaled(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("factor");
    }
}
