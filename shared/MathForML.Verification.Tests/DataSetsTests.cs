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
}
