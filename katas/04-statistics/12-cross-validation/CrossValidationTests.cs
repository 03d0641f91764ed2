namespace MathForML.Statistics.Tests;

/// <summary>
/// Train/test splits and (stratified) k-fold index sets, checked as set partitions: every sample validated exactly once,
/// train = complement, sizes as stated, class shares kept, seeds honoured. Wrong implementations these tests catch: the
/// last fold taking the whole remainder (sizes 2, 2, 2, 4 instead of 3, 3, 2, 2); folds that overlap or miss indices;
/// stratified folds that ignore the classes (plain k-fold); a test size rounded down or up instead of to the nearest;
/// splits that are not shuffled (always the first m indices) or ignore the seed; an error that blames the wrong side
/// of a split, or reports a negative sample count as an empty test set.
/// </summary>
public class CrossValidationTests
{
    private static readonly (int N, int K)[] Shapes = [(10, 2), (10, 3), (17, 5), (23, 4), (40, 7), (7, 7)];

    [Test, Order(1)]
    // n = 10, k = 4: 10 = 2·4 + 2, so the first two folds validate on 3 samples and the last two on 2 — never 2, 2, 2, 4.
    // The four validation sets together hold 0 … 9 once each, and each fold trains on the other 7 or 8.
    public void Ten_samples_in_four_folds_give_validation_sets_of_3_3_2_2()
    {
        var folds = CrossValidation.KFold(10, 4, new Random(1));
        folds.Select(f => f.Validation.Length).Should().Equal(3, 3, 2, 2);
        folds.Select(f => f.Train.Length).Should().Equal(7, 7, 8, 8);
        folds.SelectMany(f => f.Validation).Should().BeEquivalentTo(Enumerable.Range(0, 10));
    }

    [Test, Order(2)]
    // For any n and k: the validation sets partition 0 … n − 1 (each index exactly once), the sizes are ⌈n/k⌉ for the
    // first n mod k folds and ⌊n/k⌋ after, the train set is exactly the complement, and every array is ascending.
    public void Every_sample_is_validated_exactly_once_and_trained_on_in_every_other_fold([Range(1, 3)] int seed)
    {
        foreach (var (n, k) in Shapes)
        {
            var folds = CrossValidation.KFold(n, k, new Random(seed));
            folds.Should().HaveCount(k);
            ShouldPartition(folds, n);
            folds.Select(f => f.Validation.Length).Should().Equal(Enumerable.Range(0, k).Select(j => (n / k) + (j < n % k ? 1 : 0)));
        }
    }

    [Test, Order(3)]
    // The folds come from a shuffle driven by the seed: the same seed gives the same folds, other seeds other folds,
    // and the first fold is not simply 0, 1, 2, … (the chance that a uniform shuffle of 30 puts 0 … 5 first is 1 in
    // 593 775 per seed).
    public void The_folds_are_shuffled_and_fixed_by_the_seed()
    {
        var first = CrossValidation.KFold(30, 5, new Random(7));
        var again = CrossValidation.KFold(30, 5, new Random(7));
        var other = CrossValidation.KFold(30, 5, new Random(8));
        first.Select(f => f.Validation).Should().BeEquivalentTo(again.Select(f => f.Validation), o => o.WithStrictOrdering());
        first.Select(f => f.Validation).Should().NotBeEquivalentTo(other.Select(f => f.Validation), o => o.WithStrictOrdering());
        first[0].Validation.Should().NotEqual(Enumerable.Range(0, 6));
        other[0].Validation.Should().NotEqual(Enumerable.Range(0, 6));
    }

    [Test, Order(4)]
    // m = round(f·n), halves away from zero: 0.25·10 = 2.5 → 3 (round-half-even and floor say 2), 0.33·10 = 3.3 → 3
    // (ceiling says 4), 0.2·10 → 2, 0.5·7 = 3.5 → 4. Train and test are disjoint, together 0 … n − 1, ascending.
    public void The_test_set_has_round_f_times_n_samples_and_the_train_set_the_rest()
    {
        (double F, int N, int M)[] cases = [(0.25, 10, 3), (0.33, 10, 3), (0.2, 10, 2), (0.5, 7, 4), (0.1, 30, 3)];
        foreach (var (f, n, m) in cases)
        {
            var (train, test) = CrossValidation.TrainTestSplit(n, f, new Random(n));
            test.Should().HaveCount(m, $"round({f}·{n}) = {m}");
            train.Should().HaveCount(n - m);
            train.Concat(test).Should().BeEquivalentTo(Enumerable.Range(0, n));
            train.Should().BeInAscendingOrder();
            test.Should().BeInAscendingOrder();
        }
    }

    [Test, Order(5)]
    // A shuffled split puts each sample in the test set with probability m/n = 0.3 (n = 10, m = 3). Over 4000 seeded
    // splits each share has standard deviation √(0.3·0.7/4000) ≈ 0.0072; 0.036 is 5 of them (a false failure has
    // probability < 1e-5 over the 10 indices, and the seed is fixed). An unshuffled split gives shares of 0 and 1.
    public void Each_sample_lands_in_the_test_set_with_probability_m_over_n()
    {
        var random = new Random(11);
        var counts = new int[10];
        for (var s = 0; s < 4000; s++)
        {
            foreach (var i in CrossValidation.TrainTestSplit(10, 0.3, random).Test)
            {
                counts[i]++;
            }
        }

        counts.Should().OnlyContain(c => Math.Abs((c / 4000.0) - 0.3) < 0.036);
        CrossValidation.TrainTestSplit(50, 0.2, new Random(3)).Test.Should().NotEqual(CrossValidation.TrainTestSplit(50, 0.2, new Random(4)).Test);
    }

    [Test, Order(6)]
    // Six samples of class 0 and three of class 1 in three folds: every fold validates on exactly 2 zeros and 1 one,
    // the overall share 6 : 3. Plain k-fold would often give a fold 3 zeros and none of the ones.
    public void Stratified_folds_keep_the_class_shares_on_a_hand_example([Range(1, 3)] int seed)
    {
        int[] labels = [0, 1, 0, 0, 1, 0, 0, 1, 0];
        var folds = CrossValidation.StratifiedKFold(labels, 3, new Random(seed));
        ShouldPartition(folds, 9);
        foreach (var fold in folds)
        {
            fold.Validation.Count(i => labels[i] == 0).Should().Be(2);
            fold.Validation.Count(i => labels[i] == 1).Should().Be(1);
        }
    }

    [Test, Order(7)]
    // On seeded unbalanced labels (shares 40 : 15 : 5 of 60, in random order), every class c with n_c members has
    // ⌊n_c/k⌋ or ⌈n_c/k⌉ of them in each validation set — within one sample of its share n_c/k — while the folds still
    // partition the samples with sizes as in KFold. Plain shuffled k-fold breaks this in nearly every draw.
    public void Every_fold_holds_its_share_of_every_class_within_one_sample([Range(1, 5)] int seed, [Values(3, 4, 5)] int k)
    {
        var random = new Random(100 + seed);
        int[] labels = [.. Enumerable.Repeat(7, 40).Concat(Enumerable.Repeat(-2, 15)).Concat(Enumerable.Repeat(3, 5)).OrderBy(_ => random.Next())];
        var folds = CrossValidation.StratifiedKFold(labels, k, new Random(seed));
        ShouldPartition(folds, 60);
        folds.Select(f => f.Validation.Length).Should().Equal(Enumerable.Range(0, k).Select(j => (60 / k) + (j < 60 % k ? 1 : 0)));
        foreach (var c in labels.Distinct())
        {
            var members = labels.Count(l => l == c);
            foreach (var fold in folds)
            {
                fold.Validation.Count(i => labels[i] == c).Should().BeInRange(members / k, (members + k - 1) / k, $"class {c} has {members} members and k = {k}");
            }
        }

        CrossValidation.StratifiedKFold(labels, k, new Random(seed)).Select(f => f.Validation)
            .Should().BeEquivalentTo(folds.Select(f => f.Validation), o => o.WithStrictOrdering(), "the same seed gives the same folds");
    }

    [Test, Order(8)]
    // A class with fewer members than folds is allowed (a decision of this kata): its 2 members land in 2 different
    // folds, once each, and the other 3 folds have none of it.
    public void A_class_smaller_than_k_is_spread_one_per_fold()
    {
        int[] labels = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2];
        var folds = CrossValidation.StratifiedKFold(labels, 5, new Random(5));
        ShouldPartition(folds, 22);
        folds.Select(f => f.Validation.Count(i => labels[i] == 2)).Order().Should().Equal(0, 0, 0, 1, 1);
        folds.Should().OnlyContain(f => f.Validation.Count(i => labels[i] == 0) == 2 && f.Validation.Count(i => labels[i] == 1) == 2);
    }

    [Test, Order(9)]
    // Fewer than 2 folds is no cross-validation, more folds than samples leaves a fold empty; a test fraction must be
    // a proportion strictly inside (0, 1), and one that rounds to 0 or n samples leaves a side empty (the message says
    // which: 0.01·10 rounds to 0 test samples, 0.97·10 to all 10).
    public void Bad_input_is_rejected()
    {
        var random = new Random(9);
        FluentActions.Invoking(() => CrossValidation.KFold(10, 1, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*folds*").WithParameterName("k");
        FluentActions.Invoking(() => CrossValidation.KFold(10, 11, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*folds*").WithParameterName("k");
        FluentActions.Invoking(() => CrossValidation.KFold(10, 3, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossValidation.StratifiedKFold([0, 1, 0], 4, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CrossValidation.StratifiedKFold([0, 1, 0], 1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CrossValidation.StratifiedKFold(null!, 2, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, 1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, -0.2, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, double.NaN, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, 0.01, random)).Should().Throw<ArgumentException>().WithMessage("*test set*empty*");
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, 0.97, random)).Should().Throw<ArgumentException>().WithMessage("*train set*empty*");
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(10, 0.3, null!)).Should().Throw<ArgumentNullException>();
        // A negative n is no sample count; for n = −1 the rounded test size round(0.3·(−1)) = 0 would otherwise be
        // reported as an empty test set.
        FluentActions.Invoking(() => CrossValidation.TrainTestSplit(-1, 0.3, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
    }

    /// <summary>The validation sets partition 0 … n − 1; each train set is its validation set's complement; all ascending.</summary>
    private static void ShouldPartition(Fold[] folds, int n)
    {
        folds.SelectMany(f => f.Validation).Should().BeEquivalentTo(Enumerable.Range(0, n), "every sample is validated exactly once");
        foreach (var fold in folds)
        {
            fold.Validation.Should().BeInAscendingOrder().And.NotBeEmpty();
            fold.Train.Should().BeInAscendingOrder();
            fold.Train.Should().Equal(Enumerable.Range(0, n).Except(fold.Validation), "the train set is the complement of the validation set");
        }
    }
}
