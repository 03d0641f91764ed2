namespace MathForML.Statistics;

/// <summary>
/// One fold of a cross-validation: the samples to train on and the samples to validate on, as indices into the data
/// set, each in ascending order (given code: you use it, you don't write it).
/// </summary>
/// <param name="Train">The training indices: every sample not in <paramref name="Validation"/>.</param>
/// <param name="Validation">The validation indices.</param>
public sealed record Fold(int[] Train, int[] Validation);
